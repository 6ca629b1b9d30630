/**
 * Warm plans.
 *
 * Neo4j plans a query the first time it meets its text with those parameter types, and keeps the
 * plan. The hot routes' queries take seconds to plan on two busy cores (detour-paths 3-6 s, 35 s
 * on a JVM just started), so the first users after a start or a load would wait that long, and
 * ten of them at once all wait. At start, in the background, each of those queries runs once,
 * one after another, with the parameter types its route sends and ids no entity has: nothing is
 * read, only the plan made. Neo4j keeps a plan per parameter types and per size class of each
 * string: a plan made for 16-letter ids is not used for 6-letter ones (measured: 0.75-1.45 s to
 * plan again, 0.02 s when warmed with ids of that size), so the ends are warmed short and long,
 * in every pairing. EXPLAIN would not do: Neo4j plans the real query again after it (3.9 s after
 * EXPLAIN, 0.1 s after a real run).
 *
 * Neo4j's size class of a string or list is its next power of ten (0, 1, 2-10, 11-100, ...), and
 * search-entities' parameters (the text, its Lucene queries, its typo words, its probes) fall in
 * different classes as the analyst types more: at 100k entities a 10-letter name ("Kazavistan")
 * waited 2.3 s for its plan on a fresh server, a two- or three-word one 0.9-1.8 s at load 13. So
 * search is warmed first, for the shapes typed text takes (TYPED): the first stage of each shape
 * (search.ts's two probes) before anything else, the later ones (one probe, none) of one word last.
 */
import type { Database, Params } from '../db/database.ts';
import { RELATION_TYPES } from '../model/vocabulary.ts';
import { DETAIL_LIMITS, detailsParams, neighboursParams } from './entity-details.ts';
import { PATH_DEFAULTS, PATHS_PER_ROUTE, walksParams } from './find-paths.ts';
import { searchQueries } from './lucene-query.ts';
import { EXACT_HEADROOM, searchParams } from './search.ts';

/** Ids no entity has, shorter and longer than ten letters (ids run from a few letters to dozens). */
const NO_IDS = { short: ['no-ent-a', 'no-ent-b'], long: ['no-entity-warm-a', 'no-entity-warm-b'] } as const;
/** The ends of a path in every pairing of the two sizes (two different ends). */
const ENDS: [string, string][] = [
  [NO_IDS.short[0], NO_IDS.short[1]],
  [NO_IDS.short[0], NO_IDS.long[1]],
  [NO_IDS.long[0], NO_IDS.short[1]],
  [NO_IDS.long[0], NO_IDS.long[1]],
];
/**
 * Text as analysts type it into search, one of each size-class shape of search-entities'
 * parameters (names and their prefixes at 10k entities, counted; bench/HISTORY.md, session 15): a
 * short prefix (no typo word), words of 4-7, 8-9, 10 and 11-15 letters, and two or more words short
 * and long, with a short last word.
 */
const TYPED = [
  'syr',
  'syria',
  'kurdistan',
  'opposition',
  'negotiations',
  'syria un',
  'syria talk',
  'syrian talks',
  'opposition un',
];

/** search-entities as search.ts asks it for `text`: at its first stage (both probes), or a later one. */
function searchStage(text: string, probes: 2 | 1 | 0): [string, Params] {
  const params = searchParams(text, searchQueries(text)!, 8 + EXACT_HEADROOM, null);
  return ['search-entities', { ...params, probes: params.probes.slice(0, probes) }];
}

/** Each hot route's other named queries without a time window, as the routes call them. */
function hotQueries(from: string, to: string): [string, Params][] {
  const k = PATH_DEFAULTS.k;
  const paths = { from, to, maxHops: PATH_DEFAULTS.maxHops, types: [...RELATION_TYPES], window: null };
  return [
    ['graph-revision', {}],
    ['entity-details', detailsParams(from, DETAIL_LIMITS, null)],
    ['articles-by-id', { ids: [from] }],
    ['entity-by-id', { id: from }],
    ['entity-neighbours', neighboursParams(from, { types: [], limit: 50 })],
    ['shortest-paths', { ...paths, routes: k, pathLimit: k * PATHS_PER_ROUTE }],
    ['path-ends-walks', walksParams(from, to, 3)],
    ['detour-paths', { ...paths, near: true, out: 3, in: 2, routes: k }],
  ];
}

/**
 * Plans the hot queries, one at a time (a plan already made is found at once); never throws (a
 * warm-up is no reason to fail a start). Resolves with the names of those that failed, and why.
 */
export async function warmPlans(db: Database): Promise<{ name: string; error: string }[]> {
  const failed: { name: string; error: string }[] = [];
  const queries = [
    ...TYPED.map((text) => searchStage(text, 2)),
    ...ENDS.flatMap(([from, to]) => hotQueries(from, to)),
    // A later stage is asked when a narrow one does not settle the answer: a prefix of one word.
    ...TYPED.filter((text) => !text.includes(' ')).flatMap((text) => [searchStage(text, 1), searchStage(text, 0)]),
  ];
  for (const [name, params] of queries) {
    try {
      await db.readQuery(name, params);
    } catch (error) {
      failed.push({ name, error: (error as Error).message });
    }
  }
  return failed;
}
