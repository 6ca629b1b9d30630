/**
 * Time routes.
 *
 * Says who, and when: the timeline behind the time slider, the disagreements between sources,
 * and the outlets and speakers to filter reports by.
 */
import type { Router } from 'express';
import type { Database } from '../db/database.ts';
import { findDisagreements } from '../graph/disagreements.ts';
import { getSources, getTimeline } from '../graph/timeline.ts';
import { disagreementsQuery, timelineQuery } from './schemas.ts';
import { validate } from './validate.ts';

export function mountTimeRoutes(api: Router, db: Database): void {
  api.get('/timeline', async (req, res) => {
    const { entity, type } = validate('timeline', timelineQuery, req.query);
    res.json(await getTimeline(db, { entity: entity ?? null, type: type ?? null }));
  });

  api.get('/disagreements', async (req, res) => {
    const { entity, limit } = validate('disagreements', disagreementsQuery, req.query);
    res.json(await findDisagreements(db, { entity: entity ?? null, limit }));
  });

  api.get('/sources', async (_req, res) => {
    res.json(await getSources(db));
  });
}
