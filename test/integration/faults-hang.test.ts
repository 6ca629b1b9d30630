// Integration (fault): the local Neo4j is stopped (SIGSTOP), alive but silent. Every route answers
// 503 within a few seconds (health included) instead of hanging, and all of them recover by
// themselves once it continues (SIGCONT).
import { describe, expect, it } from 'vitest';
import { ROUTES, useFaultServer, waitUntilAllAnswer } from './faults-server.ts';

// "A few seconds": the liveness check notices within about 5 s (a check a second, 4 s of
// silence); the rest is room for a loaded 2-core machine.
const HUNG_ANSWER_MS = 12_000;

describe('a hung local Neo4j', () => {
  const server = useFaultServer();

  it('answers 503 within a few seconds on every route while stopped, and recovers after SIGCONT', async () => {
    const pid = server().neo4jPid();

    process.kill(pid, 'SIGSTOP');
    try {
      // All at once, as users would: each waits on a Neo4j that will not answer.
      const hung = await Promise.all(
        ROUTES.map(async (route) => ({ route: route[1], ...(await server().call(route)) })),
      );
      for (const answer of hung) {
        expect(answer.status, answer.route).toBe(503);
        expect(answer.ms, answer.route).toBeLessThan(HUNG_ANSWER_MS);
      }
      // Once the hang is known, nobody waits at all.
      const known = [];
      for (const route of ROUTES) known.push({ route: route[1], ...(await server().call(route)) });
      for (const answer of known) {
        expect(answer.status, answer.route).toBe(503);
        expect(answer.ms, answer.route).toBeLessThan(1_000);
      }
      expect(known.find((answer) => answer.route === '/api/graph')?.body.error.code).toBe('database_unavailable');
      console.log(
        `faults-hang: first 503s within ${Math.max(...hung.map((answer) => answer.ms)).toFixed(0)} ms, ` +
          `then within ${Math.max(...known.map((answer) => answer.ms)).toFixed(0)} ms`,
      );
    } finally {
      process.kill(pid, 'SIGCONT');
    }

    const recoveryMs = await waitUntilAllAnswer(server(), 60_000);
    console.log(`faults-hang: recovered ${(recoveryMs / 1000).toFixed(1)} s after SIGCONT`);
    expect(server().neo4jPid()).toBe(pid);
  }, 600_000);
});
