// Integration: the HTTP API against the seeded graph in a real Neo4j.
import { describe, expect, it } from 'vitest';
import { getCounts } from '../../src/graph/overview.ts';
import { useSeededApi } from './seeded-api.ts';

const SEED_TITLE = 'Lavrov, de Mistura discuss Syrian National Dialogue Congress';

describe('HTTP API', () => {
  const seeded = useSeededApi();

  it('reports health with the Neo4j version', async () => {
    const { status, body } = await seeded.api.get('/api/health');
    expect(status).toBe(200);
    expect(body.neo4j.connected).toBe(true);
    expect(body.neo4j.version).toMatch(/^5\./);
  });

  it('serves the initial graph with lean edges and their evidence on demand', async () => {
    const { status, body } = await seeded.api.get('/api/graph?limit=500');
    expect(status).toBe(200);
    expect(body.nodes.map((n: { id: string }) => n.id)).toContain('russia');
    const boycott = body.edges.find((e: { type: string; source: string }) => e.type === 'BOYCOTTS');
    expect(boycott.evidence).toBeUndefined();
    expect(boycott.reportCount).toBe(2);
    expect(boycott.firstReported).toBe('2018-01-28');
    const edge = await seeded.api.get(`/api/edges/${encodeURIComponent(boycott.id)}?limit=1`);
    expect(edge.status).toBe(200);
    expect(edge.body.evidenceTotal).toBe(2);
    expect(edge.body.edge.evidence).toHaveLength(1);
    expect(edge.body.edge.evidence[0].text).toMatch(/boycott/);
    expect(edge.body.edge.sources[0].title).toBe(SEED_TITLE);
    const next = await seeded.api.get(`/api/edges/${encodeURIComponent(boycott.id)}?offset=1&limit=1`);
    expect(next.body.edge.evidence[0].text).not.toBe(edge.body.edge.evidence[0].text);
  });

  it('says how many edges among the shown entities the initial graph leaves out', async () => {
    const { body } = await seeded.api.get('/api/graph?limit=500');
    const russia = (body.edges as { source: string; target: string }[]).filter(
      (e) => e.source === 'russia' || e.target === 'russia',
    );
    const details = await seeded.api.get('/api/nodes/russia');
    // The seed is under the caps: every edge is drawn, and Russia has all of its own.
    expect(body.edgesHidden).toBe(0);
    expect(body.edgeTotal).toBe(body.edges.length);
    expect(russia).toHaveLength(details.body.edgeTotal);
  });

  it('caps the reports per edge in node details and says how many there are', async () => {
    const { body } = await seeded.api.get('/api/nodes/syrian-negotiations-commission?evidence=1');
    const boycott = body.edges.find((e: { type: string }) => e.type === 'BOYCOTTS');
    expect(boycott.evidence).toHaveLength(1);
    expect(boycott.evidenceTotal).toBe(2);
  });

  it('limits the initial graph and says how much is hidden', async () => {
    const { body } = await seeded.api.get('/api/graph?limit=5');
    expect(body.nodes).toHaveLength(5);
    expect(body.hidden).toBe(body.total - 5);
  });

  it.each([
    ['SNC', 'syrian-negotiations-commission'],
    ['de Mistura', 'staffan-de-mistura'],
    ['high negotiations', 'syrian-negotiations-commission'],
    ['Moscow', 'russia'],
    ['Ja’afari', 'bashar-al-jaafari'],
    ['lavr', 'sergey-lavrov'],
  ])('search "%s" finds %s', async (q, id) => {
    const { status, body } = await seeded.api.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.results.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('ranks an exact alias before longer names that contain it', async () => {
    const { body } = await seeded.api.get('/api/search?q=SNC&limit=3');
    expect(body.results[0].id).toBe('syrian-negotiations-commission');
    expect(body.results[0].exact).toBe(true);
    expect(body.results.map((r: { id: string }) => r.id)).toContain('snc-spokesman');
    expect(body.results.find((r: { id: string }) => r.id === 'snc-spokesman').exact).toBe(false);
  });

  it('shows an entity with its relationships grouped by evidence', async () => {
    const { status, body } = await seeded.api.get('/api/nodes/syrian-negotiations-commission');
    expect(status).toBe(200);
    expect(body.node.aliases).toContain('SNC');
    const boycott = body.edges.find((e: { type: string }) => e.type === 'BOYCOTTS');
    expect(boycott.evidence.length).toBe(2);
    expect(body.articles[0].title).toBe(SEED_TITLE);
  });

  it('caps the relationships and articles of a node and says how many there are', async () => {
    const { body } = await seeded.api.get('/api/nodes/russia?edges=2&articles=1');
    expect(body.edges).toHaveLength(2);
    expect(body.edgeTotal).toBeGreaterThan(2);
    expect(body.articleTotal).toBeGreaterThanOrEqual(body.articles.length);
    const full = await seeded.api.get('/api/nodes/russia');
    expect(full.body.edges).toHaveLength(full.body.edgeTotal);
    expect(full.body.edges[0].confidence).toBeGreaterThanOrEqual(full.body.edges.at(-1).confidence);
  });

  it('expands a neighbourhood restricted to relationship types', async () => {
    const { status, body } = await seeded.api.get('/api/nodes/russia/neighbours?types=ALLIED_WITH');
    expect(status).toBe(200);
    expect(body.nodes.map((n: { id: string }) => n.id)).toEqual(['bashar-al-assad']);
    expect(body.edges.every((e: { type: string }) => e.type === 'ALLIED_WITH')).toBe(true);
  });

  it('finds a path from Russia to the SNC through the congress, citing the article', async () => {
    const { status, body } = await seeded.api.get('/api/paths?from=Russia&to=SNC');
    expect(status).toBe(200);
    const [first] = body.paths;
    expect(first.nodes.map((n: { id: string }) => n.id)).toEqual([
      'russia',
      'syrian-national-dialogue-congress',
      'syrian-negotiations-commission',
    ]);
    expect(first.summary).toMatch(
      /^Russia -\w+-> Syrian National Dialogue Congress <-BOYCOTTS- Syrian Negotiations Commission$/,
    );
    expect(first.hops).toHaveLength(2);
    expect(first.explanation).toContain(SEED_TITLE);
    expect(first.hops[1].text).toContain('boycott');
  });

  it('finds paths from de Mistura to Assad, shortest first, each with evidence', async () => {
    const { body } = await seeded.api.get('/api/paths?from=de%20mistura&to=ASSAD&k=3');
    expect(body.paths.length).toBeGreaterThan(0);
    const lengths = body.paths.map((p: { length: number }) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of body.paths) {
      expect(path.nodes[0].id).toBe('staffan-de-mistura');
      expect(path.nodes.at(-1).id).toBe('bashar-al-assad');
      for (const edge of path.relationships) expect(edge.evidence.length).toBeGreaterThan(0);
    }
  });

  it('restricts paths to the given types and never walks through articles', async () => {
    const { body } = await seeded.api.get('/api/paths?from=russia&to=syrian-negotiations-commission&types=ALLIED_WITH');
    expect(body.paths).toEqual([]);
    const all = await seeded.api.get('/api/paths?from=russia&to=syrian-negotiations-commission&k=10');
    for (const path of all.body.paths) {
      expect(path.relationships.every((e: { type: string }) => e.type !== 'MENTIONS')).toBe(true);
    }
  });

  it('answers an unknown name with 404 and close matches', async () => {
    const { status, body } = await seeded.api.get('/api/paths?from=Lavorv&to=SNC');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.suggestions).toContain('Sergey Lavrov');
  });

  it('runs read-only Cypher and returns rows and a graph', async () => {
    const { status, body } = await seeded.api.post('/api/cypher', {
      query: 'MATCH (a:Entity)-[r:BOYCOTTS]->(m) RETURN a, r, m',
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['a', 'r', 'm']);
    expect(body.graph.nodes.map((n: { id: string }) => n.id)).toContain('syrian-negotiations-commission');
    expect(body.graph.edges[0].type).toBe('BOYCOTTS');
  });

  it('passes Cypher parameters and reports when the row cap cuts', async () => {
    const { body } = await seeded.api.post('/api/cypher', {
      query: 'UNWIND range(1, $n) AS i RETURN i',
      params: { n: 5000 },
    });
    expect(body.truncated).toBe(true);
    expect(body.rows.length).toBe(body.rowLimit);
  });

  it('answers Cypher syntax errors with 400, Neo4j message and position', async () => {
    const { status, body } = await seeded.api.post('/api/cypher', { query: 'MATCH (n RETURN n' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('query_error');
    expect(body.error.position.line).toBe(1);
  });

  it.each([
    'CREATE (n:Entity {id: "intruder"}) RETURN n',
    'MERGE (n:Entity {id: "intruder"}) RETURN n',
    'MATCH (n:Entity {id: "russia"}) SET n.name = "Hacked" RETURN n',
    'MATCH (n:Entity {id: "russia"}) DETACH DELETE n',
    'MATCH ()-[r:BOYCOTTS]->() DELETE r',
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    'CREATE INDEX x IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  ])('refuses a write: %s', async (query) => {
    const before = await getCounts(seeded.db);
    const { status, body } = await seeded.api.post('/api/cypher', { query });
    // LOAD CSV is refused by the console guard (403) before Neo4j's read transaction refuses it.
    expect(status).toBe(query.startsWith('LOAD CSV') ? 403 : 400);
    expect(body.error.message).toBeTruthy();
    expect(await getCounts(seeded.db)).toEqual(before);
    const russia = await seeded.api.get('/api/nodes/russia');
    expect(russia.body.node.name).toBe('Russia');
  });

  it.each([
    ['/api/graph?limit=abc', 400],
    ['/api/graph?limit=0', 400],
    ['/api/search', 400],
    ['/api/search?q=', 400],
    ['/api/search?q=x&limit=1000', 400],
    ['/api/nodes/no-such-entity', 404],
    ['/api/nodes/russia?edges=0', 400],
    ['/api/nodes/no-such-entity/neighbours', 404],
    ['/api/nodes/russia/neighbours?types=LOVES', 400],
    ['/api/nodes/russia/neighbours?limit=-1', 400],
    ['/api/edges/not-an-edge-id', 400],
    ['/api/edges/russia:HOSTS:no-such-entity', 404],
    ['/api/edges/russia:HOSTS:russia?limit=0', 400],
    ['/api/paths?from=Russia', 400],
    ['/api/paths?from=Russia&to=SNC&k=0', 400],
    ['/api/paths?from=Russia&to=SNC&maxHops=11', 400],
    ['/api/paths?from=Russia&to=SNC&types=HOSTS,NOPE', 400],
    ['/api/no-such-route', 404],
  ])('GET %s answers %i with an error body', async (path, status) => {
    const response = await seeded.api.get(path);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBeTruthy();
    expect(response.body.error.message).toBeTruthy();
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it.each([
    ['not json', true, 400],
    [{}, false, 400],
    [{ query: '' }, false, 400],
    [{ query: 'RETURN 1', params: 'x' }, false, 400],
    [{ query: 'RETURN 1', extra: true }, false, 400],
  ])('POST /api/cypher %j (raw: %s) answers %i', async (body, raw, status) => {
    const response = await seeded.api.post('/api/cypher', body, raw as boolean);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBeTruthy();
  });
});
