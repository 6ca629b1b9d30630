/**
 * Migrate reports.
 *
 * Stores written before reports carried event time, speaker, denial and basis get those lists
 * (with the defaults DESIGN.md gives old reports) and the fact-level summary, so that merges and
 * filters find every list aligned. Runs at every start; a migrated store is left unchanged.
 */
import type { Database } from '../db/database.ts';

/** How many relationships it had to fill. */
export async function migrateReports(db: Database): Promise<number> {
  const [row] = await db.batchedWrite('migrate-reports');
  return Number(row?.migrated ?? 0);
}
