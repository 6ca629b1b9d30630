/**
 * Views.
 *
 * Saved views (Bloom's scenes): the explorer's whole state (nodes, positions, pins, filters,
 * appearance, selection, camera) stored as one `(:View)` node under a short random id, so that
 * `/?view=<id>` reopens exactly what was shown. The state is opaque here: the client owns its shape.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';

export interface ViewSummary {
  id: string;
  name: string;
  createdAt: string;
}

export interface SavedView extends ViewSummary {
  state: unknown;
}

export const VIEW_LIST_LIMIT = 200;

/** 12 base64url characters: 72 random bits, short enough for a link, too many to guess. */
function newViewId(): string {
  return randomBytes(9).toString('base64url');
}

export async function createView(db: Database, name: string, state: unknown): Promise<ViewSummary> {
  const [row] = await db.writeQuery(
    'views-create',
    { id: newViewId(), name, state: JSON.stringify(state) },
    { changesGraph: false },
  );
  return row as unknown as ViewSummary;
}

export async function listViews(db: Database): Promise<ViewSummary[]> {
  return (await db.readQuery('views-list', { limit: VIEW_LIST_LIMIT })) as unknown as ViewSummary[];
}

export async function getView(db: Database, id: string): Promise<SavedView> {
  const [row] = await db.readQuery('views-by-id', { id });
  if (!row) throw new NotFoundError(`views: no saved view '${id}'`);
  return {
    id: String(row.id),
    name: String(row.name),
    createdAt: String(row.createdAt),
    state: JSON.parse(String(row.state)),
  };
}
