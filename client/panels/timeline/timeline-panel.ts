/**
 * Time slider.
 *
 * The strip under the graph: a histogram of reports per day (GET /api/timeline; report days
 * and event days as two bar series), a window with two handles and a band that drags as one,
 * an "as of" switch (the graph as reported by the window's last day) against the event window,
 * play / pause stepping a day at a time, reset, and one line saying what is shown and what is
 * left out. It only sets the explorer's time filter: nodes fade or hide, nothing moves and no
 * layout runs. Its state round-trips through the URL (`asOf`, `window`).
 */
import { api } from '../../api/client.ts';
import { append, clear, errorText, h, statusBox } from '../../dom.ts';
import { histogramBars, type TimelineDay } from '../../graph/time-window.ts';
import type { Explorer } from '../../state/explorer.ts';
import {
  dayCounts,
  fromTimeUrl,
  isTimeSet,
  playStart,
  playStep,
  setWindow,
  sliderDays,
  toTimeUrl,
  toTimeWindow,
  windowIndexes,
  type TimeMode,
  type TimeState,
} from './time-state.ts';

/** A play step every this many milliseconds: slow enough to read the graph. */
const PLAY_STEP_MS = 900;

export interface TimelinePanel {
  /** Fetches the histogram: main calls it once the first picture is drawn. */
  load(): Promise<void>;
}

export function mountTimeline(
  container: HTMLElement,
  explorer: Explorer,
  report: (text: string) => void,
): TimelinePanel {
  let state: TimeState;
  try {
    state = fromTimeUrl({ asOf: explorer.url.asOf, window: explorer.url.window });
  } catch (error) {
    report(`The shared time window was ignored: ${errorText(error)}`);
    state = fromTimeUrl({ asOf: null, window: null });
  }
  let slider: string[] = [];
  let counts: TimelineDay[] = [];
  let undated = 0;
  let timer: ReturnType<typeof setInterval> | undefined;

  const summary = h('p', { class: 'timeline-summary', role: 'status', 'aria-live': 'polite' });
  const track = h('div', { class: 'timeline-track' });
  const band = h('div', { class: 'timeline-band', title: 'Drag to move the window' });
  const handle = (which: 'from' | 'to') =>
    h('button', {
      type: 'button',
      class: `timeline-handle timeline-handle-${which}`,
      role: 'slider',
      'aria-label': which === 'from' ? 'Window start' : 'Window end',
    });
  const fromHandle = handle('from');
  const toHandle = handle('to');
  const playButton = h('button', { type: 'button', class: 'timeline-play', 'aria-pressed': 'false' }, 'Play');
  const resetButton = h('button', { type: 'button' }, 'Reset');
  const modeRadio = (mode: TimeMode, label: string) =>
    h(
      'label',
      {},
      h('input', {
        type: 'radio',
        name: 'time-mode',
        value: mode,
        checked: state.mode === mode,
        onchange: () => apply({ ...state, mode }),
      }),
      ` ${label}`,
    );
  const range = h('span', { class: 'timeline-range' });

  const apply = (next: TimeState) => {
    state = next;
    explorer.setFilters({ time: toTimeWindow(state) });
    explorer.setUrl(toTimeUrl(state));
    draw();
  };

  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    playButton.textContent = 'Play';
    playButton.setAttribute('aria-pressed', 'false');
  };
  const play = () => {
    if (timer) return stop();
    if (!playStep(state, slider)) apply(playStart(state, slider));
    playButton.textContent = 'Pause';
    playButton.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      const next = playStep(state, slider);
      if (next) apply(next);
      else stop();
    }, PLAY_STEP_MS);
  };
  playButton.addEventListener('click', play);
  resetButton.addEventListener('click', () => {
    stop();
    apply({ ...state, from: null, to: null });
  });

  const describeWindow = () => {
    if (state.mode === 'asOf') return state.to ? `As reported by ${state.to}` : 'As reported by any day';
    if (!isTimeSet(state)) return 'Events on any day';
    return `Events from ${state.from ?? 'the start'} to ${state.to ?? 'the end'}`;
  };

  const draw = () => {
    const [fromIndex, toIndex] = windowIndexes(state, slider);
    // Day i is the i-th histogram cell: the window runs from the left edge of its first day's
    // cell to the right edge of its last day's.
    const percent = (index: number) => (index / Math.max(slider.length, 1)) * 100;
    band.style.left = `${percent(fromIndex)}%`;
    band.style.width = `${percent(toIndex + 1) - percent(fromIndex)}%`;
    fromHandle.style.left = `${percent(fromIndex)}%`;
    toHandle.style.left = `${percent(toIndex + 1)}%`;
    fromHandle.hidden = state.mode === 'asOf';
    for (const [button, index] of [
      [fromHandle, fromIndex],
      [toHandle, toIndex],
    ] as const) {
      button.setAttribute('aria-valuetext', slider[index] ?? '');
      button.setAttribute('aria-valuenow', String(index));
      button.setAttribute('aria-valuemin', '0');
      button.setAttribute('aria-valuemax', String(Math.max(slider.length - 1, 0)));
    }
    range.textContent = describeWindow();
    resetButton.disabled = !isTimeSet(state);
    const result = explorer.display.filter;
    if (!result) return;
    const facts = explorer.graph.size;
    const undatedShown = result.undated.size;
    summary.textContent =
      `Showing ${result.edgesShown} of ${facts} facts` +
      (result.timeOut.edges > 0
        ? `; ${result.timeOut.reports} reports on ${result.timeOut.edges} facts left out by time`
        : '; no report left out by time') +
      (undatedShown > 0 ? `; ${undatedShown} shown undated` : '') +
      '.';
  };

  // Pointer drags: a handle moves its end, the band moves both; positions snap to day edges.
  const indexAt = (clientX: number) => {
    const box = track.getBoundingClientRect();
    return ((clientX - box.left) / Math.max(box.width, 1)) * slider.length;
  };
  const drag = (element: HTMLElement, move: (index: number, startIndex: number, start: [number, number]) => void) => {
    element.addEventListener('pointerdown', (event) => {
      if (slider.length === 0) return;
      event.preventDefault();
      stop();
      element.setPointerCapture(event.pointerId);
      const startIndex = indexAt(event.clientX);
      const start = windowIndexes(state, slider);
      const onMove = (moved: PointerEvent) => move(indexAt(moved.clientX), startIndex, start);
      const onUp = () => {
        element.removeEventListener('pointermove', onMove);
        element.removeEventListener('pointerup', onUp);
      };
      element.addEventListener('pointermove', onMove);
      element.addEventListener('pointerup', onUp);
    });
  };
  drag(fromHandle, (index, _s, [, to]) => apply(setWindow(state, slider, Math.min(index, to), to)));
  drag(toHandle, (index, _s, [from]) =>
    apply(setWindow(state, slider, state.mode === 'asOf' ? 0 : from, Math.max(Math.round(index) - 1, from))),
  );
  drag(band, (index, startIndex, [from, to]) => {
    const shift = Math.max(-from, Math.min(slider.length - 1 - to, Math.round(index - startIndex)));
    apply(setWindow(state, slider, from + shift, to + shift));
  });
  const keys = (button: HTMLElement, end: 0 | 1) =>
    button.addEventListener('keydown', (event) => {
      const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (delta === 0) return;
      event.preventDefault();
      const ends = windowIndexes(state, slider);
      ends[end] += delta;
      apply(setWindow(state, slider, state.mode === 'asOf' ? 0 : ends[0], ends[1]));
    });
  keys(fromHandle, 0);
  keys(toHandle, 1);

  const histogram = h('div', { class: 'timeline-histogram', 'aria-hidden': 'true' });
  const drawHistogram = () => {
    clear(histogram);
    const reported = histogramBars(counts, 'reported');
    const happened = histogramBars(counts, 'happened');
    counts.forEach((day, index) =>
      histogram.append(
        h(
          'div',
          {
            class: 'timeline-day',
            title: `${day.date}: ${day.reported} reported, ${day.happened} happened`,
            dataset: { date: day.date },
          },
          h('span', { class: 'bar-reported', style: `height:${reported[index]! * 100}%` }),
          h('span', { class: 'bar-happened', style: `height:${happened[index]! * 100}%` }),
        ),
      ),
    );
  };

  const load = async () => {
    clear(container);
    container.append(statusBox('loading', 'Loading the timeline…'));
    try {
      const timeline = await api.timeline();
      slider = sliderDays(timeline.days);
      counts = slider.length > 0 ? dayCounts(timeline.days, slider) : [];
      undated = timeline.undated;
    } catch (error) {
      clear(container);
      container.append(statusBox('error', errorText(error), { label: 'Retry', run: () => void load() }));
      return;
    }
    clear(container);
    if (slider.length === 0) {
      container.append(statusBox('empty', 'No dated reports yet: the time slider appears once reports have dates.'));
      return;
    }
    drawHistogram();
    append(track, histogram, band, fromHandle, toHandle);
    append(
      container,
      h(
        'div',
        { class: 'timeline-controls' },
        h(
          'span',
          { class: 'timeline-modes', role: 'radiogroup', 'aria-label': 'Time' },
          modeRadio('event', 'event window'),
          modeRadio('asOf', 'as of (reported by)'),
        ),
        playButton,
        resetButton,
        range,
      ),
      track,
      h(
        'div',
        { class: 'timeline-axis muted' },
        h('span', {}, slider[0]!),
        h(
          'span',
          { class: 'timeline-legend' },
          h('span', { class: 'swatch bar-reported' }),
          ' reported ',
          h('span', { class: 'swatch bar-happened' }),
          ' happened',
          undated > 0 ? ` · ${undated} reports without event date` : '',
        ),
        h('span', {}, slider[slider.length - 1]!),
      ),
      summary,
    );
    draw();
  };

  explorer.on((event) => {
    if (event.kind === 'graph' || event.kind === 'filters') draw();
  });
  explorer.setFilters({ time: toTimeWindow(state) });
  container.append(statusBox('loading', 'Loading the timeline…'));
  return { load };
}
