/**
 * Probe.
 *
 * What the client bench reads from a page, the same for every library: when drawing started
 * (data in memory), the first drawn frame (the frame after the library's first render), when
 * everything was loaded, main-thread long tasks (PerformanceObserver 'longtask') and frame times
 * (a requestAnimationFrame sampler). Exposed on `window.__bench` for playwright.
 */

export interface BenchState {
  lib: string;
  mode: string;
  start: number;
  dataMs: number;
  firstFrame: number | null;
  loaded: number | null;
  longTasks: number[];
  frames: number[];
  error: string | null;
  notes: string[];
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

export function startProbe(lib: string, mode: string): BenchState {
  const state: BenchState = {
    lib,
    mode,
    start: performance.now(),
    dataMs: 0,
    firstFrame: null,
    loaded: null,
    longTasks: [],
    frames: [],
    error: null,
    notes: [],
  };
  window.__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.notes.push('no longtask observer');
  }
  let last = performance.now();
  const sample = (now: number) => {
    state.frames.push(now - last);
    last = now;
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  return state;
}

/** Marks the first drawn frame: the frame after the one in which the library first rendered. */
export function markFirstFrame(state: BenchState): void {
  if (state.firstFrame !== null) return;
  requestAnimationFrame(() => {
    if (state.firstFrame === null) state.firstFrame = performance.now() - state.start;
  });
}

export function markLoaded(state: BenchState): void {
  if (state.loaded === null) state.loaded = performance.now() - state.start;
}
