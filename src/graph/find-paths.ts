/**
 * Find paths.
 *
 * The k shortest paths between two entities named by id, name or alias, over chosen relationship
 * types, never through articles; each path explained hop by hop with its evidence.
 */
import type { Database } from '../db/database.ts';
import type { EdgeJson, PathsJson } from '../model/json.ts';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.ts';
import type { StoredEdge } from './edge-json.ts';
import { articleIdsOf, toEdgeJson } from './edge-json.ts';
import { toEntityJson } from './entity-json.ts';
import { explainPath, foldPaths, type RawPath } from './path-explanation.ts';
import { resolveEntity } from './resolve-entity.ts';
import { articlesById } from './sources.ts';

export interface PathQuery {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  types?: RelationType[];
}

export const PATH_DEFAULTS = { k: 3, maxHops: 6, maxHopsLimit: 10, kLimit: 20 } as const;

export async function findPaths(db: Database, query: PathQuery): Promise<PathsJson> {
  const from = await resolveEntity(db, query.from, 'paths: from');
  const to = await resolveEntity(db, query.to, 'paths: to');
  if (from.id === to.id) return { from, to, paths: [] };
  const rows = await db.readQuery('shortest-paths', {
    from: from.id,
    to: to.id,
    maxHops: query.maxHops,
    types: query.types && query.types.length > 0 ? query.types : [...RELATION_TYPES],
  });
  const stored = rows.flatMap((row) => row.edges as StoredEdge[]);
  const articles = await articlesById(db, articleIdsOf(stored));
  const raw: RawPath[] = rows.map((row) => ({
    nodes: (row.nodes as Record<string, unknown>[]).map(toEntityJson),
    edges: (row.edges as StoredEdge[]).map((edge): EdgeJson => toEdgeJson(edge, articles)),
  }));
  return { from, to, paths: foldPaths(raw, query.k).map((path) => explainPath(path, articles)) };
}
