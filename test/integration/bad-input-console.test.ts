// Integration: the console's answer and what it may run (issue 9) — huge answers are streamed
// and cut at a byte budget, and statements that reach other sessions, the server, other
// databases or the network are refused with 403, however they are spelled.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { useSeededApi } from './seeded-api.ts';

/** 1,000 rows of a 1 MiB string each (the string doubled 20 times), about 1 GB in all. */
const HUGE_ROWS = "WITH reduce(s = 'x', k IN range(1, 20) | s + s) AS big UNWIND range(1, 1000) AS i RETURN i, big";

describe('console: the answer is capped in bytes as well as rows', () => {
  const seeded = useSeededApi();

  it('cuts 1,000 rows of 1 MB at the byte budget, says so, and the API stays small', async () => {
    const { maxBytes } = loadConfig().cypher;
    const before = process.memoryUsage().rss;
    const answers = await Promise.all([
      seeded.api.post('/api/cypher', { query: HUGE_ROWS }),
      seeded.api.post('/api/cypher', { query: HUGE_ROWS }),
    ]);
    const grown = process.memoryUsage().rss - before;
    console.log(
      `console byte cap: RSS ${Math.round(before / 1e6)} MB -> +${Math.round(grown / 1e6)} MB for two answers`,
    );
    for (const { status, body } of answers) {
      expect(status).toBe(200);
      expect(body.truncated).toBe(true);
      expect(body.truncatedBy).toBe('bytes');
      expect(body.byteLimit).toBe(maxBytes);
      expect(body.rows.length).toBeGreaterThan(0);
      expect(body.rows.length).toBeLessThan(10);
      expect(Buffer.byteLength(JSON.stringify(body.rows))).toBeLessThanOrEqual(maxBytes);
    }
    // Without the cap each answer held 1 GB of rows; a generous bound, far below that.
    expect(grown).toBeLessThan(400e6);
  });

  it('still says when the row cap cut, and nothing when nothing was cut', async () => {
    const cut = await seeded.api.post('/api/cypher', { query: 'UNWIND range(1, 5000) AS i RETURN i' });
    expect(cut.body.truncatedBy).toBe('rows');
    expect(cut.body.rows.length).toBe(cut.body.rowLimit);
    const whole = await seeded.api.post('/api/cypher', { query: 'UNWIND range(1, 5) AS i RETURN i' });
    expect(whole.body).toMatchObject({ truncated: false, truncatedBy: null });
    expect(whole.body.rows).toHaveLength(5);
  });
});

describe('console: an attacker reads the graph and its schema, nothing else', () => {
  const seeded = useSeededApi();

  const refused: Record<string, string[]> = {
    'other sessions': [
      'SHOW TRANSACTIONS',
      'SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN *',
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      'CALL dbms.killConnections(["bolt-1"])',
      'CALL dbms.listConnections() YIELD connectionId RETURN connectionId',
      'CYPHER runtime=slotted SHOW TRANSACTIONS',
    ],
    'the server': [
      'CALL dbms.listConfig',
      'CALL `dbms`.`listConfig`() YIELD name, value RETURN name, value',
      'CALL dbms . queryJmx("*:*") YIELD name RETURN name',
      'MATCH (n) CALL (n) { CALL dbms.listConfig() YIELD name RETURN name } RETURN name LIMIT 1',
      'RETURN COUNT { CALL dbms.queryJmx("*:*") YIELD name RETURN name } AS beans',
      'OPTIONAL CALL dbms.listConfig() YIELD name RETURN name',
      'SHOW SETTINGS',
      'SHOW SERVERS',
      'SHOW USERS',
      'SH\\u004fW USERS',
      'CYPHER 5 SHOW CURRENT USER',
      'EXPLAIN SHOW DATABASES',
      'SHOW ROLES',
      "CREATE USER mallory SET PASSWORD 'secret-secret'",
      "ALTER USER neo4j SET PASSWORD 'secret-secret'",
      'STOP DATABASE neo4j',
    ],
    'other databases': [
      'USE system SHOW DATABASES',
      'USE`neo4j` MATCH (n) RETURN count(n)',
      'U\\u0053E neo4j MATCH (n) RETURN count(n)',
      'CYPHER 5 USE neo4j MATCH (n) RETURN count(n)',
      "USE graph.byName('neo4j') MATCH (n) RETURN count(n)",
      'MATCH (n) RETURN count(n) AS c UNION DISTINCT USE neo4j MATCH (n) RETURN count(n) AS c',
    ],
    'batched writes': [
      'CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN count(n)',
      'CALL { MATCH (n) RETURN n } IN $n CONCURRENT TRANSACTIONS RETURN count(n)',
      'CALL { MATCH (n) RETURN n } IN (1 + 1) CONCURRENT TRANSACTIONS OF 10 ROWS RETURN count(n)',
      'CALL { MATCH (n) RETURN n } IN TR\\u0041NSACTIONS RETURN count(n)',
    ],
    'procedures with side effects': [
      "CALL db.createLabel('Planted')",
      "CALL db.createProperty('planted')",
      'CALL db.clearQueryCaches()',
      'CALL db.prepareForReplanning()',
      "CALL db.stats.collect('QUERIES')",
      'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
      'CALL tx.setMetaData({who: "mallory"})',
    ],
    'the network': [
      "LOAD CSV FROM 'http://169.254.169.254/latest/meta-data/' AS row RETURN row",
      'LOAD CSV FROM $url AS row RETURN row',
      "load\n// a comment\ncsv with headers from 'http://127.0.0.1:1/' AS row RETURN row",
      "L\\u004fAD CSV FROM 'http://127.0.0.1:1/' AS row RETURN row",
      "LO\\u0041D CSV FROM 'http://127.0.0.1:1/' AS row FIELDTERMINATOR ';' RETURN row",
      "CYPHER 5 PROFILE LOAD CSV FROM 'http://127.0.0.1:1/' AS row RETURN row",
    ],
  };

  for (const [what, queries] of Object.entries(refused)) {
    it(`refuses what reaches ${what} with 403 and says why`, async () => {
      for (const query of queries) {
        const { status, body } = await seeded.api.post('/api/cypher', {
          query,
          params: { n: 2, url: 'http://127.0.0.1:1/' },
        });
        expect(status, query).toBe(403);
        expect(body.error.code, query).toBe('forbidden');
        expect(body.error.message, query).toMatch(/^console: .+ is refused .*read the graph and its schema/);
      }
    });
  }

  it('created nothing while refusing', async () => {
    const { body } = await seeded.api.post('/api/cypher', {
      query: 'CALL db.labels() YIELD label RETURN collect(label) AS labels',
    });
    expect(body.rows[0][0]).not.toContain('Planted');
  });

  it('still reads the schema and the graph, whatever the names in it', async () => {
    for (const query of [
      'CALL db.labels',
      'CALL db.schema.visualization()',
      'CALL db.schema.nodeTypeProperties() YIELD nodeType RETURN nodeType',
      'CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey',
      'SHOW INDEXES',
      'CYPHER 5 SHOW RANGE INDEXES YIELD name RETURN name',
      'SHOW CONSTRAINTS',
      'SHOW FUNCTIONS',
      'SHOW PROCEDURES',
      'CALL dbms.components()',
      "CALL db.index.fulltext.queryNodes('entity_search', 'Russia') YIELD node RETURN node.name",
      'MATCH (n:Entity) WITH n.name AS use RETURN use LIMIT 1',
      'MATCH (n:Entity) RETURN {use: n.id, show: n.name} AS m LIMIT 1',
      'WITH ["x"] AS transactions RETURN "x" IN transactions AS found',
      "RETURN 'LOAD CSV and USE system and SHOW USERS' AS note",
    ]) {
      const { status, body } = await seeded.api.post('/api/cypher', { query });
      expect(status, `${query}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
      expect(body.rows.length, query).toBeGreaterThan(0);
    }
  });
});
