/**
 * Find paths.
 *
 * The k shortest paths between two entities named by id, name or alias, over chosen relationship
 * types, never through articles; each path explained hop by hop with its evidence.
 */
import type { Database } from '../db/database.ts';
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

export async function findPaths(db: Database, query: PathQuery): Promise<PathsJson & { timeFilter?: TimeFilterJson }> {
  const from = await resolveEntity(db, query.from, 'paths: from');
  const to = await resolveEntity(db, query.to, 'paths: to');
  const window = query.window ?? null;
  const rows =
    from.id === to.id
      ? []
      : await db.readQuery('shortest-paths', {
          from: from.id,
          to: to.id,
          maxHops: query.maxHops,
          types: query.types && query.types.length > 0 ? query.types : [...RELATION_TYPES],
          window: windowParam(window),
        });
  // A hop shows the reports the window keeps (the query found it has one).
  const hops = (row: Record<string, unknown>) =>
    (row.edges as StoredEdge[]).map((edge) => (window ? windowEdge(edge, window)! : edge));
  const articles = await articlesById(db, articleIdsOf(rows.flatMap(hops)));
  const raw: RawPath[] = rows.map((row) => ({
    nodes: (row.nodes as Record<string, unknown>[]).map(toEntityJson),
    edges: hops(row).map((edge): EdgeJson => toEdgeJson(edge, articles)),
  }));
  const paths = foldPaths(raw, query.k).map((path) => explainPath(path, articles));
  if (!window) return { from, to, paths };
  const onPaths = [...new Set([from.id, to.id, ...paths.flatMap((path) => path.nodes.map((node) => node.id))])];
  return { from, to, paths, timeFilter: await describeWindow(db, window, onPaths, paths.length === 0) };
}
