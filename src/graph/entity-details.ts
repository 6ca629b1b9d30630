/**
 * Entity details.
 *
 * One entity with a page of its strongest relationships (`offset`: a hub has thousands) and the
 * first reports behind each (with totals),
 * and the neighbourhood to add to the view when a user expands it: lean edges, the neighbours not
 * yet on screen first.
 */
import type { Database, Reads } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import type { DrawGraphJson, NodeDetailsJson, TimeFilterJson } from '../model/json.ts';
import { pageReports, reportTotal, toDrawEdgeJson } from './draw-edge-json.ts';
import type { StoredEdge } from './edge-json.ts';
import { toArticleJson, toEntityJson } from './entity-json.ts';
import { describeWindow, scopeTally, windowParam } from './report-window.ts';
import { edgesWithSources } from './sources.ts';
import { timeFilterJson, windowEdge, type Window } from './window-facts.ts';

/** Cuts each fact to the reports the window keeps (none: every fact as stored). */
function throughWindow(edges: StoredEdge[], window: Window | null): StoredEdge[] {
  if (!window) return edges;
  return edges.flatMap((edge) => windowEdge(edge, window) ?? []);
}

/** Edges, articles, and reports per edge (a hub fact has hundreds; the rest via /api/edges/:id). */
export const DETAIL_LIMITS = { edges: 200, articles: 50, evidence: 20 } as const;

export interface DetailLimits {
  edges: number;
  articles: number;
  evidence?: number;
  offset?: number;
}

/** entity-details' parameters (the plan warm-up sends the same). */
export function detailsParams(id: string, limits: DetailLimits, window: Window | null) {
  return {
    id,
    edgeLimit: limits.edges,
    edgeOffset: limits.offset ?? 0,
    articleLimit: limits.articles,
    evidenceLimit: limits.evidence ?? DETAIL_LIMITS.evidence,
    window: windowParam(window),
  };
}

export async function getEntityDetails(
  db: Reads,
  id: string,
  limits: DetailLimits = DETAIL_LIMITS,
  window: Window | null = null,
): Promise<NodeDetailsJson & { timeFilter?: TimeFilterJson }> {
  const [row] = await db.readQuery('entity-details', detailsParams(id, limits, window));
  if (!row) throw new NotFoundError(`nodes: no entity with id '${id}'`);
  const stored = throughWindow(row.edges as StoredEdge[], window);
  // Without a window the query sends each fact's first reports and their number (evidenceTotal).
  const totals = stored.map((edge) => Number(edge.props.evidenceTotal ?? reportTotal(edge.props)));
  const { edges } = await edgesWithSources(
    db,
    stored.map((edge) => pageReports(edge, 0, limits.evidence ?? DETAIL_LIMITS.evidence)),
  );
  const details = {
    node: toEntityJson(row.node as Record<string, unknown>),
    edges: edges.map((edge, i) => ({ ...edge, evidenceTotal: totals[i]! })),
    neighbours: (row.neighbours as Record<string, unknown>[]).map(toEntityJson),
    articles: (row.articles as Record<string, unknown>[]).map(toArticleJson),
    edgeTotal: Number(row.edgeTotal),
    edgeOffset: limits.offset ?? 0,
    articleTotal: Number(row.articleTotal),
  };
  if (!window) return details;
  const scope = await scopeTally(db, window, [id]);
  return {
    ...details,
    edgeTotal: scope.keptFacts,
    timeFilter: timeFilterJson(window, scope.counts, edges.length === 0),
  };
}

export interface NeighbourOptions {
  types: string[];
  limit: number;
  shown?: string[];
  window?: Window | null;
}

/** entity-neighbours' parameters (the plan warm-up sends the same). */
export function neighboursParams(id: string, options: NeighbourOptions) {
  return {
    id,
    // Null when every type is asked for: the query then reads no relationship's type.
    types: options.types.length > 0 ? options.types : null,
    limit: options.limit,
    shown: options.shown ?? [],
    window: windowParam(options.window ?? null),
  };
}

export async function getNeighbours(
  db: Database,
  id: string,
  options: NeighbourOptions,
): Promise<DrawGraphJson & { node: ReturnType<typeof toEntityJson>; timeFilter?: TimeFilterJson }> {
  // Both at once, each on its own connection: one round trip's wait where one after the other
  // took two (the neighbourhood of an id no entity has is empty).
  const [[nodeRow], [row]] = await Promise.all([
    db.readQuery('entity-by-id', { id }),
    db.readQuery('entity-neighbours', neighboursParams(id, options)),
  ]);
  if (!nodeRow) throw new NotFoundError(`neighbours: no entity with id '${id}'`);
  const window = options.window ?? null;
  const neighbours = {
    node: toEntityJson(nodeRow.node as Record<string, unknown>),
    nodes: ((row?.neighbours as Record<string, unknown>[]) ?? []).map(toEntityJson),
    edges: throughWindow((row?.edges as StoredEdge[]) ?? [], window).map(toDrawEdgeJson),
  };
  if (!window) return neighbours;
  return { ...neighbours, timeFilter: await describeWindow(db, window, [id], neighbours.edges.length === 0) };
}
