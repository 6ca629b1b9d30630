/**
 * Client suite.
 *
 * Draws the same generated graph in headless Chromium (software WebGL) with our approach (sigma 3
 * + graphology, bench/client/progressive-sigma.ts) and two openly licensed peers, Cytoscape.js
 * and vis-network, each with fixed positions (drawing only) and with its layout (sigma: FA2 in a
 * worker; Cytoscape: cose; vis-network: its default physics). Measures time to first drawn frame,
 * the longest main-thread task, JS time per frame and the page's JS heap. The peers are installed
 * on demand into bench/peers (measured, never shipped); the pages are built with Vite.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { CompactGraph } from '../client/compact-graph.ts';
import { degrees, generateGraph, rng } from '../generate.ts';
import { LoadSampler } from '../lib/machine.ts';
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
/** How long we keep watching after everything is loaded (layout running, frames sampled). */
const OBSERVE_MS = { fixed: 2_000, layout: 5_000 };
const LIBS = ['sigma', 'cytoscape', 'vis'] as const;
const MODES = ['fixed', 'layout'] as const;

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

/** The generated graph as the pages read it: ~2 edges per node, most important first, positions. */
export function compactGraph(size: number, seed: number): CompactGraph {
  const graph = generateGraph({ entities: size, seed, relationsPerEntity: 2, repeatShare: 0 });
  const degree = degrees(graph);
  const order = [...graph.entities].sort((a, b) => degree.get(b.id)! - degree.get(a.id)! || (a.id < b.id ? -1 : 1));
  const index = new Map(order.map((entity, i) => [entity.id, i]));
  const types = [...new Set(order.map((entity) => entity.type))];
  const relationTypes = [...new Set(graph.relations.map((relation) => relation.type))];
  const random = rng(seed);
  // Fixed positions: hubs near the centre, the rest further out (a cheap, deterministic layout).
  const x: number[] = [];
  const y: number[] = [];
  order.forEach((_, i) => {
    const r = Math.sqrt(i + 1) * (0.8 + 0.4 * random());
    const angle = random() * 2 * Math.PI;
    x.push(Math.round(r * Math.cos(angle) * 100) / 100);
    y.push(Math.round(r * Math.sin(angle) * 100) / 100);
  });
  return {
    ids: order.map((entity) => entity.id),
    labels: order.map((entity) => entity.name),
    nodeTypes: order.map((entity) => types.indexOf(entity.type)),
    types,
    weights: order.map((entity) => degree.get(entity.id)!),
    x,
    y,
    edges: graph.relations.flatMap((relation) => [index.get(relation.source)!, index.get(relation.target)!]),
    edgeTypes: graph.relations.map((relation) => relationTypes.indexOf(relation.type)),
    relationTypes,
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
  loadedMs: number | null;
  longestTaskMs: number;
  longTaskTotalMs: number;
  frameP50Ms: number;
  frameP95Ms: number;
  jsPerFrameMs: number;
  heapMiB: number;
  error: string | null;
}

interface BenchWindowState {
  firstFrame: number | null;
  loaded: number | null;
  longTasks: number[];
  frames: number[];
  error: string | null;
}

async function measurePage(baseUrl: string, lib: string, mode: string, data: string): Promise<PageRun> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/index.html?lib=${lib}&mode=${mode}&data=${data}`);
    const metric = async (name: string) => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((m) => m.name === name)?.value ?? 0;
    };
    const drawn = await Promise.race([
      page
        .waitForFunction(
          () => window.__bench && (window.__bench.firstFrame !== null || window.__bench.error !== null),
          null,
          {
            timeout: FIRST_FRAME_TIMEOUT_MS,
            polling: 100,
          },
        )
        .then(() => true)
        .catch(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), FIRST_FRAME_TIMEOUT_MS + 5_000)),
    ]);
    if (!drawn) {
      return {
        firstFrameMs: null,
        loadedMs: null,
        longestTaskMs: NaN,
        longTaskTotalMs: NaN,
        frameP50Ms: NaN,
        frameP95Ms: NaN,
        jsPerFrameMs: NaN,
        heapMiB: NaN,
        error: `no frame within ${FIRST_FRAME_TIMEOUT_MS / 1000} s`,
      };
    }
    await page
      .waitForFunction(() => window.__bench.loaded !== null || window.__bench.error !== null, null, {
        timeout: FIRST_FRAME_TIMEOUT_MS,
        polling: 100,
      })
      .catch(() => {});
    const scriptBefore = await metric('ScriptDuration');
    const framesBefore = await page.evaluate(() => window.__bench.frames.length);
    await page.waitForTimeout(mode === 'layout' ? OBSERVE_MS.layout : OBSERVE_MS.fixed);
    const scriptAfter = await metric('ScriptDuration');
    const heap = await metric('JSHeapUsedSize');
    const state = (await page.evaluate(() => window.__bench)) as BenchWindowState;
    const windowFrames = state.frames.slice(framesBefore);
    const frames = summarize(windowFrames);
    return {
      firstFrameMs: state.firstFrame,
      loadedMs: state.loaded,
      longestTaskMs: Math.max(0, ...state.longTasks),
      longTaskTotalMs: state.longTasks.reduce((a, b) => a + b, 0),
      frameP50Ms: frames.median,
      frameP95Ms: frames.p95,
      // Main-thread JS per frame while it runs (layout streaming or idle redraws).
      jsPerFrameMs: windowFrames.length > 0 ? ((scriptAfter - scriptBefore) * 1000) / windowFrames.length : NaN,
      heapMiB: Math.round((heap / 2 ** 20) * 10) / 10,
      error: state.error ?? (errors[0] || null),
    };
  } finally {
    await browser.close().catch(() => {});
  }
}

export async function runClient(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const sampler = new LoadSampler().start();
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`client: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
  ensurePeers();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-client-'));
  const results: Record<string, unknown>[] = [];
  const blocks: string[] = [];
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  try {
    log('  building the bench pages with Vite...');
    await buildPages(outDir);
    for (const size of options.sizes) {
      fs.writeFileSync(
        path.join(outDir, `graph-${sizeLabel(size)}.json`),
        JSON.stringify(compactGraph(size, options.seed)),
      );
    }
    server = await serveStatic(outDir);
    for (const size of options.sizes) {
      const label = sizeLabel(size);
      const data = JSON.parse(fs.readFileSync(path.join(outDir, `graph-${label}.json`), 'utf8')) as CompactGraph;
      const edges = data.edges.length / 2;
      const rows: (string | number)[][] = [];
      const cells: Record<string, ReturnType<typeof cellSummary>> = {};
      for (const mode of MODES) {
        for (const lib of LIBS) {
          // One warm-up load (browser caches, JIT of nothing shared: each run is a fresh browser).
          const runs: PageRun[] = [];
          for (let run = 0; run < options.runs; run++) {
            const result = await measurePage(server.url, lib, mode, `/graph-${label}.json`);
            runs.push(result);
            log(
              `  ${label} ${lib} ${mode} run ${run + 1}: first frame ${fmt(result.firstFrameMs, 0)} ms, longest task ` +
                `${fmt(result.longestTaskMs, 0)} ms, heap ${fmt(result.heapMiB)} MiB${result.error ? ` (${result.error})` : ''}; load ${os.loadavg()[0]!.toFixed(2)}`,
            );
            if (result.firstFrameMs === null) break; // it will not draw on the next try either
          }
          const cell = cellSummary(runs);
          cells[`${lib}-${mode}`] = cell;
          results.push({ size, nodes: data.ids.length, edges, lib, mode, runs, summary: cell });
        }
        // Ratios against the best peer of this mode.
        const peers = LIBS.filter((lib) => lib !== 'sigma').map((lib) => cells[`${lib}-${mode}`]!);
        const bestFirst = Math.min(...peers.map((c) => c.firstFrame ?? Infinity));
        const bestTask = Math.min(...peers.map((c) => (c.firstFrame === null ? Infinity : c.longestTask)));
        for (const lib of LIBS) {
          const c = cells[`${lib}-${mode}`]!;
          rows.push([
            `${lib} ${mode}`,
            c.firstFrame === null ? `none in ${FIRST_FRAME_TIMEOUT_MS / 1000} s` : fmt(c.firstFrame, 0),
            c.firstFrameRange,
            fmt(c.loaded, 0),
            fmt(c.longestTask, 0),
            fmt(c.jsPerFrame, 2),
            `${fmt(c.frameP50, 1)}/${fmt(c.frameP95, 1)}`,
            fmt(c.heap),
            lib !== 'sigma' || c.firstFrame === null
              ? ''
              : Number.isFinite(bestFirst)
                ? `${(bestFirst / c.firstFrame).toFixed(1)}x`
                : 'no peer drew',
            lib !== 'sigma' || c.firstFrame === null
              ? ''
              : Number.isFinite(bestTask)
                ? (c.longestTask / bestTask).toFixed(2)
                : 'no peer drew',
          ]);
        }
      }
      blocks.push(
        `\n### client at ${data.ids.length.toLocaleString('en-US')} nodes / ${edges.toLocaleString('en-US')} edges (median of ${options.runs}, fresh browser per run)\n\n` +
          table(
            [
              'library / mode',
              'first frame ms',
              'min-max',
              'all loaded ms',
              'longest task ms',
              'JS ms/frame',
              'frame p50/p95 ms',
              'JS heap MiB',
              'first frame vs best peer',
              'longest task / best peer',
            ],
            rows,
          ),
      );
    }
  } finally {
    await server?.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  return {
    ...closeSuite('client', 'client (headless Chromium, software WebGL)', blocks, { sampler, options, started }),
    results,
  };
}

function cellSummary(runs: PageRun[]) {
  const drawn = runs.filter((run) => run.firstFrameMs !== null);
  if (drawn.length === 0) {
    return {
      firstFrame: null,
      firstFrameRange: '-',
      loaded: NaN,
      longestTask: NaN,
      jsPerFrame: NaN,
      frameP50: NaN,
      frameP95: NaN,
      heap: NaN,
    };
  }
  const first = summarize(drawn.map((run) => run.firstFrameMs!));
  const med = (pick: (run: PageRun) => number) => summarize(drawn.map(pick)).median;
  return {
    firstFrame: first.median,
    firstFrameRange: `${fmt(first.min, 0)}-${fmt(first.max, 0)}`,
    loaded: med((run) => run.loadedMs ?? NaN),
    longestTask: med((run) => run.longestTaskMs),
    jsPerFrame: med((run) => run.jsPerFrameMs),
    frameP50: med((run) => run.frameP50Ms),
    frameP95: med((run) => run.frameP95Ms),
    heap: Math.max(...drawn.map((run) => run.heapMiB)),
  };
}
