// Integration: the API while Neo4j is down answers 503 on every route, and recovers by itself
// when Neo4j comes back. Uses its own local Neo4j so that stopping it disturbs no other test.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/database.ts';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/db/local-neo4j.ts';
import { prepareDatabase } from '../../src/server.ts';
import { ROUTES, type Route } from './faults-server.ts';
import { serve, type TestServer } from './http.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('Neo4j outage', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-outage-'));
  let port: number;
  let neo4j: RunningNeo4j;
  let db: Database;
  let api: TestServer;

  beforeAll(async () => {
    port = await freePort();
    neo4j = await startLocalNeo4j({ home, port, heap: '512m', pagecache: '64m' });
    db = openDatabase(neo4j.uri);
    await prepareDatabase(db, () => {});
    api = await serve({ db });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  const call = ([method, route, body]: Route) => (method === 'GET' ? api.get(route) : api.post(route, body));

  it('answers 503 on every route while Neo4j is stopped, then recovers when it restarts', async () => {
    for (const route of ROUTES) expect((await call(route)).status, route[1]).toBeLessThan(300);

    await neo4j.stop();
    for (const route of ROUTES) {
      const { status, body } = await call(route);
      expect(status, route[1]).toBe(503);
      if (route[1] !== '/api/health') expect(body.error.code).toBe('database_unavailable');
      else expect(body.neo4j.connected).toBe(false);
    }

    neo4j = await startLocalNeo4j({ home, port, heap: '512m', pagecache: '64m' });
    for (const route of ROUTES) expect((await call(route)).status, route[1]).toBeLessThan(300);
  }, 120_000);
});
