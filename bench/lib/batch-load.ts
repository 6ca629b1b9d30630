/**
 * Batch load.
 *
 * Parley's write path for bulk loads: the generated graph MERGEd through the named queries
 * `merge-batch-*` (UNWIND + MERGE with dynamic labels and types, provenance as the same parallel
 * report lists `mergeFacts` writes), thousands of rows per transaction, phase by phase: articles,
 * entities, MENTIONS, then facts with all their reports, and last the hubs' kept lists. The stored
 * shape is the one the API reads, so a graph loaded here is served unchanged.
 */
import { Progress } from './progress.ts';
import type { Database, Row, WriteTx } from '../../src/db/database.ts';
import { buildHubLists } from '../../src/graph/hub-lists.ts';
import { markOpposed, updateImportance } from '../../src/graph/merge-facts.ts';
import { tallyReports } from '../../src/graph/report-tallies.ts';
import { isActorType, isEntityType, isRelationType } from '../../src/model/vocabulary.ts';
import type { GenGraph } from '../generate.ts';

export interface BatchOptions {
  /** Rows per transaction, per phase. */
  batch?: { articles?: number; entities?: number; mentions?: number; relations?: number };
  /** Called after each committed batch with the rows done so far and the total of all phases. */
  onProgress?: (done: number, total: number) => void;
}

export interface PhaseTimes {
  articles: number;
  entities: number;
  mentions: number;
  relations: number;
  total: number;
}

export const DEFAULT_BATCH = { articles: 10_000, entities: 10_000, mentions: 20_000, relations: 5_000 };

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function totalRows(graph: GenGraph): number {
  return graph.articles.length + graph.entities.length + graph.mentions.length + graph.relations.length;
}

/** Loads `graph` through merge-batch-*; returns seconds per phase. */
export async function batchLoad(db: Database, graph: GenGraph, options: BatchOptions = {}): Promise<PhaseTimes> {
  const batch = { ...DEFAULT_BATCH, ...options.batch };
  const total = totalRows(graph);
  let done = 0;
  const phase = async <T>(
    name: string,
    rows: T[],
    size: number,
    after?: (tx: WriteTx, chunk: T[], written: Row[]) => Promise<void>,
  ): Promise<number> => {
    const started = performance.now();
    for (const chunk of chunks(rows, size)) {
      await db.writeTransaction(async (tx) => {
        const written = await tx.run(name, { [name.replace('merge-batch-', '')]: chunk });
        if (after) await after(tx, chunk, written);
      });
      done += chunk.length;
      options.onProgress?.(done, total);
    }
    return (performance.now() - started) / 1000;
  };
  for (const entity of graph.entities) {
    if (!isEntityType(entity.type))
      throw new Error(`batch-load: entity '${entity.id}' has unknown type '${entity.type}'`);
  }
  for (const relation of graph.relations) {
    if (!isRelationType(relation.type)) throw new Error(`batch-load: relation '${relation.id}' has an unknown type`);
  }
  const articles = await phase('merge-batch-articles', graph.articles, batch.articles);
  const entities = await phase(
    'merge-batch-entities',
    graph.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      actor: isActorType(entity.type),
      aliases: entity.aliases.filter((alias) => alias !== entity.name),
      props: {},
    })),
    batch.entities,
  );
  const mentions = await phase(
    'merge-batch-mentions',
    graph.mentions.map(([articleId, entityId]) => ({ articleId, entityId })),
    batch.mentions,
  );
  const stored: unknown[][] = [];
  const factsPhase = await phase(
    'merge-batch-relations',
    graph.relations.map((relation) => ({
      id: relation.id,
      source: relation.source,
      type: relation.type,
      target: relation.target,
      props: {},
      reports: relation.reports.map((report) => ({
        articleId: report.articleId,
        evidence: report.evidence,
        confidence: report.confidence,
        published: report.reported,
        curated: false,
        happenedStart: '',
        happenedEnd: '',
        attributedTo: '',
        negated: false,
        basis: 'stated',
        rule: '',
      })),
    })),
    batch.relations,
    // As mergeFacts does, in the chunk's transaction: facts of opposed types for one pair
    // (ATTENDS/BOYCOTTS, SUPPORTS/OPPOSES) are marked disputed; the reports each chunk stored
    // are kept for the tallies below.
    async (tx, chunk, [written]) => {
      stored.push(...((written?.stored ?? []) as unknown[][]));
      await markOpposed(tx, chunk);
    },
  );
  // The tallies, the ends' importance and search tier, and the hubs' kept lists once at the end,
  // as a store written before them gets them: kept in every chunk, each of the hundreds of chunks
  // re-counted the same days and re-wrote (and re-indexed) the hubs every chunk touches.
  // Timed with the relations, as the LOAD CSV baseline's hub lists are.
  const started = performance.now();
  // Tallied 100,000 facts per transaction, well inside the transaction timeout at 100k entities.
  for (const facts of chunks(stored, 100_000)) await db.writeTransaction((tx) => tallyReports(tx, { stored: facts }));
  const ends = [...new Set(graph.relations.flatMap((relation) => [relation.source, relation.target]))];
  for (const ids of chunks(ends, batch.entities)) await db.writeTransaction((tx) => updateImportance(tx, ids));
  await buildHubLists(db);
  const relations = factsPhase + (performance.now() - started) / 1000;
  return { articles, entities, mentions, relations, total: articles + entities + mentions + relations };
}

/** Loads a generated graph with a progress bar on stderr (the suites that need a graph in place). */
export async function loadWithProgress(db: Database, graph: GenGraph, label: string): Promise<PhaseTimes> {
  const progress = new Progress(`${label} load`, totalRows(graph), ' rows');
  const times = await batchLoad(db, graph, { onProgress: (done) => progress.update(done) });
  progress.done();
  return times;
}
