/**
 * Apply schema.
 *
 * Creates the constraints and indexes of `cypher/schema.cypher` (idempotent) and waits until
 * they are online, so that the first search after start-up already finds everything; then brings
 * a store written by an older version up to date: reports get the current fields, entities an
 * importance and a search tier, the timeline and the sources their kept counts, hubs their lists.
 * The store records the version it reached, so a current store skips those scans, which read every
 * relationship and entity.
 */
import type { Database, Params } from '../db/database.ts';
import { buildHubLists } from './hub-lists.ts';
import { migrateReports } from './migrate-reports.ts';
import { rebuildReportTallies } from './report-tallies.ts';
import { SEARCH_TIER } from './search-tier.ts';

/**
 * Raise it with every migration added here. 1: report fields and importance; 2: report tallies;
 * 3: hub lists and search tiers; 4: hubs' kept neighbours.
 */
export const STORE_VERSION = 4;

export async function applySchema(db: Database): Promise<void> {
  await db.runStatements('schema');
  // A start-up step, not a route: populating indexes on a big or busy store outlasts a route's
  // read deadline, so it runs under the longer write deadline.
  await db.writeQuery('await-indexes');
  const [row] = await db.readQuery('store-version');
  const version = Number(row?.version ?? 0);
  if (version >= STORE_VERSION) return;
  if (version < 1) {
    await migrateReports(db);
    await runBatches(db, 'backfill-importance');
  }
  // After the report fields: the tallies count event starts and speakers from them.
  if (version < 2) await rebuildReportTallies(db);
  // After the importance: it says which entities are hubs and gives the search tier.
  await buildHubLists(db);
  await runBatches(db, 'backfill-search-tier', SEARCH_TIER);
  await db.writeQuery('set-store-version', { version: STORE_VERSION });
}

/** A one-off backfill in bounded batches, until a batch updates nothing. */
async function runBatches(db: Database, name: string, params: Params = {}): Promise<void> {
  for (;;) {
    const [row] = await db.writeQuery(name, { ...params, batch: 10_000 });
    if (Number(row?.updated ?? 0) === 0) return;
  }
}
