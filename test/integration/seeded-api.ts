/**
 * Seeded API.
 *
 * The setup most integration files share: the run's Neo4j with the seed loaded, the real express
 * app on a loopback port, both closed after the file; with `restoreAfter`, the graph is put back
 * as it was, for the files that write and the ones that read the seed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { AppOptions } from '../../src/api/app.ts';
import type { Database } from '../../src/db/database.ts';
import { openDriver, restoreSnapshot, takeSnapshot, type GraphSnapshot } from '../support/graph-snapshot.ts';
import { serve, type TestServer } from './http.ts';
import { openSeededDatabase } from './test-db.ts';

export interface SeededApi {
  readonly db: Database;
  readonly api: TestServer;
}

export interface SeededApiOptions {
  config?: AppOptions['config'];
  /** Snapshot the graph before `prepare` and restore it after the file. */
  restoreAfter?: boolean;
  /** Writes the file's own data before the API starts. */
  prepare?: (db: Database) => Promise<void>;
}

/** Registers the file's beforeAll/afterAll; `db` and `api` are there once beforeAll has run. */
export function useSeededApi(options: SeededApiOptions = {}): SeededApi {
  let db: Database | undefined;
  let api: TestServer | undefined;
  let snapshot: GraphSnapshot | undefined;
  const driver = options.restoreAfter ? openDriver() : undefined;
  beforeAll(async () => {
    db = await openSeededDatabase();
    if (driver) snapshot = await takeSnapshot(driver);
    await options.prepare?.(db);
    api = await serve({ db, ...(options.config ? { config: options.config } : {}) });
  });
  afterAll(async () => {
    await api?.close();
    if (driver && snapshot) await restoreSnapshot(driver, snapshot);
    await driver?.close();
    await db?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSeededApi: used before beforeAll ran');
    return value;
  };
  return {
    get db() {
      return started(db);
    },
    get api() {
      return started(api);
    },
  };
}
