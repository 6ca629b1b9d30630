/**
 * Test database.
 *
 * Opens the run's Neo4j (see test/global-setup.ts) with the schema applied and the seed loaded,
 * the state every integration test starts from.
 */
import { inject } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/database.ts';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { loadSeed } from '../../src/seed/load-seed.ts';

export async function openSeededDatabase(): Promise<Database> {
  const db = openDatabase(inject('neo4jUri'), {
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
  });
  await applySchema(db);
  await loadSeed(db);
  return db;
}
