/**
 * API server (bench child process).
 *
 * Parley's API exactly as `parley serve` builds it (`createApp` over `openDatabase`), in a process
 * of its own so that its peak RSS is measured honestly; with the built web client too when
 * BENCH_CLIENT is set (the client suite drives the real app). Reads the Neo4j URI from
 * BENCH_NEO4J_URI, listens on a free port and prints `API_READY <port>` once its start-up warm-ups
 * (the answer caches and the hot queries' plans, as `parley serve` runs them in the background)
 * are done: the suites measure the API as it serves, not while those warm-ups share its two cores
 * (they took 15 and 33 s at 100k under load 13, the whole of the first route's cells).
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/api/app.ts';
import { ensureClientBuilt } from '../src/api/client-build.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connect.ts';
import { answerCaches } from '../src/graph/answer-cache.ts';
import { warmPlans } from '../src/graph/warm-plans.ts';

const uri = process.env.BENCH_NEO4J_URI;
if (!uri) {
  console.error('api-server: BENCH_NEO4J_URI is not set');
  process.exit(2);
}
const db = openDatabase(uri);
const clientDir = process.env.BENCH_CLIENT ? await ensureClientBuilt() : undefined;
// Warmed at start as `parley serve` does, here waited for.
const caches = answerCaches(db);
const warmed = Promise.all([caches.warm().catch(() => {}), warmPlans(db)]);
const app = createApp({ db, config: loadConfig(), caches, ...(clientDir ? { clientDir } : {}) });
const server = app.listen(0, '127.0.0.1', () => {
  void warmed.then(() => console.log(`API_READY ${(server.address() as AddressInfo).port}`));
});
const stop = () => {
  server.close();
  void db.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
