/**
 * Soak suite.
 *
 * Many users at once for a minute: 50 autocannon connections send a mix of the routes the
 * explorer calls (search, node details, neighbours, paths, the overview graph, the timeline)
 * to Parley's API (bench/api-server.ts in a child process) over the generated graph, and count
 * every answer that is not 2xx, every socket error and every timeout. The bar is zero of each.
 * The console is left out: its budget (PARLEY_CONSOLE_CONCURRENCY) answers 429 to a crowd by
 * design. `soak()` is also what test/integration/soak.test.ts runs against the seed graph.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { generateGraph } from '../generate.ts';
import { startApi, type ApiProcess } from '../lib/api-process.ts';
import { loadWithProgress } from '../lib/batch-load.ts';
import { LoadSampler } from '../lib/machine.ts';
import { startBenchNeo4j } from '../lib/neo4j.ts';
import { log } from '../lib/progress.ts';
import { fmt, summarize, table, type Summary } from '../lib/stats.ts';
import { closeSuite, sizeLabel, type SuiteOptions, type SuiteResult } from '../lib/suite.ts';
import { makeWorkload, type Workload } from '../lib/workload.ts';

export const SOAK_CONNECTIONS = 50;

/** Entities and pairs to draw requests from. */
export interface SoakTargets {
  ids: string[];
  searches: string[];
  pairs: [string, string][];
}

export interface SoakResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  latency: Summary;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  /** Requests sent per route of the mix. */
  mix: Record<string, number>;
  /** Answers per route and HTTP status ("paths 200"), to tell a deadline (503) from a refusal (4xx). */
  statuses: Record<string, number>;
  /** The first answer that was not 2xx, as the route and its body, if any. */
  firstFailure: string | null;
}

const enc = encodeURIComponent;

/** The i-th request of the mix: one route after another, each over its own list of targets. */
export function soakPath(targets: SoakTargets, i: number): { route: string; path: string } {
  const pick = <T>(list: T[]) => list[Math.floor(i / 6) % list.length]!;
  switch (i % 6) {
    case 0:
      return { route: 'search', path: `/api/search?q=${enc(pick(targets.searches))}&limit=10` };
    case 1:
      return { route: 'node', path: `/api/nodes/${enc(pick(targets.ids))}` };
    case 2:
      return { route: 'neighbours', path: `/api/nodes/${enc(pick(targets.ids))}/neighbours?limit=50` };
    case 3: {
      const [from, to] = pick(targets.pairs);
      return { route: 'paths', path: `/api/paths?from=${enc(from)}&to=${enc(to)}&k=3&maxHops=6` };
    }
    case 4:
      return { route: 'graph', path: '/api/graph?limit=300' };
    default:
      return { route: 'timeline', path: `/api/timeline?entity=${enc(pick(targets.ids))}` };
  }
}

/** `connections` clients, back to back for `seconds`, against the API at `url`. */
export async function soak(
  url: string,
  targets: SoakTargets,
  connections: number,
  seconds: number,
): Promise<SoakResult> {
  let next = 0;
  const mix: Record<string, number> = {};
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let firstFailure: string | null = null;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (req, context: { route?: string }) => {
              const { route, path } = soakPath(targets, next++);
              mix[route] = (mix[route] ?? 0) + 1;
              context.route = route;
              return { ...req, method: 'GET', path };
            },
            onResponse: (status, body, context: { route?: string }) => {
              const key = `${context.route} ${status}`;
              statuses[key] = (statuses[key] ?? 0) + 1;
              if (status >= 300) firstFailure ??= `${context.route}: ${body?.slice(0, 300)}`;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _statusCode, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    connections,
    seconds,
    requests: latencies.length,
    rps: latencies.length / seconds,
    latency: summarize(latencies),
    non2xx: result.non2xx,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    mix,
    statuses,
    firstFailure,
  };
}

export function soakTable(results: { label: string; result: SoakResult }[]): string {
  return table(
    [
      'graph',
      'clients',
      's',
      'requests',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'non-2xx',
      'socket errors',
      'timeouts',
    ],
    results.map(({ label, result }) => [
      label,
      String(result.connections),
      String(result.seconds),
      String(result.requests),
      result.rps,
      result.latency.median,
      result.latency.p95,
      result.latency.p99,
      result.latency.max,
      String(result.non2xx),
      String(result.socketErrors),
      String(result.timeouts),
    ]),
  );
}

function targetsOf(work: Workload): SoakTargets {
  return { ids: work.ids, searches: work.searches, pairs: work.pairs };
}

/** `--duration` is 5 s per cell for the other suites; a soak runs twelve times that (60 s by default). */
export async function runSoak(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const sampler = new LoadSampler().start();
  const seconds = options.duration * 12;
  const results: { size: number; label: string; result: SoakResult }[] = [];
  for (const size of options.sizes) {
    const label = sizeLabel(size);
    const neo = await startBenchNeo4j(`soak-${label}`);
    let api: ApiProcess | undefined;
    try {
      const graph = generateGraph({ entities: size, seed: options.seed });
      await loadWithProgress(neo.db, graph, label);
      api = await startApi(neo.uri);
      const targets = targetsOf(makeWorkload(graph, options.seed));
      // Warm-up, not counted.
      await soak(api.url, targets, SOAK_CONNECTIONS, 2);
      const result = await soak(api.url, targets, SOAK_CONNECTIONS, seconds);
      log(
        `  ${label} soak c=${SOAK_CONNECTIONS} ${seconds} s: ${fmt(result.rps)} req/s, p99 ${fmt(result.latency.p99)} ms, ` +
          `${result.non2xx} non-2xx, ${result.socketErrors} socket errors, ${result.timeouts} timeouts; load ${os.loadavg()[0]!.toFixed(2)}`,
      );
      results.push({ size, label, result });
    } finally {
      await api?.stop();
      await neo.stop().catch(() => {});
    }
  }
  const printed = [
    `\n### ${SOAK_CONNECTIONS} clients for ${seconds} s, mix of search, node, neighbours, paths, graph, timeline (after a 2 s warm-up)\n\n` +
      soakTable(results),
  ];
  return {
    ...closeSuite('soak', 'soak (50 clients, 0 errors wanted)', printed, { sampler, options, started }),
    results,
  };
}
