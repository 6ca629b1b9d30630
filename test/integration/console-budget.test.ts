// Integration: a burst of slow console queries cannot starve the other routes. The console runs
// a few at a time, queues a few more and refuses the rest with 429 and Retry-After, while
// search, details and paths keep answering against the real Neo4j.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { useSeededApi } from './seeded-api.ts';

// Counts through a large range: CPU-bound, bounded by the console's time limit.
const SLOW = 'UNWIND range(1, 20000000) AS i WITH i WHERE i = -1 RETURN count(i) AS n';

describe('console budget', () => {
  const config = loadConfig();
  const seeded = useSeededApi({
    config: {
      ...config,
      cypher: { ...config.cypher, timeoutMs: 2_000 },
      consoleBudget: { perClient: 1, total: 2, queue: 2 },
    },
  });

  it('refuses console queries past its budget with 429 while other routes still answer', async () => {
    const burst = Array.from({ length: 30 }, () =>
      fetch(`${seeded.api.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SLOW }),
      }),
    );
    const refused = (await Promise.all(burst.slice(2))).filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(26);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused[0]!.json()).error.message).toMatch(/^cypher: too many console queries/);

    for (const route of ['/api/search?q=SNC', '/api/nodes/russia', '/api/paths?from=Russia&to=SNC']) {
      // Status only: the slow queries still compete for CPU on a shared machine; the point is that
      // these routes get a connection while the console's slots are full.
      expect((await seeded.api.get(route)).status, route).toBe(200);
    }
    const admitted = await Promise.all(burst.slice(0, 2));
    for (const response of admitted) expect([200, 408]).toContain(response.status);
  }, 60_000);
});
