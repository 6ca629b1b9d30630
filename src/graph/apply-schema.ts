/**
 * Apply schema.
 *
 * Creates the constraints and indexes of `cypher/schema.cypher` (idempotent) and waits until
 * they are online, so that the first search after start-up already finds everything; then brings
 * a store written by an older version up to date: reports get the current fields, entities an
 * importance, the timeline and the sources their kept counts, hubs their lists. The store records the version it reached, so a current store skips those scans,
 * which read every relationship and entity.
 */
import type { Database } from '../db/database.ts';
import { buildHubLists } from './hub-lists.ts';
import { migrateReports } from './migrate-reports.ts';
import { rebuildReportTallies } from './report-tallies.ts';

/**
 * Raise it with every migration added here. 1: report fields and importance; 2: report tallies;
 * 3: hub lists.
 */
export const STORE_VERSION = 3;

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
    await backfillImportance(db);
  }
  if (version < 2) {
    // After the report fields: the tallies count event starts and speakers from them.
    await rebuildReportTallies(db);
  }
  // After the importance: it says which entities are hubs.
  await buildHubLists(db);
  await db.writeQuery('set-store-version', { version: STORE_VERSION });
}

/** Stores written before entities carried an importance get it once, in bounded batches. */
async function backfillImportance(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.writeQuery('backfill-importance', { batch: 10_000 });
    if (Number(row?.updated ?? 0) === 0) return;
  }
}
