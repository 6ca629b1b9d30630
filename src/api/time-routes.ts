/**
 * Time routes.
 *
 * Says who, and when: the timeline behind the time slider, the disagreements between sources,
 * and the outlets and speakers to filter reports by (searchable and paged: thousands of outlets).
 */
import type { Router } from 'express';
import type { Database } from '../db/database.ts';
import { findDisagreements } from '../graph/disagreements.ts';
import type { AnswerCaches } from '../graph/answer-cache.ts';
import { getTimeline } from '../graph/timeline.ts';
import { pageSources } from '../graph/sources.ts';
import { disagreementsQuery, sourcesQuery, timelineQuery } from './schemas.ts';
import { validate } from './validate.ts';

export function mountTimeRoutes(api: Router, db: Database, caches: AnswerCaches): void {
  api.get('/timeline', async (req, res) => {
    const { entity, type } = validate('timeline', timelineQuery, req.query);
    res.json(await (entity ? getTimeline(db, { entity, type: type ?? null }) : caches.timelines.get(type ?? null)));
  });

  api.get('/disagreements', async (req, res) => {
    const { entity, limit } = validate('disagreements', disagreementsQuery, req.query);
    res.json(await findDisagreements(db, { entity: entity ?? null, limit }));
  });

  api.get('/sources', async (req, res) => {
    res.json(pageSources(await caches.sources.get(null), validate('sources', sourcesQuery, req.query)));
  });
}
