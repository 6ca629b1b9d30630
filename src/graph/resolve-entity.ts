/**
 * Resolve entity.
 *
 * Finds the one entity a user means by an id, a name or an alias (case and accent insensitive).
 * An unknown name is a NotFoundError that suggests the closest names.
 */
import type { Database } from '../db/database.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { EntityJson } from '../model/json.ts';
import { toEntityJson } from './entity-json.ts';
import { luceneLooseQuery, luceneQuery } from './lucene-query.ts';
import { closeMatches, exactMatches } from './name-match.ts';

async function candidates(db: Database, text: string, q: string): Promise<EntityJson[]> {
  const rows = await db.readQuery('entity-candidates', { id: text.trim(), q: q || '__nothing__', limit: 25 });
  return rows.map((row) => toEntityJson(row.node as Record<string, unknown>));
}

export async function resolveEntity(db: Database, text: string, what = 'entity'): Promise<EntityJson> {
  if (text.trim() === '') throw new ValidationError(`${what}: give an entity id, name or alias`);
  // Most callers (the UI, scripts) pass an id: one index lookup, no full-text search.
  const [byId] = await db.readQuery('entity-by-id', { id: text.trim() });
  if (byId) return toEntityJson(byId.node as Record<string, unknown>);
  const exact = exactMatches(text, await candidates(db, text, luceneQuery(text)));
  if (exact[0]) return exact[0];
  const suggestions = closeMatches(text, await candidates(db, text, luceneLooseQuery(text)));
  const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?)` : '';
  throw new NotFoundError(`${what}: unknown entity '${text}'${hint}`, suggestions);
}
