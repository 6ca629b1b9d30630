/**
 * Bench Neo4j.
 *
 * Every suite that needs a database starts its own local Neo4j (neo4j-local) in a temporary home
 * on a free port, with the default `neo4j-local` memory settings (1 GiB heap, 1,200 MiB page cache),
 * so runs never touch a user's data and start from a known state. Its peak RSS comes from
 * /proc/<pid>/status.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { openDatabase } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/database.ts';
import { LOCAL_NEO4J_MEMORY } from '../../src/config.ts';
import { startLocalNeo4j } from '../../src/db/local-neo4j.ts';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { procMemory, type ProcMemory } from './machine.ts';
import { log } from './progress.ts';

export const NEO4J_HEAP = LOCAL_NEO4J_MEMORY.heap;
export const NEO4J_PAGECACHE = LOCAL_NEO4J_MEMORY.pagecache;

export interface BenchNeo4j {
  uri: string;
  pid: number;
  home: string;
  db: Database;
  /** A bare driver, for raw queries and auto-commit transactions (LOAD CSV ... IN TRANSACTIONS). */
  driver: Driver;
  memory(): ProcMemory | undefined;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(label: string, options: { allowCsvImport?: boolean } = {}): Promise<BenchNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `parley-bench-${label}-`));
  const started = performance.now();
  const running = await startLocalNeo4j({
    home,
    port: 0,
    heap: NEO4J_HEAP,
    pagecache: NEO4J_PAGECACHE,
    log,
    ...options,
  });
  log(`  Neo4j ready at ${running.uri} in ${((performance.now() - started) / 1000).toFixed(1)} s (home ${home})`);
  const db = openDatabase(running.uri);
  const driver = neo4j.driver(running.uri, undefined, { userAgent: 'parley-bench' });
  await applySchema(db);
  return {
    uri: running.uri,
    pid: running.pid,
    home,
    db,
    driver,
    memory: () => procMemory(running.pid),
    async stop() {
      await driver.close();
      await db.close();
      await running.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * Empties the database (constraints and indexes stay) in small transactions of their own:
 * relationships first, so that deleting a hub never drags its tens of thousands of relationships
 * into one transaction, and each step well inside neo4j-local's 60 s transaction timeout.
 */
export async function clearDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of [
      'MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS deleted',
      'MATCH (n) WITH n LIMIT 10000 DELETE n RETURN count(*) AS deleted',
    ]) {
      for (;;) {
        const result = await session.run(statement);
        if (Number(result.records[0]?.get('deleted') ?? 0) === 0) break;
      }
    }
  } finally {
    await session.close();
  }
}
