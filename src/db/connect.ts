/**
 * Connect.
 *
 * Chooses the Neo4j that Parley talks to: the server named by NEO4J_URI when set (any Neo4j 5 or
 * Aura: bolt://, neo4j://, neo4j+s://), else a `parley db start` Neo4j already running on the
 * data directory, else a local Neo4j started now as a child that stops with us and that we
 * restart when it dies (src/db/supervise-neo4j.ts).
 */
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.ts';
import { Database, DEADLINES, LIVENESS, type DriverFactory } from './database.ts';
import { readLocalState } from './local-neo4j.ts';
import { superviseLocalNeo4j } from './supervise-neo4j.ts';

export function localNeo4jHome(config: Config): string {
  return path.join(config.dataDir, 'neo4j');
}

export interface ConnectOptions {
  user?: string;
  password?: string;
  database?: string;
  /** Deadline of one read (default DEADLINES.readMs). */
  readTimeoutMs?: number;
}

function driverFactory(auth: ConnectOptions): DriverFactory {
  const token = auth.user ? neo4j.auth.basic(auth.user, auth.password ?? '') : undefined;
  return (uri, role) =>
    neo4j.driver(
      uri,
      token,
      role === 'queries'
        ? {
            // Short waits so that an unreachable Neo4j is a quick 503, not a hung request.
            connectionTimeout: 3_000,
            connectionAcquisitionTimeout: 5_000,
            maxTransactionRetryTime: 1_000,
            userAgent: 'parley',
          }
        : {
            // One question at a time needs one connection.
            maxConnectionPoolSize: 1,
            connectionTimeout: LIVENESS.silentMs,
            connectionAcquisitionTimeout: LIVENESS.silentMs,
            maxTransactionRetryTime: 0,
            userAgent: 'parley-liveness',
          },
    );
}

export function openDatabase(uri: string, auth: ConnectOptions = {}, onClose?: () => Promise<void>): Database {
  const deadlines = { ...DEADLINES, readMs: auth.readTimeoutMs ?? DEADLINES.readMs };
  return new Database(uri, driverFactory(auth), auth.database, onClose, deadlines);
}

export async function connectDatabase(config: Config, log: (line: string) => void = () => {}): Promise<Database> {
  const readTimeoutMs = config.dbReadTimeoutMs;
  if (config.neo4j) {
    const { uri, user, password, database } = config.neo4j;
    return openDatabase(uri, { user, password, database, readTimeoutMs });
  }
  const home = localNeo4jHome(config);
  const running = readLocalState(home);
  if (running) {
    log(`Using the local Neo4j started by 'parley db start' at ${running.uri}.`);
    return openDatabase(running.uri, { readTimeoutMs });
  }
  log(`Starting the local Neo4j (data in ${home})...`);
  const started = Date.now();
  // The hooks run only after the first start has returned, by when `db` below exists.
  const supervisor = await superviseLocalNeo4j(
    { home, port: config.localNeo4j.port, heap: config.localNeo4j.heap, pagecache: config.localNeo4j.pagecache, log },
    {
      down: (message) => db.markRestarting(message),
      up: (uri) => db.reconnect(uri),
    },
  );
  log(`Neo4j is ready at ${supervisor.uri} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  const db = openDatabase(supervisor.uri, { readTimeoutMs }, () => supervisor.stop());
  return db;
}
