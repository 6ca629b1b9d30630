/**
 * Connect.
 *
 * Chooses the Neo4j that Parley talks to: the server named by NEO4J_URI when set (any Neo4j 5 or
 * Aura: bolt://, neo4j://, neo4j+s://), else a `parley db start` Neo4j already running on the
 * data directory, else a local Neo4j started now as a child that stops with us.
 */
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.ts';
import { Database } from './database.ts';
import { readLocalState, startLocalNeo4j } from './local-neo4j.ts';

export function localNeo4jHome(config: Config): string {
  return path.join(config.dataDir, 'neo4j');
}

export function openDatabase(
  uri: string,
  auth: { user?: string; password?: string; database?: string } = {},
  onClose?: () => Promise<void>,
): Database {
  const driver = neo4j.driver(uri, auth.user ? neo4j.auth.basic(auth.user, auth.password ?? '') : undefined, {
    // Short waits so that an unreachable Neo4j is a quick 503, not a hung request.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 1_000,
    userAgent: 'parley',
  });
  return new Database(driver, uri, auth.database, onClose);
}

export async function connectDatabase(config: Config, log: (line: string) => void = () => {}): Promise<Database> {
  if (config.neo4j) {
    const { uri, user, password, database } = config.neo4j;
    return openDatabase(uri, { user, password, database });
  }
  const home = localNeo4jHome(config);
  const running = readLocalState(home);
  if (running) {
    log(`Using the local Neo4j started by 'parley db start' at ${running.uri}.`);
    return openDatabase(running.uri);
  }
  log(`Starting the local Neo4j (data in ${home})...`);
  const started = Date.now();
  const neo4jProcess = await startLocalNeo4j({
    home,
    port: config.localNeo4j.port,
    heap: config.localNeo4j.heap,
    pagecache: config.localNeo4j.pagecache,
    log,
  });
  log(`Neo4j is ready at ${neo4jProcess.uri} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return openDatabase(neo4jProcess.uri, {}, () => neo4jProcess.stop());
}
