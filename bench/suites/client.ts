/**
 * Client suite.
 *
 * The product as a user meets it: the generated graph is loaded into Neo4j through the batched
 * write path, `bench/api-server.ts` serves the API and the built web client as `parley serve`
 * does, and headless Chromium (software WebGL) runs one analyst session per fresh browser
 * (bench/client/app-session.ts): open the app, choose the biggest hub from search, click it on the
 * canvas, expand it, pan with 5,000 nodes on screen. Each step gives its time, the longest
 * main-thread task inside it, DOM nodes and JS heap. Two openly licensed peers, Cytoscape.js and
 * vis-network, then draw the same 5,000 nodes at the positions the app gave them and are panned the
 * same way. The peers are installed on demand into bench/peers (measured, never shipped); their
 * pages are built with Vite.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ensureClientBuilt } from '../../src/api/client-build.ts';
import { panCanvas, runSession, type DrawnGraph, type SessionResult, type StepResult } from '../client/app-session.ts';
import type { CompactGraph } from '../client/compact-graph.ts';
import { degrees, generateGraph } from '../generate.ts';
import { startApi, type ApiProcess } from '../lib/api-process.ts';
import { loadWithProgress } from '../lib/batch-load.ts';
import { LoadSampler } from '../lib/machine.ts';
import { startBenchNeo4j } from '../lib/neo4j.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../test/support/chromium.ts';
import { log } from '../lib/progress.ts';
import { fmt, summarize, table } from '../lib/stats.ts';
import { BENCH_DIR, closeSuite, sizeLabel, type SuiteOptions, type SuiteResult } from '../lib/suite.ts';

const PEERS_DIR = path.join(BENCH_DIR, 'peers');
const CLIENT_DIR = path.join(BENCH_DIR, 'client');
// Software WebGL and precise heap numbers, on top of the flags the browser tests use.
const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, '--enable-unsafe-swiftshader', '--enable-precise-memory-info'];
/** How long a library may take to draw anything before we give up on it. */
const FIRST_FRAME_TIMEOUT_MS = 60_000;
/** How long we keep watching after everything is loaded (frames sampled). */
const OBSERVE_MS = 2_000;
const PEERS = ['cytoscape', 'vis'] as const;
/** Hubs the session may expand to put 5,000 nodes on screen (each brings up to 1,000). */
const PAN_HUBS = 40;

export function ensurePeers(): void {
  const needed = ['cytoscape', 'vis-network'];
  if (needed.every((name) => fs.existsSync(path.join(PEERS_DIR, 'node_modules', name, 'package.json')))) return;
  log('  installing the peer libraries into bench/peers (npm install --prefix bench/peers)...');
  execFileSync('npm', ['install', '--prefix', PEERS_DIR, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: 'inherit',
  });
}

async function buildPages(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: CLIENT_DIR,
    configFile: false,
    logLevel: 'warn',
    base: './',
    resolve: {
      alias: {
        'peer-cytoscape': path.join(PEERS_DIR, 'node_modules/cytoscape/dist/cytoscape.esm.mjs'),
        'peer-vis-network': path.join(PEERS_DIR, 'node_modules/vis-network/standalone/esm/vis-network.mjs'),
      },
    },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5_000 },
  });
}

/** What the app drew, as the peer pages read it, at the app's own positions. */
export function toCompact(drawn: DrawnGraph): CompactGraph {
  const index = new Map(drawn.nodes.map((node, i) => [node.id, i]));
  const edges = drawn.edges.filter(([s, t]) => index.has(s) && index.has(t));
  return {
    ids: drawn.nodes.map((node) => node.id),
    labels: drawn.nodes.map((node) => node.label),
    nodeTypes: drawn.nodes.map(() => 0),
    types: ['Entity'],
    weights: drawn.nodes.map(() => 1),
    x: drawn.nodes.map((node) => node.x),
    y: drawn.nodes.map((node) => node.y),
    edges: edges.flatMap(([s, t]) => [index.get(s)!, index.get(t)!]),
    edgeTypes: edges.map(() => 0),
    relationTypes: ['RELATED'],
  };
}

async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, name === '/' ? 'index.html' : path.normalize(name));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface PageRun {
  firstFrameMs: number | null;
  longestTaskMs: number;
  heapMiB: number;
  domNodes: number;
  panP50Ms: number;
  panP95Ms: number;
  error: string | null;
}

interface BenchWindowState {
  firstFrame: number | null;
  loaded: number | null;
  longTasks: number[];
  frames: number[];
  error: string | null;
}

const percentile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/** A peer draws the app's overview at fixed positions, then is panned as the app is. */
async function measurePeer(baseUrl: string, lib: string, data: string): Promise<PageRun> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const failed = (error: string): PageRun => ({
    firstFrameMs: null,
    longestTaskMs: NaN,
    heapMiB: NaN,
    domNodes: NaN,
    panP50Ms: NaN,
    panP95Ms: NaN,
    error,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/index.html?lib=${lib}&mode=fixed&data=${data}`);
    const drawn = await page
      .waitForFunction(
        () => window.__bench && (window.__bench.loaded !== null || window.__bench.error !== null),
        null,
        {
          timeout: FIRST_FRAME_TIMEOUT_MS,
          polling: 100,
        },
      )
      .then(() => true)
      .catch(() => false);
    if (!drawn) return failed(`no frame within ${FIRST_FRAME_TIMEOUT_MS / 1000} s`);
    await page.waitForTimeout(OBSERVE_MS);
    const framesBefore = await page.evaluate(() => window.__bench.frames.length);
    await panCanvas(page);
    const state = (await page.evaluate(() => window.__bench)) as BenchWindowState;
    const pan = state.frames.slice(framesBefore);
    const stats = await page.evaluate(() => ({
      domNodes: document.getElementsByTagName('*').length,
      heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    }));
    return {
      firstFrameMs: state.firstFrame,
      longestTaskMs: Math.max(0, ...state.longTasks),
      heapMiB: Math.round((stats.heap / 2 ** 20) * 10) / 10,
      domNodes: stats.domNodes,
      panP50Ms: percentile(pan, 0.5),
      panP95Ms: percentile(pan, 0.95),
      error: state.error ?? (errors[0] || null),
    };
  } finally {
    await browser.close().catch(() => {});
  }
}

/** The overview answer as the browser gets it (uncompressed JSON), or why there is none. */
async function overviewSize(baseUrl: string): Promise<{ bytes: number | null; error: string | null; text: string }> {
  const response = await fetch(`${baseUrl}/api/graph`);
  const body = await response.text();
  if (!response.ok) {
    const error = `answered ${response.status}: ${body.slice(0, 200)}`;
    return { bytes: null, error, text: error };
  }
  const bytes = Buffer.byteLength(body);
  return { bytes, error: null, text: `${(bytes / 1024).toFixed(0)} KB` };
}

/**
 * Where a step's time went: each API request (when asked, ms from the step's start, then its
 * connection wait, server and transfer ms) and each long task (when, how long).
 */
function describeStep(step: StepResult): string {
  const requests = step.requests.map(
    (request) =>
      `${request.path.split('?')[0]} at ${request.at} (queued ${request.queued}, server ${request.server}, ` +
      `transfer ${request.transfer})`,
  );
  const tasks = step.longTasks.map((task) => `${task.ms} at ${task.at}`);
  return `${requests.join(', ') || 'no request'}; long tasks ms: ${tasks.join(', ') || 'none'}`;
}

const STEPS = ['open', 'search', 'click', 'expand', 'pan'] as const;
const STEP_LABELS: Record<(typeof STEPS)[number], string> = {
  open: 'open the app: first graph frame (from navigation)',
  search: 'choose the biggest hub from search: details shown',
  click: 'click the hub on the canvas: details shown',
  expand: 'expand it',
  pan: 'pan (2 s drag)',
};

export async function runClient(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const sampler = new LoadSampler().start();
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`client: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  ensurePeers();
  log('  building the web client and the peer pages with Vite...');
  await ensureClientBuilt(log);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-client-'));
  await buildPages(outDir);
  const results: Record<string, unknown>[] = [];
  const blocks: string[] = [];
  const pages = await serveStatic(outDir);
  try {
    for (const size of options.sizes) {
      const label = sizeLabel(size);
      const neo = await startBenchNeo4j(`client-${label}`);
      let api: ApiProcess | undefined;
      try {
        const graph = generateGraph({ entities: size, seed: options.seed });
        await loadWithProgress(neo.db, graph, label);
        api = await startApi(neo.uri, { withClient: true });
        const degree = degrees(graph);
        const hubs = [...graph.entities]
          .sort((a, b) => degree.get(b.id)! - degree.get(a.id)!)
          .slice(0, PAN_HUBS)
          .map((entity) => ({ id: entity.id, name: entity.name }));
        const hub = hubs[0]!;
        log(`  ${label}: the biggest hub is ${hub.name} (${degree.get(hub.id)} relations)`);
        const sessions: SessionResult[] = [];
        for (let run = 0; run < options.runs; run++) {
          const session = await runSession(api.url, hubs);
          sessions.push(session);
          log(
            `  ${label} app run ${run + 1}: ` +
              STEPS.map((name) => `${name} ${fmt(session[name].ms, 0)} ms (task ${session[name].longestTaskMs})`).join(
                ', ',
              ) +
              `; DOM ${Math.max(...STEPS.map((name) => session[name].domNodes))}; load ${os.loadavg()[0]!.toFixed(2)}` +
              STEPS.map((name) => (session[name].error ? ` [${name}: ${session[name].error}]` : '')).join(''),
          );
          log(`    search step: ${describeStep(session.search)}`);
          if (STEPS.some((name) => session[name].error))
            log(`  the API said:\n${api.output().split('\n').slice(-15).join('\n')}`);
          if (run === 0) {
            fs.writeFileSync(path.join(outDir, `pan-${label}.json`), JSON.stringify(toCompact(session.drawn)));
          }
        }
        const overview = await overviewSize(api.url);
        const drawnNodes = sessions[0]!.drawn.nodes.length;
        const drawnEdges = sessions[0]!.drawn.edges.length;
        const peerRuns: Record<string, PageRun[]> = {};
        for (const lib of PEERS) {
          peerRuns[lib] = [];
          for (let run = 0; run < options.runs; run++) {
            const result = await measurePeer(pages.url, lib, `/pan-${label}.json`);
            peerRuns[lib].push(result);
            log(
              `  ${label} ${lib} run ${run + 1}: first frame ${fmt(result.firstFrameMs, 0)} ms, longest task ` +
                `${fmt(result.longestTaskMs, 0)} ms, pan p95 ${fmt(result.panP95Ms, 1)} ms${result.error ? ` (${result.error})` : ''}`,
            );
            if (result.firstFrameMs === null) break;
          }
        }
        const rows = STEPS.map((name) => {
          const steps = sessions.map((session) => session[name]);
          const done = steps.filter((step): step is StepResult & { ms: number } => step.ms !== null);
          const times = summarize(done.map((step) => step.ms));
          return [
            STEP_LABELS[name],
            done.length === 0 ? `failed: ${steps[0]?.error ?? ''}` : fmt(times.median, 0),
            done.length === 0 ? '-' : `${fmt(times.min, 0)}-${fmt(times.max, 0)}`,
            fmt(summarize(steps.map((step) => step.longestTaskMs)).median, 0),
            String(Math.max(...steps.map((step) => step.domNodes))),
            fmt(Math.max(...steps.map((step) => step.heapMiB))),
          ];
        });
        const appPan = summarize(sessions.map((session) => session.pan.frameP95Ms)).median;
        const peerRows = PEERS.map((lib) => {
          const runs = peerRuns[lib]!.filter((run) => run.firstFrameMs !== null);
          const med = (pick: (run: PageRun) => number) => (runs.length === 0 ? NaN : summarize(runs.map(pick)).median);
          const pan95 = med((run) => run.panP95Ms);
          return [
            lib,
            runs.length === 0
              ? `none in ${FIRST_FRAME_TIMEOUT_MS / 1000} s`
              : fmt(
                  med((run) => run.firstFrameMs!),
                  0,
                ),
            fmt(
              med((run) => run.longestTaskMs),
              0,
            ),
            `${fmt(
              med((run) => run.panP50Ms),
              1,
            )}/${fmt(pan95, 1)}`,
            Number.isFinite(pan95) && appPan > 0 ? `${(pan95 / appPan).toFixed(1)}x` : '-',
            fmt(med((run) => run.heapMiB)),
          ];
        });
        blocks.push(
          `\n### the app at ${size.toLocaleString('en-US')} entities (median of ${options.runs} fresh browsers; ` +
            `/api/graph ${overview.text})\n\n` +
            table(['what the user does', 'ms', 'min-max', 'longest task ms', 'DOM nodes', 'JS heap MiB'], rows) +
            `\n\npan with ${drawnNodes} nodes / ${drawnEdges} edges on screen: frame p50/p95 ` +
            `${fmt(summarize(sessions.map((session) => session.pan.frameP50Ms)).median, 1)}/${fmt(appPan, 1)} ms\n\n` +
            `peers drawing the same ${drawnNodes} nodes at the app's positions, panned the same way:\n\n` +
            table(
              ['peer', 'first frame ms', 'longest task ms', 'pan frame p50/p95 ms', 'pan p95 vs app', 'JS heap MiB'],
              peerRows,
            ),
        );
        results.push({
          size,
          hub,
          overviewBytes: overview.bytes,
          overviewError: overview.error,
          sessions: sessions.map(({ drawn: _drawn, ...rest }) => rest),
          peers: peerRuns,
        });
      } finally {
        await api?.stop();
        await neo.stop().catch(() => {});
      }
    }
  } finally {
    await pages.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  return {
    ...closeSuite('client', 'client (the real app and two peers, headless Chromium, software WebGL)', blocks, {
      sampler,
      options,
      started,
    }),
    results,
  };
}
