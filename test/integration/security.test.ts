// Integration: the ways in of issue 9 — DNS rebinding (Host), cross-site writes (Origin,
// Sec-Fetch-Site), security headers and bodies in a charset or encoding Parley does not read.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { useSeededApi } from './seeded-api.ts';

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A request with any headers (fetch will not set Host). */
function raw(base: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  const url = new URL(path, base);
  return new Promise<RawAnswer>((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: text ? JSON.parse(text) : null,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };
const DRY_RUN = JSON.stringify({ text: 'Russia hosts the Sochi congress.' });

describe('security: hosts, origins and headers', () => {
  const seeded = useSeededApi({ config: { ...loadConfig(), allowedHosts: ['parley.lan'] } });
  let port: string;
  beforeAll(() => {
    port = new URL(seeded.api.url).port;
  });

  it('answers the loopback names and PARLEY_ALLOWED_HOSTS, on any port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'parley.lan', 'PARLEY.lan:8080']) {
      expect((await raw(seeded.api.url, 'GET', '/api/health', { host })).status).toBe(200);
    }
  });

  it('refuses a rebound name with 403 and says why', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1.evil.example', 'localhost.']) {
      const answer = await raw(seeded.api.url, 'GET', '/api/search?q=Russia', { host });
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('forbidden');
      expect(answer.body.error.message).toMatch(/PARLEY_ALLOWED_HOSTS/);
    }
    expect((await raw(seeded.api.url, 'GET', '/', { host: 'evil.example' })).status).toBe(403);
  });

  it('refuses writes from another origin or a cross-site page', async () => {
    const host = `127.0.0.1:${port}`;
    const cases: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: `http://evil.example:${port}` },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site' },
    ];
    for (const extra of cases) {
      const answer = await raw(
        seeded.api.url,
        'POST',
        '/api/articles?dryRun=true',
        { host, ...JSON_TYPE, ...extra },
        DRY_RUN,
      );
      expect(answer.status, JSON.stringify(extra)).toBe(403);
      expect(answer.body.error.code).toBe('forbidden');
    }
  });

  it('accepts writes from its own pages and from clients that send no Origin', async () => {
    const host = `127.0.0.1:${port}`;
    const cases: Record<string, string>[] = [
      {},
      { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' },
      { origin: `http://localhost:${port}` },
      { 'sec-fetch-site': 'none' },
    ];
    for (const extra of cases) {
      const answer = await raw(
        seeded.api.url,
        'POST',
        '/api/articles?dryRun=true',
        { host, ...JSON_TYPE, ...extra },
        DRY_RUN,
      );
      expect(answer.status, JSON.stringify(extra)).toBe(200);
    }
  });

  it('sends the security headers on every answer, errors included', async () => {
    for (const path of ['/api/health', '/api/nope', '/api/nodes/%00']) {
      const { headers } = await raw(seeded.api.url, 'GET', path, { host: `127.0.0.1:${port}` });
      expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('answers 415, not 500, to a body in another charset or an unknown encoding', async () => {
    const host = `127.0.0.1:${port}`;
    const latin1 = await raw(
      seeded.api.url,
      'POST',
      '/api/articles?dryRun=true',
      { host, 'content-type': 'application/json; charset=latin1' },
      DRY_RUN,
    );
    expect(latin1.status).toBe(415);
    expect(latin1.body.error.code).toBe('unsupported_media_type');
    const encoded = await raw(
      seeded.api.url,
      'POST',
      '/api/cypher',
      { host, ...JSON_TYPE, 'content-encoding': 'bogus' },
      JSON.stringify({ query: 'RETURN 1' }),
    );
    expect(encoded.status).toBe(415);
    const big = await raw(
      seeded.api.url,
      'POST',
      '/api/cypher',
      { host, ...JSON_TYPE },
      JSON.stringify({ query: 'x'.repeat(5e6) }),
    );
    expect(big.status).toBe(413);
  });
});

describe('security: the console reads the graph, nothing else', () => {
  const seeded = useSeededApi();
  let listener: http.Server;
  let listenerUrl: string;
  let fetched = 0;
  beforeAll(async () => {
    listener = http.createServer((_req, res) => {
      fetched += 1;
      res.end('a,b\n1,2\n');
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    listenerUrl = `http://127.0.0.1:${(listener.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => listener.close(() => resolve()));
  });

  it('refuses LOAD CSV, however it is written, and Neo4j fetches nothing', async () => {
    for (const query of [
      `LOAD CSV FROM '${listenerUrl}' AS row RETURN row`,
      `load /* hidden */ csv WITH HEADERS FROM '${listenerUrl}' AS row RETURN row`,
      `MATCH (n:Entity) WITH n LIMIT 1 CALL { WITH n LOAD CSV FROM '${listenerUrl}' + n.id AS row RETURN row } RETURN row`,
    ]) {
      const { status, body } = await seeded.api.post('/api/cypher', { query });
      expect(status, query).toBe(403);
      expect(body.error.code).toBe('forbidden');
      expect(body.error.message).toMatch(/LOAD CSV/);
    }
    expect(fetched).toBe(0);
  });

  it('refuses statements about other sessions, the server and other databases', async () => {
    for (const query of [
      'SHOW TRANSACTIONS YIELD *',
      'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
      'SHOW SETTINGS',
      'CALL dbms.listConfig()',
      'CALL dbms.queryJmx("*:*")',
      'CALL dbms.listConnections()',
      'CALL dbms.killConnections(["bolt-1"])',
      'call  dbms.listConfig() yield name return name',
      'EXPLAIN USE system SHOW DATABASES',
      'USE system SHOW DATABASES',
      'CALL { USE neo4j MATCH (n) RETURN n } RETURN n',
    ]) {
      const { status, body } = await seeded.api.post('/api/cypher', { query });
      expect(status, query).toBe(403);
      expect(body.error.code).toBe('forbidden');
      expect(body.error.message).toMatch(/^console: /);
    }
  });

  it('still reads the graph, its schema and the full-text index', async () => {
    for (const query of [
      'CALL db.labels()',
      'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
      'MATCH (n) RETURN n LIMIT 1',
      'SHOW INDEXES',
      'SHOW CONSTRAINTS',
      "RETURN 'LOAD CSV is refused' AS note // USE system",
      'MATCH (n:Entity) WITH n.name AS use RETURN use LIMIT 1',
    ]) {
      const { status, body } = await seeded.api.post('/api/cypher', { query });
      expect(status, `${query}: ${JSON.stringify(body)}`).toBe(200);
      expect(body.rows.length).toBeGreaterThan(0);
    }
  });
});
