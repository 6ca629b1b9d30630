/**
 * Edge evidence.
 *
 * The overview and expansions draw edges without their evidence (lean wire format); the edge a
 * user selects gets its first page of evidence from GET /api/edges/:id, kept in the store so a
 * second look costs nothing.
 */
import type { EdgeJson } from '../../src/model/json.ts';
import type { EntityStore } from '../graph/types.ts';
import { api } from './client.ts';

export async function loadEdge(store: EntityStore, id: string): Promise<EdgeJson> {
  const known = store.edges.get(id);
  if (known?.evidence && known.sources) return known as EdgeJson;
  const { edge, evidenceTotal } = await api.edgeEvidence(id);
  const full: EdgeJson = { ...known, ...edge, evidenceTotal };
  store.edges.set(id, full);
  return full;
}
