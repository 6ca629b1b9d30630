/**
 * Client bench page.
 *
 * `?lib=cytoscape|vis&mode=fixed|layout&data=/overview-10k.json`: fetches the compact graph,
 * starts the probe and draws it with the chosen library. The clock starts once the data is in
 * memory, so every library is timed from the same point; each library's code is loaded on its
 * own (dynamic import) so a page carries only the library it measures.
 */
import type { CompactGraph } from './compact-graph.ts';
import { startProbe } from './probe.ts';

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lib = params.get('lib') ?? 'cytoscape';
  const mode = params.get('mode') === 'layout' ? 'layout' : 'fixed';
  const container = document.getElementById('view')!;
  const fetchStarted = performance.now();
  const data = (await (await fetch(params.get('data') ?? '/graph-1k.json')).json()) as CompactGraph;
  if (mode === 'layout') {
    data.x = [];
    data.y = [];
  }
  const state = startProbe(lib, mode);
  state.dataMs = state.start - fetchStarted;
  try {
    if (lib === 'cytoscape') (await import('./views/cytoscape-view.ts')).draw(container, data, state);
    else if (lib === 'vis') (await import('./views/vis-view.ts')).draw(container, data, state);
    else throw new Error(`bench page: unknown lib '${lib}'`);
  } catch (error) {
    state.error = (error as Error).message;
  }
}

void main();
