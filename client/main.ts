/**
 * Parley web client.
 *
 * Wiring only: creates the explorer state, mounts the graph view and the panels (search,
 * details, paths, filters, Cypher console, add article, export), loads the overview, and
 * restores the view a shared URL describes. The graph and view state are exposed on `window.__parley` for tests.
 */
import './styles.css';
import { api } from './api/client.ts';
import { clear, errorText, statusBox } from './dom.ts';
import { mountArticles } from './panels/articles/article-panel.ts';
import { mountConsole } from './panels/console/console-panel.ts';
import { mountDetails } from './panels/details/details-panel.ts';
import { frameNodes } from './panels/disagreements/frame.ts';
import { mountDisagreements } from './panels/disagreements/disagreements-panel.ts';
import { mountExport } from './panels/export/export-panel.ts';
import { mountFilters } from './panels/filters/filters-panel.ts';
import { mountPaths } from './panels/paths/paths-panel.ts';
import { mountSearch } from './panels/search/search-panel.ts';
import { mountTimeline } from './panels/timeline/timeline-panel.ts';
import { Explorer } from './state/explorer.ts';
import { readUrlState } from './state/url-state.ts';
import { mountGraphView } from './view/graph-view.ts';
import { loadPositions } from './view/layout.ts';
import { mountLegend } from './view/legend.ts';

const PANELS = ['details', 'paths', 'filters', 'console', 'articles', 'disagreements'] as const;
type Panel = (typeof PANELS)[number];

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Parley: missing #${id} in index.html.`);
  return element;
}

const explorer = new Explorer();
const initial = readUrlState(window.location.search);
explorer.url = { ...initial };
const message = byId('graph-message');
const toast = byId('toast');
let toastTimer: ReturnType<typeof setTimeout> | undefined;

function report(text: string): void {
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (toast.hidden = true), 5000);
}

const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
let activePanel: Panel = 'details';
function openPanel(panel: Panel, focus = false): void {
  activePanel = panel;
  for (const tab of tabs) {
    const on = tab.dataset.panel === panel;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    byId(`panel-${tab.dataset.panel}`).hidden = !on;
    if (on && focus) tab.focus();
  }
  explorer.setUrl({ panel: panel === 'details' ? null : panel });
}
tabs.forEach((tab, index) => {
  tab.addEventListener('click', () => openPanel(tab.dataset.panel as Panel));
  tab.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
    openPanel(next.dataset.panel as Panel, true);
  });
});

async function expand(node: string): Promise<void> {
  try {
    const { addedNodes } = await explorer.expand(node);
    report(
      addedNodes.length > 0 ? `Added ${addedNodes.length} neighbours.` : 'All its neighbours are already in view.',
    );
  } catch (error) {
    report(errorText(error));
  }
}

async function loadOverview(): Promise<void> {
  clear(message);
  message.append(statusBox('loading', 'Loading the graph…'));
  try {
    const overview = await api.graph();
    clear(message);
    explorer.merge(overview, { replace: true, positions: loadPositions('overview'), viewKey: 'overview' });
    if (overview.nodes.length === 0) {
      message.append(statusBox('empty', 'The graph is empty: run `parley seed` or ingest an article.'));
    } else if (overview.hidden > 0) {
      message.append(
        statusBox(
          'info',
          `Showing the ${overview.nodes.length} best-connected of ${overview.total} entities; expand or search for more.`,
        ),
      );
    }
  } catch (error) {
    clear(message);
    message.append(statusBox('error', errorText(error), { label: 'Retry', run: () => void loadOverview() }));
  }
}

function reset(): void {
  explorer.setFilters({ hiddenNodes: new Set() });
  explorer.setPath(null);
  explorer.selectNode(null);
  void loadOverview();
}

const view = mountGraphView(byId('sigma'), byId('graph-toolbar'), explorer, {
  expand: (node) => void expand(node),
  reset,
});
mountLegend(byId('legend'), explorer);
mountTimeline(byId('timeline'), explorer, report);
mountSearch(byId('search'), explorer, report);
const paths = mountPaths(byId('panel-paths'), explorer);
mountDetails(byId('panel-details'), explorer, {
  expand: (node) => void expand(node),
  focus: (node) => view.focus(node),
  pathFrom: (entity) => {
    paths.setFrom(entity);
    openPanel('paths');
  },
});
mountFilters(byId('panel-filters'), explorer);
mountDisagreements(byId('panel-disagreements'), explorer, {
  openDetails: () => openPanel('details'),
  frame: (nodes) => frameNodes(view.sigma, nodes),
});
mountArticles(byId('panel-articles'), explorer, {
  report,
  fit: () => view.fit(),
  inspectEdge: (edge) => {
    explorer.selectEdge(edge);
    openPanel('details');
  },
});
const consolePanel = mountConsole(byId('panel-console'), explorer, (query) => explorer.setUrl({ cypher: query }));
mountExport(byId('export'), explorer, view.sigma, report);

explorer.on((event) => {
  if (event.kind === 'selection' && (explorer.display.selectedNode || explorer.display.selectedEdge)) {
    if (activePanel !== 'console' && activePanel !== 'paths' && activePanel !== 'articles') openPanel('details');
  }
});

async function checkHealth(): Promise<void> {
  const health = byId('health');
  try {
    const body = await api.health();
    health.className = 'health ok';
    health.textContent = `Neo4j ${body.neo4j.version ?? ''}`.trim();
    health.title = `Connected to ${body.neo4j.uri}`;
  } catch (error) {
    health.className = 'health down';
    health.textContent = 'Neo4j unavailable';
    health.title = errorText(error);
  }
}

const parley = {
  explorer,
  graph: explorer.graph,
  store: explorer.store,
  sigma: view.sigma,
  view,
  console: consolePanel,
  ready: false,
};
(window as unknown as { __parley: typeof parley }).__parley = parley;

async function start(): Promise<void> {
  void checkHealth();
  setInterval(() => void checkHealth(), 30_000);
  await loadOverview();
  const state = initial;
  if (state.panel && (PANELS as readonly string[]).includes(state.panel)) openPanel(state.panel as Panel);
  else openPanel('details');
  // A query from a link is shown, never run: any page can open such a link (issue 9).
  if (state.cypher) consolePanel.setQuery(state.cypher);
  if (state.from && state.to) {
    await paths.run({
      from: state.from,
      to: state.to,
      k: state.k ?? undefined,
      maxHops: state.hops ?? undefined,
      types: state.types,
    });
  }
  if (state.node) {
    try {
      await explorer.reveal(state.node);
    } catch (error) {
      report(`The shared node '${state.node}' could not be shown: ${errorText(error)}`);
    }
  }
  parley.ready = true;
  document.body.dataset.ready = 'true';
}

void start();
