/**
 * Overview cache.
 *
 * The overview without a time window is the first thing every analyst asks for, and the same
 * answer until the graph changes: at 10k entities it costs half a second of Neo4j and the
 * driver, at 100k several. It is kept per limit and served while the graph revision and the
 * count store's totals (graph-revision) are what they were when it was read; asks that arrive
 * while it is being read share that read.
 */
import type { Database } from '../db/database.ts';
import { getOverview, type OverviewJson } from './overview.ts';

/** Limits kept at once: the default, and the few an analyst tries. */
const KEPT_LIMITS = 4;

async function graphRevision(db: Database): Promise<string> {
  const [row] = await db.readQuery('graph-revision');
  return JSON.stringify([row?.revision ?? null, row?.entities, row?.relationships]);
}

export class OverviewCache {
  private readonly entries = new Map<number, { revision: string; answer: Promise<OverviewJson> }>();

  constructor(private readonly db: Database) {}

  async get(limit: number): Promise<OverviewJson> {
    // Read before the overview: a write between the two makes the next ask read it again.
    const revision = await graphRevision(this.db);
    const kept = this.entries.get(limit);
    if (kept?.revision === revision) return kept.answer;
    const answer = getOverview(this.db, limit);
    this.entries.delete(limit);
    this.entries.set(limit, { revision, answer });
    if (this.entries.size > KEPT_LIMITS) this.entries.delete(this.entries.keys().next().value!);
    answer.catch(() => {
      if (this.entries.get(limit)?.answer === answer) this.entries.delete(limit);
    });
    return answer;
  }
}
