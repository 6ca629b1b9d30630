/**
 * App.
 *
 * The express application: the JSON API of ../shared/DESIGN.md under /api, the built web client
 * at /, and one error handler. Handlers only validate, call a src/graph function and send what
 * it returns; they hold no logic of their own.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { getEdgeEvidence } from '../graph/edge-evidence.ts';
import { findPaths } from '../graph/find-paths.ts';
import { getEntityDetails, getNeighbours } from '../graph/entity-details.ts';
import { answerCaches, detailsKey, type AnswerCaches } from '../graph/answer-cache.ts';
import { getOverview } from '../graph/overview.ts';
import { ConsoleBudget } from '../graph/console-budget.ts';
import { runCypher } from '../graph/run-cypher.ts';
import { searchAnswer } from '../graph/search.ts';
import { openWindow } from '../graph/report-window.ts';
import type { HealthJson } from '../model/json.ts';
import { mountArticleRoutes } from './article-routes.ts';
import { mountViewRoutes } from './view-routes.ts';
import { mountTimeRoutes } from './time-routes.ts';
import { errorHandler } from './error-handler.ts';
import { securityHeaders } from './security/headers.ts';
import { hostCheck } from './security/host-check.ts';
import { bodyShapeCheck } from './security/body-shape.ts';
import {
  cypherBody,
  edgeId,
  edgeQuery,
  entityId,
  graphQuery,
  neighboursQuery,
  nodeQuery,
  pathsFilter,
  pathsQuery,
  reportFilter,
  searchQuery,
} from './schemas.ts';
import { validate } from './validate.ts';

export interface AppOptions {
  db: Database;
  config: Config;
  /** Folder of the built client; not served when absent. */
  clientDir?: string;
  /** The unfiltered overviews, timeline and sources, kept while the graph is unchanged (`parley serve` warms them). */
  caches?: AnswerCaches;
}

export function createApp({ db, config, clientDir, caches = answerCaches(db) }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: express hashed every JSON answer (SHA-1 of the body) for a validator the client
  // never sends back. The built client's files keep theirs (express.static's own), and the
  // index.html of a deep link its Last-Modified.
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(securityHeaders, hostCheck(config));
  const api = express.Router();
  api.use(express.json({ limit: '4mb' }));
  api.use(bodyShapeCheck);

  api.get('/health', async (_req, res) => {
    const info = await db.serverInfo();
    const body: HealthJson = {
      status: info.connected ? 'ok' : 'unavailable',
      neo4j: { connected: info.connected, version: info.version, edition: info.edition, uri: db.uri },
    };
    res.status(info.connected ? 200 : 503).json(body);
  });

  api.get('/graph', async (req, res) => {
    const { limit, ...time } = validate('graph', graphQuery, req.query);
    const window = await openWindow(db, reportFilter('graph', time));
    res.json(await (window ? getOverview(db, limit, window) : caches.overviews.get(limit)));
  });

  api.get('/search', async (req, res) => {
    const { q, limit, ...time } = validate('search', searchQuery, req.query);
    res.json(await searchAnswer(db, q, limit, await openWindow(db, reportFilter('search', time))));
  });

  api.get('/nodes/:id', async (req, res) => {
    const id = validate('nodes', entityId, req.params.id);
    const { edges, articles, evidence, offset, ...time } = validate('nodes', nodeQuery, req.query);
    const window = await openWindow(db, reportFilter('nodes', time));
    const limits = { edges, articles, evidence, offset };
    res.json(
      await (window ? getEntityDetails(db, id, limits, window) : caches.details.get(detailsKey({ id, ...limits }))),
    );
  });

  api.get('/nodes/:id/neighbours', async (req, res) => {
    const id = validate('neighbours', entityId, req.params.id);
    const { types, limit, shown, ...time } = validate('neighbours', neighboursQuery, req.query);
    const window = await openWindow(db, reportFilter('neighbours', time));
    res.json(await getNeighbours(db, id, { types, limit, shown, window }));
  });

  api.get('/edges/:id', async (req, res) => {
    const id = validate('edges', edgeId, req.params.id);
    res.json(await getEdgeEvidence(db, id, validate('edges', edgeQuery, req.query)));
  });

  api.get('/paths', async (req, res) => {
    const query = validate('paths', pathsQuery, req.query);
    res.json(await findPaths(db, { ...query, window: await openWindow(db, pathsFilter('paths', query)) }));
  });

  const consoleBudget = new ConsoleBudget(config.consoleBudget, Math.ceil(config.cypher.timeoutMs / 1000));
  api.post('/cypher', async (req, res) => {
    const { query, params, plan } = validate('cypher', cypherBody, req.body ?? {});
    const client = req.socket.remoteAddress ?? 'unknown';
    res.json(await consoleBudget.run(client, () => runCypher(db, query, params, config.cypher, plan)));
  });

  mountArticleRoutes(api, db);
  mountViewRoutes(api, db);
  mountTimeRoutes(api, db, caches);

  api.use((req) => {
    throw new NotFoundError(`api: no route ${req.method} ${req.baseUrl}${req.path}`);
  });
  app.use('/api', api);

  if (clientDir && fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}
