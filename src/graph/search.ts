/**
 * Search.
 *
 * Entities by name or alias from the full-text index (case and accent insensitive, prefix and
 * typo tolerant), with exact name or alias matches first: "SNC" is the Syrian Negotiations
 * Commission (an alias) before "SNC spokesman" (a longer name that scores higher); then names
 * that begin with what was typed before typo matches, the most important first.
 */
import type { Database } from '../db/database.ts';
import type { EntityJson } from '../model/json.ts';
import { toEntityJson } from './entity-json.ts';
import { luceneQuery, typoTolerantTerms } from './lucene-query.ts';
import { exactMatches } from './name-match.ts';
import { describeWindow, windowParam } from './report-window.ts';
import type { Window } from './window-facts.ts';

export interface SearchHit extends EntityJson {
  score: number;
  /** True when the text is exactly one of the entity's names, aliases or its id. */
  exact: boolean;
}

/** Extra candidates fetched so that an exact match ranked low by Lucene still makes the cut. */
export const EXACT_HEADROOM = 20;

/** With a window, only entities inside it that have a fact with a report inside it. */
export async function searchEntities(
  db: Database,
  text: string,
  limit: number,
  window: Window | null = null,
): Promise<SearchHit[]> {
  const q = luceneQuery(text);
  if (q === '') return [];
  const rows = await db.readQuery('search-entities', {
    q,
    text: text.trim(),
    typoTerms: typoTolerantTerms(text),
    limit: limit + EXACT_HEADROOM,
    window: windowParam(window),
  });
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

/** The search answer of the API: with a window, its account over the facts of the hits. */
export async function searchAnswer(db: Database, text: string, limit: number, window: Window | null) {
  const results = await searchEntities(db, text, limit, window);
  if (!window) return { query: text, results };
  const ids = results.map((hit) => hit.id);
  return { query: text, results, timeFilter: await describeWindow(db, window, ids, results.length === 0) };
}
