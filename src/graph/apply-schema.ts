/**
 * Apply schema.
 *
 * Creates the constraints and indexes of `cypher/schema.cypher` (idempotent) and waits until
 * they are online, so that the first search after start-up already finds everything; then brings
 * reports stored by older versions up to the current fields and gives their entities an importance.
 */
import type { Database } from '../db/database.ts';
import { migrateReports } from './migrate-reports.ts';

export async function applySchema(db: Database): Promise<void> {
  await db.runStatements('schema');
  await db.readQuery('await-indexes');
  await migrateReports(db);
  await backfillImportance(db);
}

/** Stores written before entities carried an importance get it once, in bounded batches. */
async function backfillImportance(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.writeQuery('backfill-importance', { batch: 10_000 });
    if (Number(row?.updated ?? 0) === 0) return;
  }
}
