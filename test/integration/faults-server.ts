/**
 * Fault-test server.
 *
 * Starts Parley as `parley serve` does (src/server.ts), with a local Neo4j of its own in a
 * temporary data directory, so that a fault test can kill or stop that JVM without touching the
 * run's shared Neo4j. Gives the JVM's pid, the routes a user calls, and a timed call.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { localNeo4jHome } from '../../src/db/connect.ts';
import { readLocalState } from '../../src/db/local-neo4j.ts';
import { startServer, type RunningServer } from '../../src/server.ts';

export interface FaultServer {
  running: RunningServer;
  /** What the server logged, line by line. */
  log: string[];
  /** The pid of the Neo4j JVM this server runs now. */
  neo4jPid(): number;
  /** Calls a route; `ms` is how long the answer took. */
  call(route: Route): Promise<{ status: number; body: any; ms: number }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

export type Route = [method: 'GET' | 'POST', path: string, body?: unknown];

/** One route of each kind a user calls, the console and a write included. */
export const ROUTES: Route[] = [
  ['GET', '/api/health'],
  ['GET', '/api/graph'],
  ['GET', '/api/search?q=SNC'],
  ['GET', '/api/nodes/russia'],
  ['GET', '/api/nodes/russia/neighbours'],
  ['GET', '/api/paths?from=Russia&to=SNC'],
  ['GET', '/api/timeline?entity=russia'],
  ['POST', '/api/cypher', { query: 'MATCH (n:Entity) RETURN count(n) AS n' }],
  ['POST', '/api/views', { name: 'fault test', state: {} }],
];

export async function startFaultServer(): Promise<FaultServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-fault-'));
  const config = {
    ...loadConfig(),
    host: '127.0.0.1',
    port: 0,
    neo4j: undefined,
    dataDir,
    localNeo4j: { heap: '512m', pagecache: '64m', port: 0 },
    // A cold JVM on a loaded machine may plan a query for longer than the usual deadline; the
    // 503s these tests look for come from the outage checks, not from this deadline.
    dbReadTimeoutMs: 30_000,
  };
  const log: string[] = [];
  const running = await startServer(config, (line) => log.push(line));
  return {
    running,
    log,
    neo4jPid() {
      const state = readLocalState(localNeo4jHome(config));
      if (!state) throw new Error('fault test: no local Neo4j is recorded in the data directory');
      return state.pid;
    },
    async call([method, route, body]) {
      const started = performance.now();
      const response = await fetch(running.url + route, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json(), ms: performance.now() - started };
    },
    async close() {
      await running.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls `route` until it answers 2xx, at most `timeoutMs`; the time it took. */
export async function waitUntilAnswering(server: FaultServer, route: Route, timeoutMs: number): Promise<number> {
  const started = performance.now();
  let last = '';
  while (performance.now() - started < timeoutMs) {
    const { status, body } = await server.call(route);
    if (status < 300) return performance.now() - started;
    last = `${status} ${JSON.stringify(body)}`;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`fault test: ${route[1]} did not answer within ${timeoutMs} ms (last: ${last})`);
}

/** Every route answers 2xx again, each within `timeoutMs`; the time it took in all. */
export async function waitUntilAllAnswer(server: FaultServer, timeoutMs: number): Promise<number> {
  let total = 0;
  for (const route of ROUTES) total += await waitUntilAnswering(server, route, timeoutMs);
  return total;
}

/**
 * A fault server for the enclosing `describe`: started and answering on every route before its
 * tests (minutes, not seconds: a JVM start, the seed and the warm-up on a loaded 2-core machine),
 * closed after them.
 */
export function useFaultServer(): () => FaultServer {
  let server: FaultServer | undefined;
  beforeAll(async () => {
    server = await startFaultServer();
    await waitUntilAllAnswer(server, 120_000);
  }, 420_000);
  afterAll(async () => {
    await server?.close();
  });
  return () => server!;
}
