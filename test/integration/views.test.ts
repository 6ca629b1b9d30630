// Integration: saved views stored in the real Neo4j and reopened by id through the HTTP API.
import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-api.ts';

describe('saved views API', () => {
  const seeded = useSeededApi();

  const state = {
    nodes: { russia: { x: 1.5, y: -2, pinned: true }, 'syrian-negotiations-commission': { x: 3, y: 4 } },
    selection: 'russia',
    camera: { x: 0.5, y: 0.5, ratio: 0.8, angle: 0 },
  };

  it('saves a view, lists it and reopens exactly the same state', async () => {
    const saved = await seeded.api.post('/api/views', { name: 'Russia and the SNC', state });
    expect(saved.status).toBe(201);
    expect(saved.body.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    const list = await seeded.api.get('/api/views');
    expect(list.body.views.map((v: { id: string }) => v.id)).toContain(saved.body.id);
    const opened = await seeded.api.get(`/api/views/${saved.body.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ id: saved.body.id, name: 'Russia and the SNC', state });
  });

  it('keeps the graph revision when a view is saved, so cached answers (the overview) stay valid', async () => {
    const revision = async () => (await seeded.db.readQuery('graph-revision'))[0]?.revision;
    const before = await revision();
    expect(before).toEqual(expect.any(String));
    expect((await seeded.api.post('/api/views', { name: 'no graph change', state })).status).toBe(201);
    expect(await revision()).toEqual(before);
  });

  it('answers 404 for an unknown view and 400 for a bad id or body', async () => {
    expect((await seeded.api.get('/api/views/nosuchview00')).status).toBe(404);
    expect((await seeded.api.get('/api/views/bad%20id')).status).toBe(400);
    expect((await seeded.api.post('/api/views', { name: '', state })).status).toBe(400);
    expect((await seeded.api.post('/api/views', { name: 'x', state: [1, 2] })).status).toBe(400);
  });

  it('refuses a state over 1 MB with 413', async () => {
    const big = { blob: 'x'.repeat(1_100_000) };
    const { status, body } = await seeded.api.post('/api/views', { name: 'too big', state: big });
    expect(status).toBe(413);
    expect(body.error.message).toMatch(/^views:/);
  });
});
