/**
 * Server.
 *
 * Starts everything `npm start` needs: the database (local Neo4j unless NEO4J_URI is set), the
 * schema, the seed graph when the database is empty, the web client build, and the HTTP server.
 * Stops them in reverse order on SIGINT/SIGTERM. While it serves, it watches that Neo4j answers,
 * so that a hung Neo4j is a quick 503 on every route (see `Database.watchLiveness`).
 */
import type { Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { connectDatabase } from './db/connect.ts';
import type { Database } from './db/database.ts';
import { createApp } from './api/app.ts';
import { ensureClientBuilt } from './api/client-build.ts';
import { applySchema } from './graph/apply-schema.ts';
import { getCounts } from './graph/overview.ts';
import { answerCaches } from './graph/answer-cache.ts';
import { warmPlans } from './graph/warm-plans.ts';
import { ValidationError } from './errors.ts';
import { loadSeed } from './seed/load-seed.ts';
import { stopSharedParser } from './nlp/parser.ts';

export interface RunningServer {
  url: string;
  db: Database;
  server: Server;
  close(): Promise<void>;
}

/** Schema and seed; true when the database answered. */
export async function prepareDatabase(db: Database, log: (line: string) => void): Promise<boolean> {
  try {
    await applySchema(db);
    const counts = await getCounts(db);
    if (counts.nodes === 0) {
      log('The database is empty: loading the seed graph...');
      const [summary] = await loadSeed(db);
      log(`Seeded ${summary?.entities.total ?? 0} entities and ${summary?.relations.total ?? 0} relation reports.`);
    }
    return true;
  } catch (error) {
    log(`Neo4j is not answering yet (${(error as Error).message}); the API answers 503 until it does.`);
    return false;
  }
}

function listenError(error: NodeJS.ErrnoException, config: Config): Error {
  if (error.code === 'EADDRINUSE') {
    return new ValidationError(
      `serve: ${config.host}:${config.port} is already in use; choose another port with PORT=...`,
    );
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') {
    return new ValidationError(
      `serve: cannot listen on ${config.host}:${config.port} (${error.code}); check HOST and PORT`,
    );
  }
  return error;
}

/** Fails on a taken port before the slow start (Neo4j, client build), not a minute into it. */
function checkPortFree(config: Config): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, config)));
    probe.listen(config.port, config.host, () => probe.close(() => resolve()));
  });
}

function listen(app: ReturnType<typeof createApp>, config: Config): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    // Express 5 hands listen errors to the callback rather than emitting them.
    const listening = app.listen(config.port, config.host, (error?: NodeJS.ErrnoException) => {
      if (error) reject(listenError(error, config));
      else resolve(listening);
    });
  });
}

export async function startServer(config: Config, log: (line: string) => void = console.log): Promise<RunningServer> {
  await checkPortFree(config);
  const [db, clientDir] = await Promise.all([connectDatabase(config, log), ensureClientBuilt(log)]);
  let prepared = await prepareDatabase(db, log);
  // After the seed, whose long first transaction must not look like a hang.
  db.watchLiveness();
  if (prepared) {
    const counts = await getCounts(db);
    log(
      `The graph holds ${counts.nodes} entities, ${counts.relationships} relationships, ${counts.articles} articles.`,
    );
  }
  const caches = answerCaches(db);
  // Read now, so the analyst's first picture and time slider do not wait; a failure is met again there.
  if (prepared) caches.warm().catch(() => {});
  if (prepared) void warmPlans(db);
  const app = createApp({ db, config, clientDir, caches });
  let server: Server;
  try {
    server = await listen(app, config);
  } catch (error) {
    await db.close();
    throw error;
  }
  // A Neo4j that was down at start-up gets its schema and seed once it answers.
  const retry = setInterval(async () => {
    if (!prepared) prepared = await prepareDatabase(db, () => {});
    if (prepared) clearInterval(retry);
  }, 5_000);
  retry.unref();
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    db,
    server,
    async close() {
      clearInterval(retry);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await db.close();
      await stopSharedParser();
    },
  };
}
