/**
 * Overview.
 *
 * The initial view: the most important entities up to a limit (read in order from the
 * importance index) and the strongest edges among them, lean, capped per node and overall, with
 * totals that say how many entities and edges the view leaves out.
 */
import type { Database } from '../db/database.ts';
import type { DrawGraphJson } from '../model/json.ts';
import { toDrawEdgeJson } from './draw-edge-json.ts';
import type { StoredEdge } from './edge-json.ts';
import { toEntityJson } from './entity-json.ts';

export interface OverviewJson extends DrawGraphJson {
  total: number;
  hidden: number;
  /** Edges among the shown entities; `edgesHidden` of them are left out by the caps. */
  edgeTotal: number;
  edgesHidden: number;
}

/** Edges each node keeps (its strongest), and in all: about 300 bytes each, so under 1 MB. */
export const OVERVIEW_EDGE_CAPS = { perNode: 12, total: 3_000 } as const;

export async function getOverview(db: Database, limit: number): Promise<OverviewJson> {
  const [row] = await db.readQuery('graph-overview', {
    limit,
    edgesPerNode: OVERVIEW_EDGE_CAPS.perNode,
    edgeLimit: OVERVIEW_EDGE_CAPS.total,
  });
  const nodes = ((row?.nodes as Record<string, unknown>[]) ?? []).map(toEntityJson);
  const edges = ((row?.edges as StoredEdge[]) ?? []).map(toDrawEdgeJson);
  const total = Number(row?.total ?? 0);
  const edgeTotal = Number(row?.edgeTotal ?? 0);
  return { nodes, edges, total, hidden: total - nodes.length, edgeTotal, edgesHidden: edgeTotal - edges.length };
}

export async function getCounts(db: Database): Promise<{ nodes: number; relationships: number; articles: number }> {
  const [row] = await db.readQuery('graph-counts');
  return {
    nodes: Number(row?.nodes ?? 0),
    relationships: Number(row?.relationships ?? 0),
    articles: Number(row?.articles ?? 0),
  };
}
