/**
 * App session.
 *
 * One analyst's session in the real explorer (client/ as `parley serve` serves it, against the API
 * over the bench graph), in a fresh headless Chromium: open the app, choose the biggest hub from
 * search, click it on the canvas, expand it, then pan with 5,000 nodes on screen. Each
 * step is timed from the user's action until the app shows its answer (selection made, details
 * drawn, no spinner), with the longest main-thread task inside it, the DOM size and the JS heap.
 * Before the pan, the biggest hubs are expanded (their largest neighbour page each) until 5,000
 * nodes are on screen.
 * The page is driven through its UI; `window.__parley` (the app's own debugging handle) is only
 * read, to know when an answer is on screen and where the hub is drawn.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/support/chromium.ts';

const ARGS = [...CHROMIUM_FLAGS, '--enable-unsafe-swiftshader', '--enable-precise-memory-info'];
const STEP_TIMEOUT_MS = 120_000;
/** How many nodes the pan step puts on screen (the 5,000 after expanding hubs). */
export const PAN_NODES = 5_000;

export interface StepResult {
  ms: number | null;
  longestTaskMs: number;
  domNodes: number;
  heapMiB: number;
  error: string | null;
  /** The API requests made during the step, in order (Resource Timing). */
  requests: RequestTrace[];
  /** The main-thread long tasks inside the step: when (ms from its start) and how long. */
  longTasks: { at: number; ms: number }[];
}

/**
 * One API request inside a step, ms from the step's start: when the app asked (`at`), how long it
 * waited for a connection (`queued`), for the first byte (`server`: the API's time, on loopback)
 * and for the rest of the body (`transfer`).
 */
export interface RequestTrace {
  path: string;
  at: number;
  queued: number;
  server: number;
  transfer: number;
}

export interface SessionResult {
  open: StepResult;
  search: StepResult;
  click: StepResult;
  expand: StepResult;
  pan: StepResult & { nodes: number; frameP50Ms: number; frameP95Ms: number };
  /** The 5,000-node view the app panned, with its positions, for the peers to draw the same. */
  drawn: DrawnGraph;
}

export interface DrawnGraph {
  nodes: { id: string; label: string; x: number; y: number }[];
  edges: [string, string][];
}

declare global {
  interface Window {
    __benchApp: { longTasks: { start: number; duration: number }[]; frames: number[]; firstFrame: number | null };
  }
}

/**
 * Runs in the page before the app: long tasks, frame times, and the first frame with nodes. A
 * string, not a function: tsx would wrap the function's inner names in a helper the page lacks.
 */
const PROBE = `(() => {
  const state = { longTasks: [], frames: [], firstFrame: null };
  window.__benchApp = state;
  performance.setResourceTimingBufferSize(5000);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  let graphSeen = false;
  const tick = (now) => {
    state.frames.push(now - last);
    last = now;
    // The frame after the one in which the graph first had nodes and edges: sigma has drawn them
    // by then (the app draws the overview's nodes a frame before its edges).
    if (state.firstFrame === null) {
      const graph = window.__parley && window.__parley.graph;
      if (graphSeen) state.firstFrame = now;
      else graphSeen = !!graph && graph.order > 0 && graph.size > 0;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function pageStats(page: Page, since: number): Promise<Omit<StepResult, 'ms' | 'error'>> {
  return page.evaluate((from) => {
    const tasks = window.__benchApp.longTasks.filter((task) => task.start + task.duration >= from);
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.startTime >= from && entry.name.includes('/api/'))
      .map((entry) => ({
        path: entry.name.slice(entry.name.indexOf('/api/'), entry.name.indexOf('/api/') + 80),
        at: Math.round(entry.startTime - from),
        queued: Math.round(entry.requestStart - entry.startTime),
        server: Math.round(entry.responseStart - entry.requestStart),
        transfer: Math.round(entry.responseEnd - entry.responseStart),
      }));
    return {
      longestTaskMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
      domNodes: document.getElementsByTagName('*').length,
      heapMiB: Math.round(((memory?.usedJSHeapSize ?? 0) / 2 ** 20) * 10) / 10,
      requests,
      longTasks: tasks.map((task) => ({ at: Math.round(task.start - from), ms: Math.round(task.duration) })),
    };
  }, since);
}

/** The app shows `id` selected and its details are drawn, with nothing still loading. */
async function detailsShown(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (node) => {
      const parley = (window as unknown as { __parley: { explorer: { display: { selectedNode: string | null } } } })
        .__parley;
      const panel = document.getElementById('panel-details');
      return (
        parley.explorer.display.selectedNode === node &&
        panel !== null &&
        !panel.hidden &&
        panel.textContent !== '' &&
        panel.querySelector('.status-loading') === null
      );
    },
    id,
    { timeout: STEP_TIMEOUT_MS, polling: 'raf' },
  );
}

/** Where the app draws node `id` on the page (null when it is not drawn). */
export async function drawnAt(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((node) => {
    const { sigma } = (
      window as unknown as {
        __parley: {
          sigma: {
            getNodeDisplayData(id: string): { x: number; y: number } | undefined;
            framedGraphToViewport(c: { x: number; y: number }): { x: number; y: number };
            getContainer(): HTMLElement;
          };
        };
      }
    ).__parley;
    const data = sigma.getNodeDisplayData(node);
    if (!data) return null;
    const point = sigma.framedGraphToViewport(data);
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, id);
}

async function step(page: Page, action: () => Promise<void>): Promise<StepResult> {
  const since = await page.evaluate(() => performance.now());
  try {
    await action();
    const ms = Math.round((await page.evaluate(() => performance.now())) - since);
    return { ms, ...(await pageStats(page, since)), error: null };
  } catch (error) {
    return { ms: null, ...(await pageStats(page, since)), error: (error as Error).message.split('\n')[0]! };
  }
}

/** `hubs`: the graph's biggest hubs, biggest first; the session opens the first, the pan expands them all. */
export async function runSession(baseUrl: string, hubs: { id: string; name: string }[]): Promise<SessionResult> {
  const hub = hubs[0]!;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: PROBE });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${baseUrl}/`);
    // A first frame, or the app's own error line (the overview failed): then the run says why.
    const opened = await page
      .waitForFunction(
        () =>
          window.__benchApp?.firstFrame != null ||
          document.querySelector('#graph-message .status-error span')?.textContent ||
          null,
        null,
        { timeout: STEP_TIMEOUT_MS, polling: 50 },
      )
      .then(async (handle) => {
        const value = await handle.jsonValue();
        return typeof value === 'string' ? `the app says: ${value}` : null;
      })
      .catch((error: Error) => error.message.split('\n')[0]!);
    await page.waitForSelector('body[data-ready=true]', { timeout: STEP_TIMEOUT_MS });
    // From navigation: performance.now() counts from the navigation start. The longest task is
    // any until the app is ready, so what the open leaves for later is in it too.
    const open: StepResult = {
      ms: opened === null ? Math.round(await page.evaluate(() => window.__benchApp.firstFrame!)) : null,
      ...(await pageStats(page, 0)),
      error: opened ?? errors[0] ?? null,
    };

    const search = await step(page, async () => {
      const input = page.locator('#search-input');
      await input.fill(hub.name);
      await page.waitForSelector('[role=option]', { timeout: STEP_TIMEOUT_MS });
      await input.press('Enter');
      await detailsShown(page, hub.id);
    });

    await page.evaluate(() => {
      (window as unknown as { __parley: { explorer: { selectNode(id: null): void } } }).__parley.explorer.selectNode(
        null,
      );
    });
    // The first layout lands once, in one frame, seconds after the open: an analyst clicks a node
    // where it rests, and a click aimed before it lands hits where the node was.
    await page.waitForFunction(
      () => document.querySelector('#graph-toolbar button[aria-pressed=true]') === null,
      null,
      {
        timeout: STEP_TIMEOUT_MS,
      },
    );
    const click = await step(page, async () => {
      const at = await drawnAt(page, hub.id);
      if (!at) throw new Error(`the hub ${hub.id} is not drawn`);
      await page.mouse.click(at.x, at.y);
      await detailsShown(page, hub.id);
    });

    const expand = await step(page, async () => {
      const before = await page.evaluate(
        () => (window as unknown as { __parley: { graph: { order: number } } }).__parley.graph.order,
      );
      await page
        .locator('#panel-details button', { hasText: /^Expand$/ })
        .first()
        .click();
      await page.waitForFunction(
        (order) => {
          const parley = (window as unknown as { __parley: { graph: { order: number } } }).__parley;
          const toast = document.getElementById('toast');
          return (
            parley.graph.order > order ||
            (toast !== null && !toast.hidden && /neighbour/i.test(toast.textContent ?? ''))
          );
        },
        before,
        { timeout: STEP_TIMEOUT_MS, polling: 'raf' },
      );
    });

    // A bigger view as an analyst reaches it: expanding hubs, each merged as the app merges an
    // expansion (the neighbours route at its largest page), until PAN_NODES are on screen.
    const prepared = await page
      .evaluate(
        async ({ ids, target }) => {
          const parley = (
            window as unknown as {
              __parley: { graph: { order: number }; explorer: { merge(g: unknown): unknown } };
            }
          ).__parley;
          for (const id of ids) {
            if (parley.graph.order >= target) return null;
            const response = await fetch(`/api/nodes/${encodeURIComponent(id)}/neighbours?limit=1000`);
            if (!response.ok) return `the neighbours of ${id} answered ${response.status}: ${await response.text()}`;
            const json = (await response.json()) as { node: unknown; nodes: unknown[]; edges: unknown[] };
            parley.explorer.merge({ nodes: [json.node, ...json.nodes], edges: json.edges });
          }
          return parley.graph.order >= target
            ? null
            : `only ${parley.graph.order} nodes after expanding ${ids.length} hubs`;
        },
        { ids: hubs.map((hub) => hub.id), target: PAN_NODES },
      )
      .catch((error: Error) => error.message.split('\n')[0]!);
    await page.waitForTimeout(1_000);
    const nodes = await page.evaluate(
      () => (window as unknown as { __parley: { graph: { order: number } } }).__parley.graph.order,
    );
    const drawn = await page.evaluate(() => {
      const graph = (
        window as unknown as {
          __parley: {
            graph: {
              mapNodes<T>(fn: (id: string, a: { label?: string; x: number; y: number }) => T): T[];
              mapEdges<T>(fn: (e: string, a: unknown, s: string, t: string) => T): T[];
            };
          };
        }
      ).__parley.graph;
      return {
        nodes: graph.mapNodes((id, a) => ({ id, label: a.label ?? id, x: a.x, y: a.y })),
        edges: graph.mapEdges((_e, _a, s, t) => [s, t] as [string, string]),
      };
    });

    const framesBefore = await page.evaluate(() => window.__benchApp.frames.length);
    // A pan drags the background: among 5,000 nodes the default start point may be on a node,
    // and dragging that node is another gesture.
    const start = await page.evaluate(() => {
      const parley = (window as unknown as { __parley: { sigma: { getNodeAtPosition(p: object): string | null } } })
        .__parley;
      const area = document.getElementById('sigma')!.getBoundingClientRect();
      for (let dy = 0; dy < 200; dy += 8) {
        for (let dx = 0; dx < 200; dx += 8) {
          const point = { x: window.innerWidth * 0.3 + dx, y: window.innerHeight * 0.5 + dy };
          if (parley.sigma.getNodeAtPosition({ x: point.x - area.left, y: point.y - area.top }) === null) return point;
        }
      }
      return null;
    });
    const pan = await step(page, () => panCanvas(page, start ?? undefined));
    const frames = await page.evaluate((from) => window.__benchApp.frames.slice(from), framesBefore);
    const sorted = [...frames].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return {
      open,
      search,
      click,
      expand,
      pan: {
        ...pan,
        error: prepared ?? pan.error,
        nodes,
        frameP50Ms: Math.round(at(0.5) * 10) / 10,
        frameP95Ms: Math.round(at(0.95) * 10) / 10,
      },
      drawn,
    };
  } finally {
    await browser.close().catch(() => {});
  }
}

/**
 * A two-second drag across the middle of the page's graph area, in small steps, as a hand pans:
 * from `start` (by default 30% across, half-way down).
 */
export async function panCanvas(page: Page, start?: { x: number; y: number }): Promise<void> {
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 800 };
  const x = start?.x ?? width * 0.3;
  const y = start?.y ?? height * 0.5;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x + Math.sin(i / 10) * 200, y + Math.cos(i / 10) * 100);
    await page.waitForTimeout(33);
  }
  await page.mouse.up();
}
