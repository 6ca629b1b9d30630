/**
 * Find paths.
 *
 * The k shortest paths between two entities named by id, name or alias, over chosen relationship
 * types, never through articles; each path explained hop by hop with its evidence.
 */
import type { Database } from '../db/database.ts';
import { QueryTimeoutError } from '../errors.ts';
import type { EdgeJson, PathsJson, TimeFilterJson } from '../model/json.ts';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.ts';
import type { StoredEdge } from './edge-json.ts';
import { articleIdsOf, toEdgeJson } from './edge-json.ts';
import { toEntityJson } from './entity-json.ts';
import { explainPath, foldPaths, type RawPath } from './path-explanation.ts';
import { describeWindow, windowParam } from './report-window.ts';
import { resolveEntity } from './resolve-entity.ts';
import { articlesById } from './sources.ts';
import { windowEdge, type Window } from './window-facts.ts';

export interface PathQuery {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  types?: RelationType[];
  /** Hops need a report inside this time and sources filter; null: any positive fact. */
  window?: Window | null;
}

export const PATH_DEFAULTS = { k: 3, maxHops: 6, maxHopsLimit: 10, kLimit: 20 } as const;

/**
 * Paths asked for per route wanted: parallel edges (a pair that both MEETS and SUPPORTS) make
 * several paths of one route, and the fold keeps one.
 */
export const PATHS_PER_ROUTE = 8;

/**
 * The search for longer routes (SHORTEST 24) can cost 10 to 100 times more from one end than from
 * the other, and which end is cheaper cannot be told beforehand: it runs from both at once, the
 * first answer stops the other, and past the budget the answer says it was cut short.
 */
export const LONGER_PATHS_BUDGET_MS = 1_500;

/** The longest routes detour-paths.cypher finds (its splits: at most 4 + 1 hops). */
export const DETOUR_MAX_HOPS = 5;

/**
 * The most walks out of the ends (path-ends-walks.cypher) the detour query may expand: past it
 * its join would not fit a query's memory, and the longer search does better. The bench's worst
 * detour at 100k expands 38,534.
 */
export const DETOUR_REACH_LIMIT = 50_000;

/**
 * Walks of k hops out of an end are counted only when those of k - 1 are at most this (counting
 * reads them): an end's three- and four-hop walks are known unless its neighbourhood is a hub's.
 */
export const WALKS_COUNTED = 10_000;

type Row = Record<string, unknown>;

/** How detour-paths.cypher expands: $out hops out of `from` ($near) or `to`, $in out of the other. */
export interface DetourSplit {
  near: boolean;
  out: number;
  in: number;
}

/** The node sequence of a row, to tell which longer paths are new routes. */
function routeOf(row: Row): string[] {
  return (row.nodes as Record<string, unknown>[]).map((node) => String(node.id));
}

function routeKey(row: Row): string {
  return routeOf(row).join('>');
}

/** A path found from the other end, read from this one. */
function reversed(row: Row): Row {
  return { nodes: [...(row.nodes as unknown[])].reverse(), edges: [...(row.edges as unknown[])].reverse() };
}

/** The longer paths from whichever end answers first; null when neither does inside the budget. */
async function longerRows(db: Database, params: Record<string, unknown>, known: string[][]): Promise<Row[] | null> {
  const stop = new AbortController();
  const search = (ends: Record<string, unknown>) =>
    db.readQuery('longer-paths', { ...params, ...ends }, { timeoutMs: LONGER_PATHS_BUDGET_MS, signal: stop.signal });
  try {
    return await Promise.any([
      search({ known }),
      search({ from: params.to, to: params.from, known: known.map((route) => [...route].reverse()) }).then((rows) =>
        rows.map(reversed),
      ),
    ]);
  } catch (error) {
    const failures = (error as AggregateError).errors;
    if (failures.every((failure) => failure instanceof QueryTimeoutError)) return null;
    throw failures.find((failure) => !(failure instanceof QueryTimeoutError));
  } finally {
    stop.abort();
  }
}

/**
 * path-ends-walks.cypher's parameters for routes of `hops` hops between `from` and `to`, counting
 * the walks past two hops out of the `deep` ends only.
 */
export function walksParams(from: unknown, to: unknown, hops: number, deep = [from, to]): Record<string, unknown> {
  return { from, to, depth: hops - 1, bound: WALKS_COUNTED, deep };
}

/** path-ends-walks.cypher's count of `k`-hop walks out of `id`; Infinity where not counted. */
function walksOf(ends: readonly unknown[], id: unknown, k: number): number {
  const counted = ((ends as Row[]).find((row) => row.id === id)?.walks as unknown[] | undefined)?.[k - 1];
  return counted === null || counted === undefined ? Infinity : Number(counted);
}

/**
 * Whether no route has `hops` hops or more: an end with no walk of fewer hops that avoids the
 * other end (a leaf on the other end, say) has none, and the longer search would walk the whole
 * graph up to maxHops to learn it.
 */
export function noRoutesThatLong(ends: readonly unknown[], from: unknown, to: unknown, hops: number): boolean {
  return [from, to].some((id) => Array.from({ length: hops - 1 }, (_, k) => walksOf(ends, id, k + 1)).includes(0));
}

/**
 * From path-ends-walks.cypher's rows: the split of a `hops`-hop route that expands the fewest
 * walks (`out` hops from one end, `hops - out` from the other; a hub end gets one hop, its
 * facts, while the other end walks the rest), or null when every split expands more than
 * DETOUR_REACH_LIMIT or `hops` is past DETOUR_MAX_HOPS.
 */
export function detourSplit(ends: readonly unknown[], from: unknown, to: unknown, hops: number): DetourSplit | null {
  let best: { fromHops: number; expanded: number } | null = null;
  for (let fromHops = 1; fromHops < hops; fromHops++) {
    const expanded = walksOf(ends, from, fromHops) + walksOf(ends, to, hops - fromHops);
    if (expanded <= DETOUR_REACH_LIMIT && (!best || expanded < best.expanded)) best = { fromHops, expanded };
  }
  if (!best || hops > DETOUR_MAX_HOPS) return null;
  // detour-paths.cypher goes the longer half out of `s`.
  const near = best.fromHops >= hops - best.fromHops;
  return {
    near,
    out: Math.max(best.fromHops, hops - best.fromHops),
    in: Math.min(best.fromHops, hops - best.fromHops),
  };
}

/** Runs a named read query (the route's Database, or the bench's driver). */
export type ReadQuery = (name: string, params: Record<string, unknown>) => Promise<Row[]>;

/**
 * How to expand the routes of `hops` hops (detourSplit), or 'none' when there are none that long:
 * from the ends' one- and two-hop walks when they give a split, else from the three- and four-hop
 * walks too of the end with fewer two-hop walks (the one a split takes further; counting them
 * reads its neighbourhood: only when needed).
 */
async function chooseSplit(
  read: ReadQuery,
  from: unknown,
  to: unknown,
  hops: number,
): Promise<DetourSplit | 'none' | null> {
  const near = await read('path-ends-walks', walksParams(from, to, Math.min(hops, 3)));
  if (noRoutesThatLong(near, from, to, hops)) return 'none';
  const split = detourSplit(near, from, to, hops);
  if (split || hops <= 3) return split;
  const [fromWalks, toWalks] = [walksOf(near, from, 2), walksOf(near, to, 2)];
  const deep = [...(fromWalks <= toWalks ? [from] : []), ...(toWalks <= fromWalks ? [to] : [])];
  const ends = await read('path-ends-walks', walksParams(from, to, hops, deep));
  return noRoutesThatLong(ends, from, to, hops) ? 'none' : detourSplit(ends, from, to, hops);
}

/**
 * After the shortest routes (`shortest`, fewer than k): the routes one hop longer, then two, ...,
 * each length's strongest by meeting halves from both ends (detour-paths.cypher), up to
 * DETOUR_MAX_HOPS and maxHops, until there are k. `done`: nothing is left for the longer search
 * (k routes, every length up to maxHops weighed, or an end from which no longer route leads); else
 * it finds the rest, from the first length whose every split expands too much (or past
 * DETOUR_MAX_HOPS). Without a time window only.
 */
export async function detourRoutes(
  read: ReadQuery,
  params: Record<string, unknown>,
  shortest: Row[],
  k: number,
): Promise<{ rows: Row[]; done: boolean }> {
  const routes = new Set(shortest.map(routeKey));
  const rows: Row[] = [];
  const maxHops = Number(params.maxHops);
  let hops = routeOf(shortest[0]!).length;
  for (; routes.size < k && hops <= Math.min(maxHops, DETOUR_MAX_HOPS); hops++) {
    const split = await chooseSplit(read, params.from, params.to, hops);
    if (split === 'none') return { rows, done: true };
    if (split === null) break;
    const detours = await read('detour-paths', { ...params, ...split, routes: k - routes.size });
    rows.push(...detours);
    for (const row of detours) routes.add(routeKey(row));
  }
  return { rows, done: routes.size >= k || hops > maxHops };
}

/**
 * The shortest routes first (fast at any size); when they are fewer than k, the longer ones too
 * (detourRoutes, then the longer search for the rest, inside a time budget: a search that runs
 * past it answers with what it has and `cutShort`).
 */
async function pathRows(
  db: Database,
  params: Record<string, unknown>,
  k: number,
): Promise<{ rows: Row[]; cutShort: boolean }> {
  const shortest = await db.readQuery('shortest-paths', { ...params, routes: k, pathLimit: k * PATHS_PER_ROUTE });
  if (shortest.length === 0 || new Set(shortest.map(routeKey)).size >= k) return { rows: shortest, cutShort: false };
  const detours =
    params.window === null
      ? await detourRoutes((name, named) => db.readQuery(name, named), params, shortest, k)
      : { rows: [], done: false };
  const rows = [...shortest, ...detours.rows];
  if (detours.done) return { rows, cutShort: false };
  const routes = new Map(rows.map((row) => [routeKey(row), routeOf(row)]));
  const longer = await longerRows(db, { ...params, routes: k }, [...routes.values()]);
  if (!longer) return { rows, cutShort: true };
  return { rows: [...rows, ...longer.filter((row) => !routes.has(routeKey(row)))], cutShort: false };
}

export async function findPaths(db: Database, query: PathQuery): Promise<PathsJson & { timeFilter?: TimeFilterJson }> {
  const from = await resolveEntity(db, query.from, 'paths: from');
  const to = await resolveEntity(db, query.to, 'paths: to');
  const window = query.window ?? null;
  const { rows, cutShort } =
    from.id === to.id
      ? { rows: [], cutShort: false }
      : await pathRows(
          db,
          {
            from: from.id,
            to: to.id,
            maxHops: query.maxHops,
            types: query.types && query.types.length > 0 ? query.types : [...RELATION_TYPES],
            window: windowParam(window),
          },
          query.k,
        );
  // A hop shows the reports the window keeps (the query found it has one).
  const hops = (row: Row) => (row.edges as StoredEdge[]).map((edge) => (window ? windowEdge(edge, window)! : edge));
  const articles = await articlesById(db, articleIdsOf(rows.flatMap(hops)));
  const raw: RawPath[] = rows.map((row) => ({
    nodes: (row.nodes as Record<string, unknown>[]).map(toEntityJson),
    edges: hops(row).map((edge): EdgeJson => toEdgeJson(edge, articles)),
  }));
  const paths = foldPaths(raw, query.k).map((path) => explainPath(path, articles));
  const found = { from, to, paths, ...(cutShort ? { cutShort } : {}) };
  if (!window) return found;
  const onPaths = [...new Set([from.id, to.id, ...paths.flatMap((path) => path.nodes.map((node) => node.id))])];
  return { ...found, timeFilter: await describeWindow(db, window, onPaths, paths.length === 0) };
}
