// Integration: the neighbours route gives each edge the direction it is stored with, whichever
// end the expanded entity is (entity-neighbours names the ends without reading them again).
import { afterAll, describe, expect, it } from 'vitest';
import { openDriver } from '../support/graph-snapshot.ts';
import { useSeededApi } from './seeded-api.ts';

interface Edge {
  id: string;
  source: string;
  target: string;
}

describe('GET /api/nodes/:id/neighbours', () => {
  const seeded = useSeededApi();
  const driver = openDriver();
  afterAll(() => driver.close());

  it.each(['russia', 'staffan-de-mistura'])('gives the edges of %s their stored ends and direction', async (id) => {
    const { status, body } = await seeded.api.get(`/api/nodes/${id}/neighbours?limit=50`);
    expect(status).toBe(200);
    const edges = body.edges as Edge[];
    const session = driver.session();
    try {
      const stored = await session.run(
        'MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id IN $ids RETURN r.id AS id, s.id AS source, t.id AS target',
        { ids: edges.map((edge) => edge.id) },
      );
      const ends = new Map(stored.records.map((row) => [row.get('id'), [row.get('source'), row.get('target')]]));
      expect(edges.map((edge) => [edge.source, edge.target])).toEqual(edges.map((edge) => ends.get(edge.id)));
    } finally {
      await session.close();
    }
    // Both ways round, so a swapped end cannot pass.
    expect(edges.some((edge) => edge.source === id)).toBe(true);
    expect(edges.some((edge) => edge.target === id)).toBe(true);
    const others = new Set(edges.map((edge) => (edge.source === id ? edge.target : edge.source)));
    expect(new Set(body.nodes.map((node: { id: string }) => node.id))).toEqual(others);
  });
});
