/**
 * Load suite.
 *
 * Loads the generated graph into a fresh local Neo4j two ways, in the same run, alternating which
 * goes first: Parley's batched write path (bench/lib/batch-load.ts over cypher/merge-batch-*) and
 * Neo4j's own LOAD CSV of the same data (bench/lib/csv-load.ts). Both must end with the same
 * counts. Reports relationships per second (facts and MENTIONS) and the ratio; ends with the line
 * `load ratio vs LOAD CSV: X.XX` that scripts read.
 */
import os from 'node:os';
import { buildHubLists } from '../../src/graph/hub-lists.ts';
import { getCounts } from '../../src/graph/overview.ts';
import { generateGraph, summarize as graphSummary, type GenGraph } from '../generate.ts';
import { batchLoad, totalRows, type PhaseTimes } from '../lib/batch-load.ts';
import { csvLoad, writeGraphCsv } from '../lib/csv-load.ts';
import { LoadSampler } from '../lib/machine.ts';
import { clearDatabase, startBenchNeo4j, NEO4J_HEAP, NEO4J_PAGECACHE, type BenchNeo4j } from '../lib/neo4j.ts';
import { log, Progress, spinner } from '../lib/progress.ts';
import { fmt, summarize, table } from '../lib/stats.ts';
import { machineInfo, selfPeakRssMiB, sizeLabel, type SuiteOptions, type SuiteResult } from '../lib/suite.ts';

type Method = 'parley-batch' | 'load-csv';

async function loadOnce(neo: BenchNeo4j, graph: GenGraph, method: Method, csvUrl: string, label: string) {
  await clearDatabase(neo.driver);
  let times: PhaseTimes;
  if (method === 'parley-batch') {
    const progress = new Progress(`${label} parley batch`, totalRows(graph), ' rows');
    times = await batchLoad(neo.db, graph, { onProgress: (done) => progress.update(done) });
    progress.done();
  } else {
    const stop = spinner(`${label} LOAD CSV`);
    try {
      times = await csvLoad(neo.driver, csvUrl);
      // The same stored shape as Parley's load: the hubs' kept lists, built as a store written
      // before them gets them at start, timed with the relations.
      const started = performance.now();
      await buildHubLists(neo.db);
      const lists = (performance.now() - started) / 1000;
      times = { ...times, relations: times.relations + lists, total: times.total + lists };
    } finally {
      stop();
    }
  }
  const counts = await getCounts(neo.db);
  if (counts.nodes !== graph.entities.length || counts.relationships !== graph.relations.length) {
    throw new Error(
      `load: ${method} stored ${counts.nodes} entities / ${counts.relationships} relationships, ` +
        `expected ${graph.entities.length} / ${graph.relations.length}`,
    );
  }
  return times;
}

export async function runLoad(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const sampler = new LoadSampler().start();
  const neo = await startBenchNeo4j('load', { allowCsvImport: true });
  const bySize: Record<string, unknown>[] = [];
  const rows: (string | number)[][] = [];
  let lastRatio = NaN;
  try {
    // Warm-up on a small graph: JIT, query plans, page cache.
    const warm = generateGraph({ entities: 1_000, seed: options.seed + 1 });
    const warmUrl = writeGraphCsv(warm, neo.home, 'warm');
    log('  warm-up (1k graph, both methods)');
    await loadOnce(neo, warm, 'parley-batch', warmUrl, 'warm-up');
    await loadOnce(neo, warm, 'load-csv', warmUrl, 'warm-up');

    for (const size of options.sizes) {
      const label = sizeLabel(size);
      const graph = generateGraph({ entities: size, seed: options.seed });
      const shape = graphSummary(graph);
      log(`  ${label}: ${JSON.stringify(shape)}`);
      const csvUrl = writeGraphCsv(graph, neo.home, label);
      const relCount = graph.relations.length + graph.mentions.length;
      const samples: Record<Method, PhaseTimes[]> = { 'parley-batch': [], 'load-csv': [] };
      for (let run = 0; run < options.runs; run++) {
        const order: Method[] = run % 2 === 0 ? ['parley-batch', 'load-csv'] : ['load-csv', 'parley-batch'];
        for (const method of order) {
          const times = await loadOnce(neo, graph, method, csvUrl, `${label} run ${run + 1}/${options.runs}`);
          samples[method].push(times);
          log(
            `  ${label} run ${run + 1} ${method}: ${times.total.toFixed(2)} s (${Math.round(relCount / times.total)} rels/s)`,
          );
        }
      }
      const stat = (method: Method) => {
        const totals = summarize(samples[method].map((t) => t.total));
        const rate = summarize(samples[method].map((t) => relCount / t.total));
        const factRate = summarize(samples[method].map((t) => graph.relations.length / t.total));
        const phases = Object.fromEntries(
          (['articles', 'entities', 'mentions', 'relations'] as const).map((phase) => [
            phase,
            summarize(samples[method].map((t) => t[phase])).median,
          ]),
        );
        return { totals, rate, factRate, phases };
      };
      const ours = stat('parley-batch');
      const csv = stat('load-csv');
      const ratio = ours.rate.median / csv.rate.median;
      lastRatio = ratio;
      for (const [method, s] of [
        ['parley batch (UNWIND+MERGE)', ours],
        ['LOAD CSV', csv],
      ] as const) {
        rows.push([
          `${label} ${method}`,
          s.totals.median,
          s.totals.min,
          s.totals.max,
          `${(s.totals.spread * 100).toFixed(0)}%`,
          s.rate.median,
          s.factRate.median,
          `${fmt(s.phases.articles)}/${fmt(s.phases.entities)}/${fmt(s.phases.mentions)}/${fmt(s.phases.relations)}`,
          method === 'LOAD CSV' ? '1.00' : ratio.toFixed(2),
        ]);
      }
      bySize.push({
        size,
        graph: shape,
        relationships: relCount,
        samples,
        parleyBatch: ours,
        loadCsv: csv,
        ratio,
        neo4jPeakRssMiB: neo.memory()?.peakRssMiB,
      });
    }
  } finally {
    await neo.stop().catch(() => {});
  }
  const memory = {
    neo4jPeakRssMiB: bySize.at(-1)?.neo4jPeakRssMiB,
    benchPeakRssMiB: selfPeakRssMiB(),
    neo4jHeap: NEO4J_HEAP,
    neo4jPagecache: NEO4J_PAGECACHE,
  };
  const load = sampler.stop();
  console.log(`\n## load (${options.runs} runs after a warm-up; relationships = facts + MENTIONS)\n`);
  console.log(
    table(
      [
        'size / method',
        'total s (median)',
        'min',
        'max',
        'spread',
        'rels/s',
        'facts/s',
        'phases s (art/ent/men/rel)',
        'ratio',
      ],
      rows,
    ),
  );
  console.log(
    `\nmemory: Neo4j peak RSS ${memory.neo4jPeakRssMiB ?? '-'} MiB (heap ${NEO4J_HEAP}, page cache ${NEO4J_PAGECACHE}); bench process peak RSS ${memory.benchPeakRssMiB} MiB`,
  );
  console.log(`noise: load average ${load.min}-${load.max} (mean ${load.mean}) on ${os.cpus().length} cores`);
  console.log(`load ratio vs LOAD CSV: ${lastRatio.toFixed(2)}`);
  return {
    suite: 'load',
    machine: machineInfo(),
    options,
    load,
    seconds: (performance.now() - started) / 1000,
    sizes: bySize,
    memory,
    ratio: lastRatio,
  };
}
