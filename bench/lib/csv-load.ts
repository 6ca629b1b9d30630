/**
 * CSV load.
 *
 * The load suite's baseline: the same generated graph written as CSV files and loaded by Neo4j's
 * own `LOAD CSV ... CALL {} IN TRANSACTIONS` (bench/cypher/load-csv-*.cypher), producing the same
 * stored shape. neo4j-local refuses file: URLs (allow_file_urls is off, and stays off), so the
 * files are served to Neo4j over HTTP from 127.0.0.1 by this process; Neo4j streams them as it
 * would stream a local file.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** Writes articles.csv, entities.csv, mentions.csv and relations.csv into `dir`. */
export function writeGraphCsv(graph: GenGraph, dir: string): void {
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
}

/** Serves the files of `dir` on 127.0.0.1 (an ephemeral port) until closed. */
export async function serveDir(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/csv', 'content-length': fs.statSync(file).size });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
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
