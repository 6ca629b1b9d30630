/**
 * Paths suite.
 *
 * The paths query (k = 3, maxHops = 6, every relationship type) on the generated graph, pair by
 * pair, one request at a time: end to end through the API, the route's queries through the driver
 * (resolve both ends, search, cite articles: what the API runs), the route's path search through
 * the driver (`current`: the shortest routes by breadth-first search, then the longer ones by
 * SHORTEST 24 only when those are fewer than k), and SHORTEST 24 alone (`k-shortest`, the k
 * shortest simple paths). PROFILE gives the database hits. A variant "agrees" on a pair when its
 * k answers have the same lengths as `k-shortest`'s.
 */
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher-files.ts';
import { detourRoutes, PATHS_PER_ROUTE } from '../../src/graph/find-paths.ts';
import { RELATION_TYPES } from '../../src/model/vocabulary.ts';
import { generateGraph } from '../generate.ts';
import { startApi, type ApiProcess } from '../lib/api-process.ts';
import { loadWithProgress } from '../lib/batch-load.ts';
import { LoadSampler } from '../lib/machine.ts';
import { startBenchNeo4j, NEO4J_HEAP } from '../lib/neo4j.ts';
import { log } from '../lib/progress.ts';
import { fmt, summarize, table } from '../lib/stats.ts';
import { closeSuite, sizeLabel, type SuiteOptions, type SuiteResult } from '../lib/suite.ts';
import { RawQueries } from '../lib/raw-queries.ts';
import { makeWorkload } from '../lib/workload.ts';

const K = 3;
const TYPES = [...RELATION_TYPES];

interface Answer {
  /** Lengths of the k distinct (by node sequence) shortest paths. */
  lengths: number[];
  dbHits: number;
}

function planHits(plan: { dbHits?: number; children?: unknown[] } | false | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((sum, child) => sum + planHits(child as never), 0);
}

function foldLengths(paths: string[][]): number[] {
  const seen = new Set<string>();
  const lengths: number[] = [];
  for (const nodes of paths) {
    const key = nodes.join('>');
    if (seen.has(key)) continue;
    seen.add(key);
    lengths.push(nodes.length - 1);
  }
  return lengths.sort((a, b) => a - b).slice(0, K);
}

async function run(driver: Driver, text: string, params: Record<string, unknown>, profile: boolean) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.run(profile ? `PROFILE ${text}` : text, params);
  } finally {
    await session.close();
  }
}

type Variant = (driver: Driver, from: string, to: string, profile: boolean) => Promise<Answer>;

const routesOf = (records: { get(key: string): unknown }[]) =>
  records.map((r) => (r.get('nodes') as { id: string }[]).map((n) => n.id));

const VARIANTS: Record<string, Variant> = {
  // What the route runs: the shortest routes, then, when those are fewer than k, the routes one hop
  // longer, two, ... (detourRoutes), then the longer search for what is left.
  current: async (driver, from, to, profile) => {
    const params = { from, to, maxHops: 6, types: TYPES, window: null, routes: K };
    const shortest = await run(
      driver,
      cypher('shortest-paths'),
      { ...params, pathLimit: K * PATHS_PER_ROUTE },
      profile,
    );
    const paths = routesOf(shortest.records);
    let dbHits = planHits(shortest.summary.profile);
    if (paths.length > 0 && foldLengths(paths).length < K) {
      const read = async (name: string, named: Record<string, unknown>) => {
        const result = await run(driver, cypher(name), named, profile);
        dbHits += planHits(result.summary.profile);
        return result.records.map((record) => record.toObject());
      };
      const detours = await detourRoutes(
        read,
        params,
        shortest.records.map((record) => record.toObject()),
        K,
      );
      paths.push(...detours.rows.map((row) => (row.nodes as { id: string }[]).map((n) => n.id)));
      if (detours.done) return { lengths: foldLengths(paths), dbHits };
    }
    if (paths.length > 0 && foldLengths(paths).length < K) {
      const longer = await run(driver, cypher('longer-paths'), { ...params, known: [...paths] }, profile);
      paths.push(...routesOf(longer.records));
      dbHits += planHits(longer.summary.profile);
    }
    return { lengths: foldLengths(paths), dbHits };
  },
  // The k shortest simple paths by SHORTEST 24 alone (the route's query until 2026-12-02).
  'k-shortest': async (driver, from, to, profile) => {
    const result = await run(
      driver,
      cypher('longer-paths'),
      { from, to, maxHops: 6, types: TYPES, window: null, routes: K, known: [] },
      profile,
    );
    return { lengths: foldLengths(routesOf(result.records)), dbHits: planHits(result.summary.profile) };
  },
};

export async function runPaths(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const sampler = new LoadSampler().start();
  const results: Record<string, unknown>[] = [];
  const blocks: string[] = [];
  for (const size of options.sizes) {
    const label = sizeLabel(size);
    const neo = await startBenchNeo4j(`paths-${label}`);
    let api: ApiProcess | undefined;
    try {
      const graph = generateGraph({ entities: size, seed: options.seed });
      await loadWithProgress(neo.db, graph, label);
      api = await startApi(neo.uri);
      const pairs = makeWorkload(graph, options.seed, 60).pairs.slice(0, 30);
      // Reference answers and db hits, once per pair (PROFILE), then timed runs without it.
      const reference = new Map<string, Answer[]>();
      for (const [name, variant] of Object.entries(VARIANTS)) {
        const answers: Answer[] = [];
        for (const [from, to] of pairs) answers.push(await variant(neo.driver, from, to, true));
        reference.set(name, answers);
      }
      const raw = new RawQueries(neo.driver);
      const latencies: Record<string, number[]> = {
        api: [],
        route: [],
        ...Object.fromEntries(Object.keys(VARIANTS).map((n) => [n, []])),
      };
      for (let r = 0; r < options.runs; r++) {
        for (const [from, to] of pairs) {
          let t = performance.now();
          const response = await fetch(
            `${api.url}/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&k=${K}&maxHops=6`,
          );
          await response.arrayBuffer();
          if (response.ok) latencies.api!.push(performance.now() - t);
          t = performance.now();
          await raw.paths(from, to);
          latencies.route!.push(performance.now() - t);
          for (const [name, variant] of Object.entries(VARIANTS)) {
            t = performance.now();
            await variant(neo.driver, from, to, false);
            latencies[name]!.push(performance.now() - t);
          }
        }
        log(`  ${label} paths run ${r + 1}/${options.runs} done`);
      }
      const exhaustive = reference.get('k-shortest')!;
      const rows = Object.entries(latencies).map(([name, samples]) => {
        const s = summarize(samples);
        const answers = reference.get(name);
        const agree = answers
          ? answers.filter((a, i) => a.lengths.join() === exhaustive[i]!.lengths.join()).length
          : pairs.length;
        const hits = answers ? summarize(answers.map((a) => a.dbHits)).median : NaN;
        results.push({ size, variant: name, latency: s, dbHitsMedian: hits, agree, pairs: pairs.length });
        const title =
          name === 'api'
            ? 'API /api/paths (current)'
            : name === 'route'
              ? "driver: the route's queries"
              : `driver: ${name}`;
        return [title, s.median, s.p95, s.p99, `${fmt(s.min)}/${fmt(s.max)}`, fmt(hits, 0), `${agree}/${pairs.length}`];
      });
      const found = exhaustive.filter((a) => a.lengths.length > 0).length;
      blocks.push(
        `\n### paths at ${label} entities (${pairs.length} pairs, ${options.runs} runs; ${found} pairs connected within 6 hops)\n\n` +
          table(
            ['variant', 'p50 ms', 'p95 ms', 'p99 ms', 'min/max ms', 'db hits (median)', 'same lengths as k-shortest'],
            rows,
          ) +
          `\n\nmemory: API peak RSS ${api.memory()?.peakRssMiB} MiB; Neo4j peak RSS ${neo.memory()?.peakRssMiB} MiB (heap ${NEO4J_HEAP})`,
      );
    } finally {
      await api?.stop();
      await neo.stop().catch(() => {});
    }
  }
  return {
    ...closeSuite('paths', 'paths (k = 3, maxHops = 6, one request at a time)', blocks, { sampler, options, started }),
    results,
  };
}
