/**
 * CSV load.
 *
 * The load suite's baseline: the same generated graph written as CSV files and loaded by Neo4j's
 * own `LOAD CSV ... CALL {} IN TRANSACTIONS` (bench/cypher/load-csv-*.cypher), producing the same
 * stored shape. neo4j-local refuses every LOAD CSV source by default; the bench's own Neo4j is
 * started with `allowCsvImport`, which lets it read `file:///` URLs under its home's import/ folder
 * (Neo4j's standard setup), where the files are written.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { fileURLToPath } from 'node:url';
import { isActorType } from '../../src/model/vocabulary.ts';
import type { GenGraph } from '../generate.ts';
import type { PhaseTimes } from './batch-load.ts';

const BENCH_CYPHER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cypher');

export function benchCypher(name: string): string {
  return fs
    .readFileSync(path.join(BENCH_CYPHER, `${name}.cypher`), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeCsv(file: string, header: string[], rows: Iterable<(string | number | boolean | null)[]>): void {
  const fd = fs.openSync(file, 'w');
  try {
    let buffer = header.join(',') + '\n';
    for (const row of rows) {
      buffer += row.map(field).join(',') + '\n';
      if (buffer.length > 1 << 20) {
        fs.writeSync(fd, buffer);
        buffer = '';
      }
    }
    fs.writeSync(fd, buffer);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes articles.csv, entities.csv, mentions.csv and relations.csv into `folder` of the Neo4j
 * home's import/ and returns the base URL LOAD CSV reads them from.
 */
export function writeGraphCsv(graph: GenGraph, neo4jHome: string, folder: string): string {
  const dir = path.join(neo4jHome, 'import', folder);
  fs.mkdirSync(dir, { recursive: true });
  writeCsv(
    path.join(dir, 'articles.csv'),
    ['id', 'title', 'url', 'outlet', 'published', 'wordCount'],
    graph.articles.map((a) => [a.id, a.title, a.url, a.outlet, a.published, a.wordCount]),
  );
  writeCsv(
    path.join(dir, 'entities.csv'),
    ['id', 'name', 'type', 'actor', 'aliases'],
    graph.entities.map((e) => [e.id, e.name, e.type, isActorType(e.type), e.aliases.join('|')]),
  );
  writeCsv(path.join(dir, 'mentions.csv'), ['articleId', 'entityId'], graph.mentions);
  writeCsv(
    path.join(dir, 'relations.csv'),
    ['id', 'source', 'type', 'target', 'evidence', 'articleIds', 'confidences', 'reportedOn', 'confidence'],
    graph.relations.map((r) => [
      r.id,
      r.source,
      r.type,
      r.target,
      r.reports.map((x) => x.evidence).join('|'),
      r.reports.map((x) => x.articleId).join('|'),
      r.reports.map((x) => x.confidence).join('|'),
      r.reports.map((x) => x.reported).join('|'),
      Math.max(...r.reports.map((x) => x.confidence)),
    ]),
  );
  return `file:///${folder}`;
}

/** Runs the four LOAD CSV phases (auto-commit transactions, as CALL IN TRANSACTIONS needs). */
export async function csvLoad(driver: Driver, baseUrl: string): Promise<PhaseTimes> {
  const times: Record<string, number> = {};
  for (const phase of ['articles', 'entities', 'mentions', 'relations']) {
    const session = driver.session();
    const started = performance.now();
    try {
      // The whole LOAD CSV is one statement: give it longer than neo4j-local's default 60 s.
      await session.run(benchCypher(`load-csv-${phase}`), { url: `${baseUrl}/${phase}.csv` }, { timeout: 3_600_000 });
    } finally {
      await session.close();
    }
    times[phase] = (performance.now() - started) / 1000;
  }
  const { articles = 0, entities = 0, mentions = 0, relations = 0 } = times;
  return { articles, entities, mentions, relations, total: articles + entities + mentions + relations };
}
