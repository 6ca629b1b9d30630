/**
 * Sigma view (ours): the progressive loader of ../progressive-sigma.ts.
 */
import type { CompactGraph } from '../compact-graph.ts';
import { mountProgressive } from '../progressive-sigma.ts';
import { markFirstFrame, markLoaded, type BenchState } from '../probe.ts';

export function draw(container: HTMLElement, data: CompactGraph, state: BenchState): void {
  const view = mountProgressive(container, data, { layout: state.mode === 'layout' ? 'worker' : 'none' });
  // Sigma rendered the first chunk synchronously in its constructor; the next frame shows it.
  markFirstFrame(state);
  void view.loaded.then(() => markLoaded(state));
}
