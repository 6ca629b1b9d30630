/**
 * Parley web client.
 *
 * Wiring only: creates the explorer state, mounts the graph view and the panels (search,
 * details, paths, filters, appearance, Cypher console, add article, saved views, export), loads the overview
 * (or the saved view a `?view=` link names), and restores the view a shared URL describes.
 * The graph and view state are exposed on `window.__parley` for tests.
 */
// First: the overview is asked before the rest of the page is evaluated.
import { firstOverview as askedFirst } from './first-overview.ts';
import './styles.css';
import { api } from './api/client.ts';
import { SIZE_METRICS } from './graph/importance.ts';
import { clear, errorText, statusBox } from './dom.ts';
import { mountAppearance } from './panels/appearance/appearance-panel.ts';
import { mountConsole } from './panels/console/console-panel.ts';
import { mountDetails } from './panels/details/details-panel.ts';
import { mountDisagreements } from './panels/disagreements/disagreements-panel.ts';
import { mountExport } from './panels/export/export-panel.ts';
import { mountFilters } from './panels/filters/filters-panel.ts';
import { mountPaths } from './panels/paths/paths-panel.ts';
import { mountSearch } from './panels/search/search-panel.ts';
import { mountTimeline } from './panels/timeline/timeline-panel.ts';
import { mountViews } from './panels/views/views-panel.ts';
import { Explorer } from './state/explorer.ts';
import { decodeFilters } from './state/filter-codec.ts';
import { readUrlState } from './state/url-state.ts';
import { captureView, parseViewState } from './state/view-state.ts';
import { mountGraphView } from './view/graph-view.ts';
import { loadPositions } from './view/layout.ts';
import { mountLegend } from './view/legend.ts';
import { nextFrame, nextTask } from './ui/next-task.ts';

const PANELS = ['details', 'paths', 'filters', 'appearance', 'console', 'articles', 'views', 'disagreements'] as const;
type Panel = (typeof PANELS)[number];

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Parley: missing #${id} in index.html.`);
  return element;
}

const explorer = new Explorer();
const initial = readUrlState(window.location.search);
let firstOverview = askedFirst;
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
    // Read while the overview is on its way (the first read opens localStorage).
    const positions = loadPositions('overview');
    const overview = await (firstOverview ?? api.graph());
    firstOverview = null;
    clear(message);
    // The nodes are drawn first, the edges a frame later.
    await explorer.mergeInSteps(overview, { replace: true, positions, viewKey: 'overview' }, nextFrame);
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
    firstOverview = null;
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

function pathFrom(entity: { id: string; name: string }): void {
  // The panel is shown first: a hidden "To" field cannot take the focus.
  openPanel('paths');
  paths.setFrom(entity);
}

// The page starts in several tasks while the overview is on its way: the modules, the renderer
// (sigma's WebGL contexts and programs, 90-150 ms), the panels; one task of all three was the
// open's longest (200-250 ms).
await nextTask();
const view = mountGraphView(
  byId('sigma'),
  byId('graph-toolbar'),
  explorer,
  {
    expand: (node) => void expand(node),
    reset,
    pathFrom: (node) => pathFrom({ id: node, name: explorer.graph.getNodeAttribute(node, 'label') }),
  },
  () => [byId('sidebar'), byId('graph-toolbar'), byId('legend')],
);
await nextTask();
const appearance = mountAppearance(byId('panel-appearance'), explorer, view);
mountLegend(byId('legend'), explorer, appearance.communities);
const timeline = mountTimeline(byId('timeline'), explorer, report);
mountSearch(byId('search'), explorer, report);
const paths = mountPaths(byId('panel-paths'), explorer);
mountDetails(byId('panel-details'), explorer, {
  expand: (node) => void expand(node),
  focus: (node) => view.focus(node),
  pathFrom,
});
mountFilters(byId('panel-filters'), explorer);
mountDisagreements(byId('panel-disagreements'), explorer, {
  openDetails: () => openPanel('details'),
  frame: (nodes) => void view.frame(nodes),
});
// The articles panel is not in the first picture: its own chunk, evaluated in a task of its own
// while the overview is on its way, not in the page's first (and longest) one.
const articlesMounted = import('./panels/articles/article-panel.ts').then(({ mountArticles }) =>
  mountArticles(byId('panel-articles'), explorer, {
    report,
    fit: () => view.frameEmphasis(),
    inspectEdge: (edge) => {
      explorer.selectEdge(edge);
      openPanel('details');
    },
  }),
);
const consolePanel = mountConsole(byId('panel-console'), explorer, (query) => explorer.setUrl({ cypher: query }));
mountExport(byId('export'), explorer, view.sigma, report, appearance.communities);

async function openView(id: string): Promise<void> {
  clear(message);
  message.append(statusBox('loading', 'Opening the saved view…'));
  try {
    const saved = await api.view(id);
    const state = parseViewState(saved.state);
    clear(message);
    explorer.restoreView(state, `view:${id}`);
    explorer.setUrl({ view: id });
    appearance.restore();
    const panel = state.url.panel;
    openPanel(panel && (PANELS as readonly string[]).includes(panel) ? (panel as Panel) : 'details');
    report(`Opened the saved view “${saved.name}”.`);
  } catch (error) {
    clear(message);
    message.append(statusBox('error', `The saved view '${id}' could not be opened: ${errorText(error)}`));
  }
}
const views = mountViews(byId('panel-views'), explorer, {
  capture: () => captureView(explorer, view.sigma.getCamera().getState()),
  open: openView,
  report,
});

explorer.on((event) => {
  if (event.kind === 'selection' && (explorer.display.selectedNode || explorer.display.selectedEdge)) {
    // A search (focus) opens the details from any panel; a click keeps the panel in use.
    if (event.focus) openPanel('details');
    else if (activePanel !== 'console' && activePanel !== 'paths' && activePanel !== 'articles') openPanel('details');
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

/**
 * What the first picture does not need, once it is drawn: on two cores these queries (the
 * timeline reads every report) would otherwise compete with the overview's.
 */
function afterFirstDraw(): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      void timeline.load();
      void views.refresh();
      void checkHealth();
      setInterval(() => void checkHealth(), 30_000);
    }),
  );
}

async function start(): Promise<void> {
  const state = initial;
  if (state.view) {
    await openView(state.view);
    afterFirstDraw();
    await articlesMounted;
    parley.ready = true;
    document.body.dataset.ready = 'true';
    return;
  }
  await loadOverview();
  afterFirstDraw();
  if (state.filters) explorer.setFilters(decodeFilters(state.filters));
  if (state.replace) consolePanel.setReplace(true);
  const size = SIZE_METRICS.find((metric) => metric === state.size);
  if (size) explorer.setSizeBy(size);
  if (state.panel && (PANELS as readonly string[]).includes(state.panel)) openPanel(state.panel as Panel);
  else openPanel('details');
  // A query from a link is shown, never run: any page can open such a link (issue 9).
  if (state.cypher) await consolePanel.setQuery(state.cypher);
  if (state.from && state.to) {
    await paths.run(
      {
        from: state.from,
        to: state.to,
        k: state.k ?? undefined,
        maxHops: state.hops ?? undefined,
        types: state.types,
      },
      (state.path ?? 1) - 1,
    );
  }
  if (state.edge && explorer.graph.hasEdge(state.edge)) explorer.selectEdge(state.edge);
  else if (state.node && explorer.graph.hasNode(state.node)) explorer.selectNode(state.node);
  else if (state.node) {
    try {
      await explorer.reveal(state.node);
    } catch (error) {
      report(`The shared node '${state.node}' could not be shown: ${errorText(error)}`);
    }
  }
  if (state.camera) view.setCamera(state.camera);
  await articlesMounted;
  parley.ready = true;
  document.body.dataset.ready = 'true';
}

void start();
