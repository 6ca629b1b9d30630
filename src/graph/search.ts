/**
 * Search.
 *
 * Entities by name or alias from the full-text index (case and accent insensitive, prefix and
 * typo tolerant), with exact name or alias matches first: "SNC" is the Syrian Negotiations
 * Commission (an alias) before "SNC spokesman" (a longer name that scores higher); then names
 * that begin with what was typed before typo matches, the most important first.
 *
 * A short prefix matches thousands of names, and a four-letter word as many within one edit; each
 * would be read to rank it. So the narrowest matches that hold the answer are ranked: the
 * prominent ones and the exact ones, or those that begin with what was typed, or every match
 * (search-entities.cypher); an answer a narrow stage does not settle is asked again wider.
 */
import type { Database, Params } from '../db/database.ts';
import type { EntityJson } from '../model/json.ts';
import { toEntityJson } from './entity-json.ts';
import { searchQueries, typoTolerantTerms, type SearchQueries } from './lucene-query.ts';
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

/** One search-entities answer: how narrow it was, and its ranked hits. */
export interface RankedHits {
  stage: 'tiered' | 'prefixes' | 'every';
  hits: { node: Record<string, unknown>; score: number; exact: boolean; prefixed: boolean }[];
}

/**
 * The probes to ask with next, or null when `answer` is the answer: a narrow stage settles it when
 * full and its last hit is exact or begins with the words typed, since every match it did not
 * read ranks below that.
 */
export function nextProbes(answer: RankedHits, wanted: number, probes: string[]): string[] | null {
  const last = answer.hits[wanted - 1];
  if (answer.stage === 'every' || (last && (last.exact || last.prefixed))) return null;
  return answer.stage === 'tiered' ? probes.slice(0, 1) : [];
}

/** search-entities' parameters; a `window` is ranked over every match (its filter is per hit). */
export function searchParams(text: string, queries: SearchQueries, wanted: number, window: Window | null) {
  return {
    ...queries,
    probes: window ? [] : queries.probes,
    text: text.trim(),
    typoTerms: typoTolerantTerms(text),
    limit: wanted,
    window: windowParam(window),
  };
}

/**
 * The `wanted` best matches of `text`, ranked by search-entities through `read`: the narrowest
 * stage first, a wider one while an answer is not settled. [] when the text holds no word.
 */
export async function rankMatches(
  read: (params: Params) => Promise<unknown[]>,
  text: string,
  wanted: number,
  window: Window | null,
): Promise<RankedHits['hits']> {
  const queries = searchQueries(text);
  if (!queries) return [];
  const params = searchParams(text, queries, wanted, window);
  const ranked = async (probes: string[]) => (await read({ ...params, probes }))[0] as RankedHits;
  let answer = await ranked(params.probes);
  for (let probes = nextProbes(answer, wanted, params.probes); probes; probes = nextProbes(answer, wanted, probes)) {
    answer = await ranked(probes);
  }
  return answer.hits;
}

/** With a window, only entities inside it that have a fact with a report inside it. */
export async function searchEntities(
  db: Database,
  text: string,
  limit: number,
  window: Window | null = null,
): Promise<SearchHit[]> {
  const wanted = limit + EXACT_HEADROOM;
  const found = await rankMatches((params) => db.readQuery('search-entities', params), text, wanted, window);
  const entities = found.map((hit) => toEntityJson(hit.node));
  const exactIds = new Set(exactMatches(text, entities).map((entity) => entity.id));
  // Array.prototype.sort is stable: Lucene's order is kept within each group. Only the hits
  // answered are copied out (the headroom's are read to find the exact ones, then dropped).
  return entities
    .map((entity, i) => ({ entity, score: found[i]!.score, exact: exactIds.has(entity.id) }))
    .sort((a, b) => Number(b.exact) - Number(a.exact))
    .slice(0, limit)
    .map(({ entity, score, exact }) => ({ ...entity, score: Number(score), exact }));
}

/** The search answer of the API: with a window, its account over the facts of the hits. */
export async function searchAnswer(db: Database, text: string, limit: number, window: Window | null) {
  const results = await searchEntities(db, text, limit, window);
  if (!window) return { query: text, results };
  const ids = results.map((hit) => hit.id);
  return { query: text, results, timeFilter: await describeWindow(db, window, ids, results.length === 0) };
}
