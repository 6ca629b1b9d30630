/**
 * Search.
 *
 * Entities by name or alias, ranked by the full-text index (case and accent insensitive,
 * prefix and typo tolerant), with exact name or alias matches first: "SNC" is the Syrian
 * Negotiations Commission (an alias) before "SNC spokesman" (a longer name that scores higher).
 */
import type { Database } from '../db/database.ts';
import type { EntityJson } from '../model/json.ts';
import { toEntityJson } from './entity-json.ts';
import { luceneQuery } from './lucene-query.ts';
import { exactMatches } from './name-match.ts';

export interface SearchHit extends EntityJson {
  score: number;
  /** True when the text is exactly one of the entity's names, aliases or its id. */
  exact: boolean;
}

/** Extra candidates fetched so that an exact match ranked low by Lucene still makes the cut. */
const EXACT_HEADROOM = 20;

export async function searchEntities(db: Database, text: string, limit: number): Promise<SearchHit[]> {
  const q = luceneQuery(text);
  if (q === '') return [];
  const rows = await db.readQuery('search-entities', { q, limit: limit + EXACT_HEADROOM });
  const entities = rows.map((row) => toEntityJson(row.node as Record<string, unknown>));
  const exactIds = new Set(exactMatches(text, entities).map((entity) => entity.id));
  const hits = entities.map((entity, i) => ({
    ...entity,
    score: Number(rows[i]!.score),
    exact: exactIds.has(entity.id),
  }));
  // Array.prototype.sort is stable: Lucene's order is kept within each group.
  return hits.sort((a, b) => Number(b.exact) - Number(a.exact)).slice(0, limit);
}
