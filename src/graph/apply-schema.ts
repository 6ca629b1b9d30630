/**
 * Apply schema.
 *
 * Creates the constraints and indexes of `cypher/schema.cypher` (idempotent) and waits until
 * they are online, so that the first search after start-up already finds everything.
 */
import type { Database } from '../db/database.ts';

export async function applySchema(db: Database): Promise<void> {
  await db.runStatements('schema');
  await db.readQuery('await-indexes');
}
