/**
 * View routes.
 *
 * `POST /api/views {name, state}` saves a view (201 `{id, name, createdAt}`), `GET /api/views`
 * lists them, `GET /api/views/:id` returns one with its state. The state is any JSON object up
 * to MAX_VIEW_STATE_BYTES once serialised (413 beyond); the name is cleaned of control characters
 * like every one-line field (src/text/clean-input.ts).
 */
import type { Router } from 'express';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { PayloadTooLargeError } from '../errors.ts';
import { createView, getView, listViews } from '../graph/views.ts';
import { cleanedLine, validate } from './validate.ts';

export const MAX_VIEW_STATE_BYTES = 1_000_000;

const viewBody = z.strictObject({
  name: cleanedLine(z.string({ error: 'name is required' }).trim().min(1, 'name must not be empty').max(200)),
  state: z.record(z.string(), z.unknown(), { error: 'state must be a JSON object' }),
});

const viewId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'a view id is letters, digits, - and _');

export function mountViewRoutes(api: Router, db: Database): void {
  api.post('/views', async (req, res) => {
    const { name, state } = validate('views', viewBody, req.body ?? {});
    const bytes = Buffer.byteLength(JSON.stringify(state));
    if (bytes > MAX_VIEW_STATE_BYTES) {
      throw new PayloadTooLargeError(`views: the state is ${bytes} bytes; the limit is ${MAX_VIEW_STATE_BYTES}`);
    }
    res.status(201).json(await createView(db, name, state));
  });

  api.get('/views', async (_req, res) => {
    res.json({ views: await listViews(db) });
  });

  api.get('/views/:id', async (req, res) => {
    res.json(await getView(db, validate('views', viewId, req.params.id)));
  });
}
