/**
 * Time window.
 *
 * Which edges a time filter keeps, from the fields every drawn edge carries (DESIGN.md "Time"):
 * "as of D" keeps edges first reported on or before D; an event window [from, to] keeps edges
 * whose `happened` overlaps it, and keeps undated edges (marked undated, never dropped). The two
 * are separate inputs and never mixed. Also the histogram the slider draws and the day the play
 * button steps to. Pure, so the slider can refilter on every drag without a request.
 */

export interface TimeFields {
  firstReported: string | null;
  happened: { start: string; end: string } | null;
}

export interface TimeWindow {
  /** Inclusive event window (YYYY-MM-DD); null = open on that side. */
  from: string | null;
  to: string | null;
  /** Keep only what was reported by this day. */
  asOf: string | null;
}

export type TimeVerdict = 'in' | 'undated' | 'out';

export interface TimelineDay {
  date: string;
  reported: number;
  happened: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function emptyTimeWindow(): TimeWindow {
  return { from: null, to: null, asOf: null };
}

export function checkTimeWindow(window: TimeWindow): void {
  for (const key of ['from', 'to', 'asOf'] as const) {
    const value = window[key];
    if (value !== null && !ISO_DAY.test(value))
      throw new RangeError(`time-window: ${key} '${value}' is not YYYY-MM-DD`);
  }
  if (window.from && window.to && window.from > window.to) {
    throw new RangeError(`time-window: window starts (${window.from}) after it ends (${window.to})`);
  }
}

/** Does [start, end] overlap the window? Open sides always overlap. */
export function overlaps(start: string, end: string, from: string | null, to: string | null): boolean {
  return (!from || end >= from) && (!to || start <= to);
}

/** Whether one edge passes: out when reported after asOf or happened outside the window. */
export function timeVerdict(edge: TimeFields, window: TimeWindow): TimeVerdict {
  if (window.asOf && (!edge.firstReported || edge.firstReported > window.asOf)) return 'out';
  if (!window.from && !window.to) return 'in';
  if (!edge.happened) return 'undated';
  return overlaps(edge.happened.start, edge.happened.end, window.from, window.to) ? 'in' : 'out';
}

export function isTimeFiltering(window: TimeWindow): boolean {
  return window.from !== null || window.to !== null || window.asOf !== null;
}

/** Bars of the histogram, each a fraction of the busiest day (0..1). */
export function histogramBars(days: readonly TimelineDay[], field: 'reported' | 'happened'): number[] {
  const max = Math.max(0, ...days.map((day) => day[field]));
  return days.map((day) => (max === 0 ? 0 : day[field] / max));
}

export function addDays(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/**
 * The window one play step later: the same width moved by one day, or null when its end
 * has passed the last day (play stops there).
 */
export function stepWindow(window: TimeWindow, lastDay: string): TimeWindow | null {
  if (window.asOf !== null) {
    const next = addDays(window.asOf, 1);
    return next > lastDay ? null : { ...window, asOf: next };
  }
  if (!window.from || !window.to) return null;
  const to = addDays(window.to, 1);
  return to > lastDay ? null : { ...window, from: addDays(window.from, 1), to };
}
