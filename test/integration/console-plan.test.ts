// Integration: the console's PROFILE/EXPLAIN (issue 11) on the seeded graph. The toggle or a
// typed PROFILE returns the plan as a plain tree (operator, details, rows, db hits, children),
// where a typed PROFILE used to fail with an unclear 400; EXPLAIN plans without running;
// PROFILE runs in the read transaction, so a write is still refused and nothing changes, and
// the guard still refuses what reaches outside the graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { PlanJson } from '../../src/model/json.ts';
import { openSeededDatabase } from './test-db.ts';
import { serve, type TestServer } from './http.ts';

const QUERY = "MATCH (a:Entity {id: 'russia'})-[r]->(b:Entity) RETURN a.name AS a, type(r) AS type, b.name AS b";

const operators = (plan: PlanJson): PlanJson[] => [plan, ...plan.children.flatMap(operators)];

describe('console: PROFILE and EXPLAIN', () => {
  let db: Database;
  let api: TestServer;
  beforeAll(async () => {
    db = await openSeededDatabase();
    api = await serve({ db });
  });
  afterAll(async () => {
    await api.close();
    await db.close();
  });

  it('profiles with the toggle: rows as usual, and a plan tree with rows and db hits', async () => {
    const { status, body } = await api.post('/api/cypher', { query: QUERY, plan: 'profile' });
    expect(status).toBe(200);
    expect(body.rows.length).toBeGreaterThan(0);
    const plan = body.plan as PlanJson;
    expect(plan.operator).toBe('ProduceResults');
    expect(plan.rows).toBe(body.rows.length);
    const all = operators(plan);
    expect(all.length).toBeGreaterThan(2);
    expect(all.some((step) => (step.dbHits ?? 0) > 0)).toBe(true);
    expect(
      all.some((step) => /Entity/.test(step.details)),
      JSON.stringify(plan),
    ).toBe(true);
  });

  it('answers a typed PROFILE (with CYPHER options too) with its plan, not a 400', async () => {
    for (const query of [`PROFILE ${QUERY}`, `CYPHER 5 PROFILE ${QUERY}`]) {
      const { status, body } = await api.post('/api/cypher', { query });
      expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
      expect(body.plan.operator).toBe('ProduceResults');
      expect(body.plan.dbHits).not.toBeNull();
    }
    const plain = await api.post('/api/cypher', { query: QUERY });
    expect(plain.body.plan).toBeNull();
  });

  it('explains without running: no rows, estimated rows, no measurements', async () => {
    const { status, body } = await api.post('/api/cypher', { query: QUERY, plan: 'explain' });
    expect(status).toBe(200);
    expect(body.rows).toEqual([]);
    expect(body.plan.operator).toBe('ProduceResults');
    expect(typeof body.plan.estimatedRows).toBe('number');
    expect(operators(body.plan).every((step: PlanJson) => step.dbHits === null && step.rows === null)).toBe(true);
  });

  it('still refuses writes under PROFILE, and changes nothing', async () => {
    for (const request of [
      { query: "PROFILE CREATE (n:Entity {id: 'intruder'}) RETURN n" },
      { query: "MATCH (n:Entity {id: 'russia'}) SET n.name = 'Hacked' RETURN n", plan: 'profile' },
    ]) {
      const { status, body } = await api.post('/api/cypher', request);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(body.error.code).toBe('write_refused');
    }
    const russia = await api.get('/api/nodes/russia');
    expect(russia.body.node.name).toBe('Russia');
    expect((await api.get('/api/nodes/intruder')).status).toBe(404);
  });

  it('still refuses what reaches outside the graph under PROFILE or EXPLAIN', async () => {
    for (const request of [
      { query: 'CALL dbms.listConfig() YIELD name RETURN name', plan: 'profile' },
      { query: 'PROFILE CALL dbms.listConfig() YIELD name RETURN name' },
      { query: 'SHOW TRANSACTIONS', plan: 'explain' },
    ]) {
      const { status } = await api.post('/api/cypher', request);
      expect(status, request.query).toBe(403);
    }
    expect((await api.post('/api/cypher', { query: QUERY, plan: 'debug' })).status).toBe(400);
  });
});
