/**
 * Entity details.
 *
 * One entity with every relationship it has and the evidence behind each, and the neighbourhood
 * to add to the view when a user expands it.
 */
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import type { GraphJson, NodeDetailsJson } from '../model/json.ts';
import { RELATION_TYPES } from '../model/vocabulary.ts';
import type { StoredEdge } from './edge-json.ts';
import { toArticleJson, toEntityJson } from './entity-json.ts';
import { edgesWithSources } from './sources.ts';

export const DETAIL_LIMITS = { edges: 200, articles: 50 } as const;

export async function getEntityDetails(
  db: Database,
  id: string,
  limits: { edges: number; articles: number } = DETAIL_LIMITS,
): Promise<NodeDetailsJson> {
  const [row] = await db.readQuery('entity-details', { id, edgeLimit: limits.edges, articleLimit: limits.articles });
  if (!row) throw new NotFoundError(`nodes: no entity with id '${id}'`);
  const { edges } = await edgesWithSources(db, row.edges as StoredEdge[]);
  return {
    node: toEntityJson(row.node as Record<string, unknown>),
    edges,
    neighbours: (row.neighbours as Record<string, unknown>[]).map(toEntityJson),
    articles: (row.articles as Record<string, unknown>[]).map(toArticleJson),
    edgeTotal: Number(row.edgeTotal),
    articleTotal: Number(row.articleTotal),
  };
}

export async function getNeighbours(
  db: Database,
  id: string,
  options: { types: string[]; limit: number },
): Promise<GraphJson & { node: ReturnType<typeof toEntityJson> }> {
  const [nodeRow] = await db.readQuery('entity-by-id', { id });
  if (!nodeRow) throw new NotFoundError(`neighbours: no entity with id '${id}'`);
  const types = options.types.length > 0 ? options.types : [...RELATION_TYPES];
  const [row] = await db.readQuery('entity-neighbours', { id, types, limit: options.limit });
  const { edges } = await edgesWithSources(db, (row?.edges as StoredEdge[]) ?? []);
  return {
    node: toEntityJson(nodeRow.node as Record<string, unknown>),
    nodes: ((row?.neighbours as Record<string, unknown>[]) ?? []).map(toEntityJson),
    edges,
  };
}
