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

/** The longest routes detour-paths.cypher finds (one hop longer than the shortest). */
export const DETOUR_MAX_HOPS = 4;

/**
 * The most two-hop walks out of the ends (path-ends-reach.cypher) the detour query may expand:
 * past it (a hub's neighbourhood, hundreds of thousands) its join would not fit a query's memory,
 * and the longer search does better. The bench's worst detour at 100k expands 38,534.
 */
export const DETOUR_REACH_LIMIT = 50_000;

type Row = Record<string, unknown>;

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

/** The `wanted` strongest routes of `hops` hops; null when the ends' neighbourhoods are too large to expand. */
async function detourRows(
  db: Database,
  params: Record<string, unknown>,
  hops: number,
  wanted: number,
): Promise<Row[] | null> {
  const ends = await db.readQuery('path-ends-reach', { ids: [params.from, params.to] });
  const near = detourNear(ends, params.from, params.to, hops);
  if (near === null) return null;
  return db.readQuery('detour-paths', { ...params, hops, near, routes: wanted });
}

/**
 * From path-ends-reach.cypher's rows: whether detour-paths.cypher goes further out of `from`
 * (true) or `to` (false), or null when the walks it would expand are past DETOUR_REACH_LIMIT.
 */
export function detourNear(ends: readonly unknown[], from: unknown, to: unknown, hops: number): boolean | null {
  const rows = ends as Row[];
  const reach = (id: unknown) => Number(rows.find((row) => row.id === id)?.reach ?? Infinity);
  const [fromReach, toReach] = [reach(from), reach(to)];
  // 2 hops expand one hop out of each end; 3, two out of the nearer; 4, two out of each.
  const expanded = hops === 2 ? 0 : hops === 3 ? Math.min(fromReach, toReach) : fromReach + toReach;
  return expanded > DETOUR_REACH_LIMIT ? null : fromReach <= toReach;
}

/**
 * The shortest routes first (fast at any size); when they are fewer than k, the longer ones too,
 * inside a time budget: a search that runs past it answers with what it has and `cutShort`.
 */
async function pathRows(
  db: Database,
  params: Record<string, unknown>,
  k: number,
): Promise<{ rows: Row[]; cutShort: boolean }> {
  const shortest = await db.readQuery('shortest-paths', { ...params, routes: k, pathLimit: k * PATHS_PER_ROUTE });
  const routes = new Set(shortest.map(routeKey));
  if (routes.size === 0 || routes.size >= k) return { rows: shortest, cutShort: false };
  // The next routes are most often one hop longer: without a window, and when that is at most
  // DETOUR_MAX_HOPS, they are found by meeting halves from both ends, far cheaper than the
  // longer search; that search is left for the rest (and when the detours are too few).
  const hops = routeOf(shortest[0]!).length;
  if (params.window === null && hops <= Math.min(Number(params.maxHops), DETOUR_MAX_HOPS)) {
    const detours = await detourRows(db, params, hops, k - routes.size);
    if (detours && (routes.size + detours.length >= k || hops === Number(params.maxHops))) {
      return { rows: [...shortest, ...detours], cutShort: false };
    }
  }
  const known = [...new Map(shortest.map((row) => [routeKey(row), routeOf(row)])).values()];
  const longer = await longerRows(db, { ...params, routes: k }, known);
  if (!longer) return { rows: shortest, cutShort: true };
  return { rows: [...shortest, ...longer.filter((row) => !routes.has(routeKey(row)))], cutShort: false };
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
