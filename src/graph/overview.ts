/**
 * Overview.
 *
 * The initial view: the most important entities up to a limit (read in order from the
 * importance index) and the strongest edges among them, lean, capped per node and overall, with
 * totals that say how many entities and edges the view leaves out.
 */
import type { Database, Reads } from '../db/database.ts';
import type { DrawEdgeJson, DrawGraphJson, TimeFilterJson } from '../model/json.ts';
import { toDrawEdgeJson } from './draw-edge-json.ts';
import type { StoredEdge } from './edge-json.ts';
import { toEntityJson } from './entity-json.ts';
import { scopeTally, windowParam } from './report-window.ts';
import { timeFilterJson, windowEdge, type Window } from './window-facts.ts';

export interface OverviewJson extends DrawGraphJson {
  total: number;
  hidden: number;
  /** Edges among the shown entities; `edgesHidden` of them are left out by the caps. */
  edgeTotal: number;
  edgesHidden: number;
  timeFilter?: TimeFilterJson;
}

/** Entities in the overview when the client names no limit. */
export const DEFAULT_OVERVIEW_LIMIT = 300;

/** Edges each node keeps (its strongest), and in all: about 300 bytes each, so under 1 MB. */
export const OVERVIEW_EDGE_CAPS = { perNode: 12, total: 3_000 } as const;

export async function getOverview(db: Reads, limit: number, window: Window | null = null): Promise<OverviewJson> {
  if (window) return getWindowOverview(db, limit, window);
  const [row] = await db.readQuery('graph-overview', { limit, edgesPerNode: OVERVIEW_EDGE_CAPS.perNode });
  const nodes = ((row?.nodes as Record<string, unknown>[]) ?? []).map(toEntityJson);
  const edges = capEdges(((row?.edges as StoredEdge[]) ?? []).map(toDrawEdgeJson), OVERVIEW_EDGE_CAPS);
  const total = Number(row?.total ?? 0);
  const edgeTotal = Number(row?.edgeTotal ?? 0);
  return { nodes, edges, total, hidden: total - nodes.length, edgeTotal, edgesHidden: edgeTotal - edges.length };
}

/** Strongest first, as graph-overview ranks edges. */
function byStrength(a: DrawEdgeJson, b: DrawEdgeJson): number {
  return b.confidence - a.confidence || b.reportCount - a.reportCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The edges graph-overview keeps: each node's `perNode` strongest, then the strongest `total`. */
export function capEdges(edges: DrawEdgeJson[], caps: { perNode: number; total: number }): DrawEdgeJson[] {
  const seen = new Map<string, number>();
  const kept = [...edges].sort(byStrength).filter((edge) => {
    const atSource = seen.get(edge.source) ?? 0;
    const atTarget = seen.get(edge.target) ?? 0;
    seen.set(edge.source, atSource + 1).set(edge.target, atTarget + 1);
    return Math.min(atSource, atTarget) < caps.perNode;
  });
  return kept.slice(0, caps.total);
}

/**
 * The overview through a window: its entities and facts from graph-overview-window, each fact
 * cut to its kept reports, then capped as the unfiltered overview is; totals and the account of
 * what the filter left out are over the whole graph.
 */
async function getWindowOverview(db: Reads, limit: number, window: Window): Promise<OverviewJson> {
  const [row] = await db.readQuery('graph-overview-window', { limit, window: windowParam(window) });
  const nodes = ((row?.nodes as Record<string, unknown>[]) ?? []).map(toEntityJson);
  const all = ((row?.edges as StoredEdge[]) ?? []).flatMap((stored) => {
    const kept = windowEdge(stored, window);
    return kept ? [toDrawEdgeJson(kept)] : [];
  });
  const edges = capEdges(all, OVERVIEW_EDGE_CAPS);
  const scope = await scopeTally(db, window, null);
  return {
    nodes,
    edges,
    total: scope.keptEntities.size,
    hidden: scope.keptEntities.size - nodes.length,
    edgeTotal: all.length,
    edgesHidden: all.length - edges.length,
    timeFilter: timeFilterJson(window, scope.counts, nodes.length === 0),
  };
}

export async function getCounts(db: Database): Promise<{ nodes: number; relationships: number; articles: number }> {
  const [row] = await db.readQuery('graph-counts');
  return {
    nodes: Number(row?.nodes ?? 0),
    relationships: Number(row?.relationships ?? 0),
    articles: Number(row?.articles ?? 0),
  };
}
