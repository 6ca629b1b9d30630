/**
 * Overview.
 *
 * The initial view: the best-connected entities up to a limit and the relationships among them,
 * with how many entities are left out so the view can say so.
 */
import type { Database } from '../db/database.ts';
import type { GraphJson } from '../model/json.ts';
import type { StoredEdge } from './edge-json.ts';
import { toEntityJson } from './entity-json.ts';
import { edgesWithSources } from './sources.ts';

export interface OverviewJson extends GraphJson {
  total: number;
  hidden: number;
}

export async function getOverview(db: Database, limit: number): Promise<OverviewJson> {
  const [row] = await db.readQuery('graph-overview', { limit });
  const nodes = ((row?.nodes as Record<string, unknown>[]) ?? []).map(toEntityJson);
  const { edges } = await edgesWithSources(db, (row?.edges as StoredEdge[]) ?? []);
  const total = Number(row?.total ?? 0);
  return { nodes, edges, total, hidden: total - nodes.length };
}

export async function getCounts(db: Database): Promise<{ nodes: number; relationships: number; articles: number }> {
  const [row] = await db.readQuery('graph-counts');
  return {
    nodes: Number(row?.nodes ?? 0),
    relationships: Number(row?.relationships ?? 0),
    articles: Number(row?.articles ?? 0),
  };
}
