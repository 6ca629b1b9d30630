// Integration: every /api route (src/api/app.ts, article-routes.ts, view-routes.ts,
// time-routes.ts) against the inputs a careless or hostile client sends — repeated and bracketed
// query keys, broken percent-encoding, bodies that are not objects, nested a million deep, with
// `__proto__` keys, huge numbers or over the size limit, and wrong methods. Each answer is a 4xx
// JSON error with a message, never a 500, a stack trace or a file path, and nothing is written.
import { describe, expect, it } from 'vitest';
import { getCounts } from '../../src/graph/overview.ts';
import { useSeededApi } from './seeded-api.ts';

/** GET routes and the query keys they read; `required` ones are missing when sent as `key[]`. */
const GET_ROUTES: { path: string; keys: string[]; required: string[] }[] = [
  { path: '/api/graph', keys: ['limit'], required: [] },
  { path: '/api/search?q=Russia', keys: ['q', 'limit'], required: [] },
  { path: '/api/search', keys: [], required: ['q'] },
  { path: '/api/nodes/russia', keys: ['edges', 'articles', 'evidence', 'offset'], required: [] },
  { path: '/api/nodes/russia/neighbours', keys: ['types', 'limit', 'shown'], required: [] },
  { path: '/api/edges/russia:HOSTS:syrian-national-dialogue-congress', keys: ['offset', 'limit'], required: [] },
  { path: '/api/paths?from=Russia&to=SNC', keys: ['from', 'to', 'k', 'maxHops', 'types'], required: [] },
  { path: '/api/paths?to=SNC', keys: [], required: ['from'] },
  { path: '/api/timeline', keys: ['entity', 'type'], required: [] },
  { path: '/api/disagreements', keys: ['entity', 'limit'], required: [] },
  { path: '/api/sources', keys: ['q', 'offset', 'limit'], required: [] },
];
const PLAIN_GETS = ['/api/health', '/api/views'];
const PATH_PARAM_ROUTES = ['/api/nodes/%E0%A4%A', '/api/nodes/%E0%A4%A/neighbours', '/api/edges/%C0', '/api/views/%FF'];
const POST_ROUTES = ['/api/cypher', '/api/articles?dryRun=true', '/api/articles', '/api/views'];

const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const BAD_BODIES: [string, string][] = [
  ['an array', '[{"query": "RETURN 1", "text": "Russia hosts talks.", "name": "v", "state": {}}]'],
  ['a string', '"RETURN 1"'],
  ['null', 'null'],
  ['a number', '42'],
  ['not JSON', '{"query": '],
  [
    'nested a million levels deep',
    `{"query": "RETURN 1", "text": "x", "name": "v", "state": {"a": ${deep(1_000_000)}}}`,
  ],
  ['nested 100 levels in params', `{"query": "RETURN $x", "params": {"x": ${deep(100)}}, "text": ${deep(100)}}`],
  ['a __proto__ key', '{"__proto__": {"query": "RETURN 1", "text": "Russia hosts.", "name": "v", "state": {}}}'],
  [
    'a nested __proto__ key',
    '{"query": "RETURN 1", "params": {"__proto__": {"x": 1}}, "text": "x", "name": "v", "state": {"__proto__": {}}}',
  ],
  [
    'huge numbers where text goes',
    '{"query": 1e400, "text": 1e400, "name": 123456789012345678901234567890, "state": {}}',
  ],
  [
    'a huge review index',
    '{"query": "RETURN 1", "params": [], "text": "Russia hosts.", "reviewed": {"entities": [], "relations": [1e300]}, "name": "", "state": []}',
  ],
];

const LEAK = /\n\s+at |\/work\/|node_modules|\.ts:\d|\.js:\d/;

function expectClientError(status: number, body: { error?: { code?: unknown; message?: unknown } }, what: string) {
  expect(status, what).toBeGreaterThanOrEqual(400);
  expect(status, what).toBeLessThan(500);
  expect(typeof body.error?.code, what).toBe('string');
  expect(typeof body.error?.message, what).toBe('string');
  expect(String(body.error?.message), what).not.toMatch(LEAK);
}

describe('bad input: every /api door answers a clear 4xx and writes nothing', () => {
  const seeded = useSeededApi();
  const send = async (method: string, path: string, body?: string) => {
    const response = await fetch(seeded.api.url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body,
    });
    expect(response.headers.get('content-type'), `${method} ${path}`).toMatch(/^application\/json/);
    return { status: response.status, body: await response.json() };
  };
  const written = async () => ({
    counts: await getCounts(seeded.db),
    views: (await seeded.api.get('/api/views')).body.views.length,
  });

  it('refuses a query key given twice with 400 on every GET route that reads it', async () => {
    for (const { path, keys } of GET_ROUTES) {
      for (const key of keys) {
        const url = `${path}${path.includes('?') ? '&' : '?'}${key}=1&${key}=2`;
        const { status, body } = await send('GET', url);
        expect(status, url).toBe(400);
        expectClientError(status, body, url);
        expect(body.error.message, url).toMatch(new RegExp(`^\\w+: ${key}: `));
      }
    }
  });

  it('refuses key[]= for a required key with 400, and ignores it on routes that do not read it', async () => {
    for (const { path, required } of GET_ROUTES) {
      for (const key of required) {
        const { status, body } = await send('GET', `${path}${path.includes('?') ? '&' : '?'}${key}[]=Russia`);
        expect(status, path).toBe(400);
        expectClientError(status, body, path);
      }
    }
    for (const path of PLAIN_GETS) {
      const { status } = await send('GET', `${path}?x=1&x=2&y[]=3`);
      expect(status, path).toBe(200);
    }
  });

  it('refuses an id that is not valid percent-encoding with 400', async () => {
    for (const path of PATH_PARAM_ROUTES) {
      const { status, body } = await send('GET', path);
      expect(status, path).toBe(400);
      expectClientError(status, body, path);
      expect(body.error.message).toMatch(/^api: the URL is not valid percent-encoding/);
    }
  });

  it('refuses bodies that are not a JSON object of the right shape, on every POST route', async () => {
    const before = await written();
    for (const path of POST_ROUTES) {
      for (const [name, raw] of BAD_BODIES) {
        const { status, body } = await send('POST', path, raw);
        expectClientError(status, body, `${path} with ${name}`);
      }
    }
    expect(await written()).toEqual(before);
  });

  it('says which limit a body over the size limit passes (413)', async () => {
    const before = await written();
    const big = JSON.stringify({ query: 'RETURN 1', text: 'x', name: 'v', state: { big: 'x'.repeat(5_000_000) } });
    for (const path of POST_ROUTES) {
      const { status, body } = await send('POST', path, big);
      expect(status, path).toBe(413);
      expectClientError(status, body, path);
      expect(body.error.message).toMatch(/^api: the request body is over the 4 MB limit/);
    }
    expect(await written()).toEqual(before);
  });

  it('answers a wrong method with a 404 JSON error naming the route', async () => {
    const before = await written();
    const routes = [...GET_ROUTES.map(({ path }) => path.split('?')[0]!), ...PLAIN_GETS, ...POST_ROUTES];
    for (const path of routes) {
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const { status, body } = await send(method, path, '{}');
        expect(status, `${method} ${path}`).toBe(404);
        expectClientError(status, body, `${method} ${path}`);
        expect(body.error.message).toMatch(new RegExp(`^api: no route ${method} `));
      }
    }
    for (const path of ['/api/cypher', '/api/articles']) expect((await send('GET', path)).status).toBe(404);
    for (const path of ['/api/graph', '/api/search']) expect((await send('POST', path, '{}')).status).toBe(404);
    expect(await written()).toEqual(before);
  });
});
