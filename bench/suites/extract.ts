/**
 * Extract suite.
 *
 * Articles per second through the ingestion pipeline (`extract` of src/ingest/extract.ts), single
 * process, on ~500-word articles (the target: 5 articles/s of 500 words): the real seed article (../shared/seed, Jan 28, 2018) padded
 * with generated news paragraphs, and generated articles made of the generator's evidence
 * sentences about generated and well-known actors. The peer is compromise (a general-purpose
 * NLP library already in our dependencies) finding people, places and organizations in the same
 * texts: a floor for "reading the text once". Skips, saying so, when extract.ts is not there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../../src/config.ts';
import { generateGraph, rng } from '../generate.ts';
import { LoadSampler } from '../lib/machine.ts';
import { log } from '../lib/progress.ts';
import { fmt, summarize, table } from '../lib/stats.ts';
import { machineInfo, selfPeakRssMiB, type SuiteOptions, type SuiteResult } from '../lib/suite.ts';

const EXTRACT_FILE = path.join(PROJECT_ROOT, 'src/ingest/extract.ts');
const SEED_ARTICLE = path.resolve(PROJECT_ROOT, '../shared/seed/000_f866d91306c5335d.txt');
const WORDS = 500;
const KNOWN = [
  'Russia',
  'Iran',
  'Turkey',
  'the United Nations',
  'Staffan de Mistura',
  'Sergey Lavrov',
  'the Syrian government',
];

type ExtractFn = (text: string, options?: { published?: string; title?: string }) => Promise<{ relations: unknown[] }>;
const PARSER_FILE = path.join(PROJECT_ROOT, 'src/nlp/parser.ts');

/** `count` articles of about WORDS words each, deterministic for the seed. */
export function makeArticles(count: number, seed: number): { title: string; text: string; published: string }[] {
  const graph = generateGraph({ entities: Math.max(1_000, count * 10), seed });
  const random = rng(seed);
  const sentences = graph.relations.map((relation) => relation.reports[0]!.evidence);
  const seedText = fs.existsSync(SEED_ARTICLE) ? fs.readFileSync(SEED_ARTICLE, 'utf8') : '';
  const articles: { title: string; text: string; published: string }[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    let words = 0;
    if (i % 10 === 0 && seedText) {
      paragraphs.push(seedText.trim());
      words += seedText.split(/\s+/).length;
    }
    while (words < WORDS) {
      const paragraph: string[] = [];
      for (let k = 0; k < 3; k++) {
        let sentence = sentences[at++ % sentences.length]!;
        if (random() < 0.3)
          sentence = `${KNOWN[Math.floor(random() * KNOWN.length)]} also said the talks in Geneva would resume. ${sentence}`;
        paragraph.push(sentence);
      }
      const text = paragraph.join(' ');
      paragraphs.push(text);
      words += text.split(/\s+/).length;
    }
    articles.push({ title: `Generated article ${i}`, text: paragraphs.join('\n\n'), published: '2018-01-28' });
  }
  return articles;
}

/** The parser process's peak resident memory (Linux /proc), or null where it cannot be read. */
function parserPeakRssMiB(pid: number): number | null {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Math.round(Number(kib) / 1024) : null;
  } catch {
    return null;
  }
}

async function timeAll(
  articles: { text: string }[],
  run: (text: string) => unknown,
): Promise<{ seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  for (const article of articles) {
    const t = performance.now();
    await run(article.text);
    latencies.push(performance.now() - t);
  }
  return { seconds: (performance.now() - started) / 1000, latencies };
}

export async function runExtract(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const sampler = new LoadSampler().start();
  const base = { suite: 'extract', machine: machineInfo(), options };
  if (!fs.existsSync(EXTRACT_FILE)) {
    const message = `extract: skipped, ${path.relative(PROJECT_ROOT, EXTRACT_FILE)} does not exist yet`;
    console.log(`\n## extract\n\n${message}`);
    return { ...base, load: sampler.stop(), seconds: 0, skipped: message };
  }
  const { extract } = (await import(pathToFileURL(EXTRACT_FILE).href)) as { extract: ExtractFn };
  const nlp = (await import('compromise')).default as unknown as (text: string) => {
    people(): { out(format: string): unknown };
    places(): { out(format: string): unknown };
    organizations(): { out(format: string): unknown };
  };
  const count = options.sizes[0] ?? 100;
  const articles = makeArticles(count, options.seed);
  const words = articles.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0) / articles.length;
  log(`  ${count} articles, ${Math.round(words)} words on average`);
  const ours = (text: string) => extract(text, { published: '2018-01-28' });
  const peer = (text: string) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
  // The parser's start-up (JVM and models) is timed apart from the warm throughput.
  const { sharedParser, stopSharedParser } = (await import(pathToFileURL(PARSER_FILE).href)) as {
    sharedParser: () => Promise<{ pid: number }>;
    stopSharedParser: () => Promise<void>;
  };
  const startupStarted = performance.now();
  const parserPid = (await sharedParser()).pid;
  const parserStartup = (performance.now() - startupStarted) / 1000;
  log(`  parser start-up ${fmt(parserStartup)} s`);
  // Warm-up: lexicon and gazetteer loading, JIT.
  await timeAll(articles.slice(0, 5), ours);
  await timeAll(articles.slice(0, 5), peer);
  const runs: Record<'parley' | 'compromise', { seconds: number; latencies: number[] }[]> = {
    parley: [],
    compromise: [],
  };
  let relations = 0;
  for (const article of articles) relations += (await ours(article.text)).relations.length;
  for (let run = 0; run < options.runs; run++) {
    runs.parley.push(await timeAll(articles, ours));
    runs.compromise.push(await timeAll(articles, peer));
    log(
      `  run ${run + 1}: parley ${fmt(count / runs.parley.at(-1)!.seconds)} articles/s, compromise ${fmt(count / runs.compromise.at(-1)!.seconds)} articles/s`,
    );
  }
  const stat = (name: 'parley' | 'compromise') => {
    const rate = summarize(runs[name].map((r) => count / r.seconds));
    const latency = summarize(runs[name].flatMap((r) => r.latencies));
    return { rate, latency };
  };
  const parserRss = parserPeakRssMiB(parserPid);
  await stopSharedParser();
  const parley = stat('parley');
  const compromise = stat('compromise');
  const load = sampler.stop();
  console.log(
    `\n## extract (${count} articles of ~${Math.round(words)} words, ${options.runs} runs after a warm-up, one process)\n`,
  );
  console.log(
    table(
      ['pipeline', 'articles/s (median)', 'min', 'max', 'spread', 'ms/article p50', 'p95', 'p99', 'max', 'vs peer'],
      [
        [
          'parley extract (full pipeline)',
          parley.rate.median,
          parley.rate.min,
          parley.rate.max,
          `${(parley.rate.spread * 100).toFixed(0)}%`,
          parley.latency.median,
          parley.latency.p95,
          parley.latency.p99,
          parley.latency.max,
          `${(parley.rate.median / compromise.rate.median).toFixed(2)}x`,
        ],
        [
          'compromise NER only (peer)',
          compromise.rate.median,
          compromise.rate.min,
          compromise.rate.max,
          `${(compromise.rate.spread * 100).toFixed(0)}%`,
          compromise.latency.median,
          compromise.latency.p95,
          compromise.latency.p99,
          compromise.latency.max,
          '1.00x',
        ],
      ],
    ),
  );
  console.log(`\nparser start-up (JVM and models, once per process): ${fmt(parserStartup)} s`);
  console.log(
    `parser JVM peak RSS ${parserRss ?? '?'} MiB (heap cap ${process.env.PARLEY_NLP_HEAP ?? '2g'}, plus metaspace, code and models)`,
  );
  console.log(`\n${relations} relations extracted from the ${count} articles (${fmt(relations / count)} per article)`);
  console.log(
    `memory: bench process peak RSS ${selfPeakRssMiB()} MiB; noise: load average ${load.min}-${load.max} (mean ${load.mean})`,
  );
  return {
    ...base,
    load,
    seconds: (performance.now() - started) / 1000,
    articles: count,
    words,
    relations,
    parserStartupSeconds: parserStartup,
    parley,
    compromise,
    memory: { peakRssMiB: selfPeakRssMiB(), parserPeakRssMiB: parserRss },
  };
}
