/**
 * Time slider state.
 *
 * What the slider under the graph holds: a mode ("as of" the window's last day, or an event
 * window) and the window's two days, within the days the histogram spans. Turns into the
 * `TimeWindow` the filters read (never both kinds at once, DESIGN.md "Time") and into the two
 * URL fields `asOf` and `window` ("2018-01-20..2018-01-26"). Pure, so every rule is unit-tested.
 */
import { addDays, checkTimeWindow, stepWindow, type TimelineDay, type TimeWindow } from '../../graph/time-window.ts';

export type TimeMode = 'event' | 'asOf';

export interface TimeState {
  mode: TimeMode;
  /** Inclusive days (YYYY-MM-DD); null = open on that side (everything before / after). */
  from: string | null;
  to: string | null;
}

/** The URL fields the slider owns (client/state/url-state.ts carries them). */
export interface TimeUrl {
  asOf: string | null;
  window: string | null;
}

/** The slider spans at most this many days back from the last one: older days sit at its open left end. */
export const SLIDER_DAYS = 60;

export function emptyTimeState(): TimeState {
  return { mode: 'event', from: null, to: null };
}

export function isTimeSet(state: TimeState): boolean {
  return state.from !== null || state.to !== null;
}

export function toTimeWindow(state: TimeState): TimeWindow {
  const window: TimeWindow =
    state.mode === 'asOf' ? { from: null, to: null, asOf: state.to } : { from: state.from, to: state.to, asOf: null };
  checkTimeWindow(window);
  return window;
}

export function toTimeUrl(state: TimeState): TimeUrl {
  if (state.mode === 'asOf') return { asOf: state.to, window: null };
  if (!isTimeSet(state)) return { asOf: null, window: null };
  return { asOf: null, window: `${state.from ?? ''}..${state.to ?? ''}` };
}

/** The state a shared URL describes; a malformed value throws a RangeError naming it. */
export function fromTimeUrl(url: TimeUrl): TimeState {
  if (url.asOf) {
    const state: TimeState = { mode: 'asOf', from: null, to: url.asOf };
    toTimeWindow(state);
    return state;
  }
  if (!url.window) return emptyTimeState();
  const parts = url.window.split('..');
  if (parts.length !== 2) throw new RangeError(`time-state: window '${url.window}' is not FROM..TO`);
  const state: TimeState = { mode: 'event', from: parts[0] || null, to: parts[1] || null };
  toTimeWindow(state);
  return state;
}

/**
 * Every day the slider offers, without gaps: from the first day with reports (or events) to
 * the last, at most SLIDER_DAYS of them.
 */
export function sliderDays(days: readonly TimelineDay[]): string[] {
  if (days.length === 0) return [];
  const dates = days.map((day) => day.date).sort();
  const last = dates[dates.length - 1]!;
  const earliest = addDays(last, -(SLIDER_DAYS - 1));
  let day = dates[0]! < earliest ? earliest : dates[0]!;
  const out: string[] = [];
  for (; day <= last; day = addDays(day, 1)) out.push(day);
  return out;
}

/** Counts per slider day; days before the slider's first day are added to it (its left end is open). */
export function dayCounts(days: readonly TimelineDay[], slider: readonly string[]): TimelineDay[] {
  const byDay = new Map(slider.map((date) => [date, { date, reported: 0, happened: 0 }]));
  for (const day of days) {
    const target = day.date < slider[0]! ? byDay.get(slider[0]!) : byDay.get(day.date);
    if (!target) continue;
    target.reported += day.reported;
    target.happened += day.happened;
  }
  return [...byDay.values()];
}

/**
 * The state with its window set to slider days [fromIndex, toIndex] (clamped, ordered); a
 * handle at either end of the slider leaves that side open.
 */
export function setWindow(state: TimeState, slider: readonly string[], fromIndex: number, toIndex: number): TimeState {
  if (slider.length === 0) return state;
  const clamp = (index: number) => Math.max(0, Math.min(slider.length - 1, Math.round(index)));
  const [a, b] = [clamp(fromIndex), clamp(toIndex)].sort((x, y) => x - y) as [number, number];
  return { ...state, from: a === 0 ? null : slider[a]!, to: b === slider.length - 1 ? null : slider[b]! };
}

/** The slider indexes of the window's ends (open sides at the slider's ends). */
export function windowIndexes(state: TimeState, slider: readonly string[]): [number, number] {
  const index = (day: string | null, open: number) => {
    if (day === null) return open;
    const at = slider.indexOf(day);
    if (at >= 0) return at;
    return day < slider[0]! ? 0 : slider.length - 1;
  };
  const to = index(state.to, slider.length - 1);
  return [state.mode === 'asOf' ? 0 : Math.min(index(state.from, 0), to), to];
}

/** One play step: the window (or the "as of" day) a day later; null at the slider's last day. */
export function playStep(state: TimeState, slider: readonly string[]): TimeState | null {
  if (slider.length === 0) return null;
  const last = slider[slider.length - 1]!;
  const [fromIndex, toIndex] = windowIndexes(state, slider);
  const window: TimeWindow =
    state.mode === 'asOf'
      ? { from: null, to: null, asOf: slider[toIndex]! }
      : { from: slider[fromIndex]!, to: slider[toIndex]!, asOf: null };
  const next = stepWindow(window, last);
  if (!next) return null;
  return state.mode === 'asOf' ? { ...state, to: next.asOf } : { ...state, from: next.from, to: next.to };
}

/** Where play starts: the window's width (a week when it spans everything) at the slider's first day. */
export function playStart(state: TimeState, slider: readonly string[]): TimeState {
  const [fromIndex, toIndex] = windowIndexes(state, slider);
  if (state.mode === 'asOf') return { ...state, to: slider[0] ?? null };
  const width = fromIndex === 0 && toIndex === slider.length - 1 ? 6 : toIndex - fromIndex;
  const end = Math.min(width, slider.length - 1);
  return { ...state, from: slider[0] ?? null, to: slider[end] ?? null };
}
