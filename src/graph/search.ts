/**
 * Search.
 *
 * Entities by name or alias, ranked by the full-text index (case and accent insensitive,
 * prefix and typo tolerant).
 */
import type { Database } from '../db/database.ts';
import type { EntityJson } from '../model/json.ts';
import { toEntityJson } from './entity-json.ts';
import { luceneQuery } from './lucene-query.ts';

export interface SearchHit extends EntityJson {
  score: number;
}

export async function searchEntities(db: Database, text: string, limit: number): Promise<SearchHit[]> {
  const q = luceneQuery(text);
  if (q === '') return [];
  const rows = await db.readQuery('search-entities', { q, limit });
  return rows.map((row) => ({ ...toEntityJson(row.node as Record<string, unknown>), score: Number(row.score) }));
}
