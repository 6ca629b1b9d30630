// Integration: the paging behind the bounded panels, over a generated graph with one big hub
// and 300 outlets loaded next to the seed (test/support/hub-graph.ts; removed afterwards).
// A hub's relationships come a page at a time (`offset`), the outlets list is searchable and
// paged, and bad paging values are 400s that name the route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { loadHubGraph, outletName, type HubGraph } from '../support/hub-graph.ts';
import { serve, type TestServer } from './http.ts';
import { openSeededDatabase } from './test-db.ts';

describe('bounded paging', () => {
  let db: Database;
  let api: TestServer;
  let fixture: HubGraph;
  beforeAll(async () => {
    db = await openSeededDatabase();
    fixture = await loadHubGraph(db, { entities: 600, outlets: 300 });
    api = await serve({ db });
  }, 600_000);
  afterAll(async () => {
    await api?.close();
    await fixture?.remove();
    await db?.close();
  }, 600_000);

  it("pages a hub's relationships: the next page follows on, totals and offset in the answer", async () => {
    const hub = encodeURIComponent(fixture.hub.id);
    const first = await api.get(`/api/nodes/${hub}?edges=20&evidence=2`);
    const second = await api.get(`/api/nodes/${hub}?edges=20&evidence=2&offset=20`);
    expect(first.status).toBe(200);
    expect(first.body.edgeTotal).toBe(fixture.hub.relations);
    expect(first.body.edges).toHaveLength(20);
    expect(first.body.edgeOffset).toBe(0);
    expect(second.body.edgeOffset).toBe(20);
    expect(second.body.edges).toHaveLength(20);
    const ids = (body: { edges: { id: string }[] }) => body.edges.map((edge) => edge.id);
    expect(ids(second.body).filter((id) => ids(first.body).includes(id))).toEqual([]);
    const both = await api.get(`/api/nodes/${hub}?edges=40&evidence=2`);
    expect(ids(both.body)).toEqual([...ids(first.body), ...ids(second.body)]);
    for (const edge of first.body.edges) {
      expect(edge.evidence.length).toBeLessThanOrEqual(2);
      expect(edge.evidenceTotal).toBeGreaterThanOrEqual(edge.evidence.length);
    }
    const past = await api.get(`/api/nodes/${hub}?edges=20&offset=${fixture.hub.relations}`);
    expect(past.body.edges).toEqual([]);
    expect(past.body.edgeTotal).toBe(fixture.hub.relations);
  });

  it('pages the reports of one fact from /api/edges/:id', async () => {
    const [edge] = (await api.get(`/api/nodes/${encodeURIComponent(fixture.hub.id)}?edges=1`)).body.edges;
    const all = await api.get(`/api/edges/${encodeURIComponent(edge.id)}?limit=500`);
    const page = await api.get(`/api/edges/${encodeURIComponent(edge.id)}?offset=1&limit=1`);
    expect(page.body.evidenceTotal).toBe(all.body.edge.evidence.length);
    expect(page.body.edge.evidence).toEqual(all.body.edge.evidence.slice(1, 2));
  });

  it('searches and pages the outlets, with how many match', async () => {
    const page = await api.get('/api/sources?limit=50');
    expect(page.status).toBe(200);
    expect(page.body.outlets).toHaveLength(50);
    expect(page.body.outletTotal).toBeGreaterThanOrEqual(300);
    const next = await api.get('/api/sources?limit=50&offset=50');
    expect(next.body.outlets[0]).toEqual((await api.get('/api/sources?limit=51')).body.outlets[50]);
    const rare = fixture.outlets.at(-1)!;
    expect(page.body.outlets.map((outlet: { name: string }) => outlet.name)).not.toContain(rare);
    const found = await api.get(`/api/sources?q=${encodeURIComponent(rare.toLowerCase())}`);
    expect(found.body.outlets.map((outlet: { name: string }) => outlet.name)).toEqual([rare]);
    expect(found.body.outletTotal).toBe(1);
    const unpaged = await api.get('/api/sources');
    expect(unpaged.body.outlets.length).toBe(unpaged.body.outletTotal);
    expect(unpaged.body.outlets.map((outlet: { name: string }) => outlet.name)).toContain(outletName(299));
  });

  it('refuses bad paging values with a 400 naming the route', async () => {
    const hub = encodeURIComponent(fixture.hub.id);
    for (const [path, route] of [
      [`/api/nodes/${hub}?offset=-1`, 'nodes'],
      [`/api/nodes/${hub}?offset=ten`, 'nodes'],
      [`/api/nodes/${hub}?edges=0`, 'nodes'],
      ['/api/sources?limit=0', 'sources'],
      ['/api/sources?limit=5001', 'sources'],
      ['/api/sources?offset=1.5', 'sources'],
      [`/api/sources?q=${'x'.repeat(201)}`, 'sources'],
    ] as const) {
      const { status, body } = await api.get(path);
      expect(status, path).toBe(400);
      expect(body.error.message, path).toMatch(new RegExp(`^${route}: `));
    }
  });
});
