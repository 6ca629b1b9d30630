// Integration (fault): the local Neo4j that Parley started is killed (SIGKILL). Every route
// answers 503 within a second while Parley restarts it, the routes come back by themselves on
// the new Bolt port, and what was written before the kill is still there.
import { describe, expect, it } from 'vitest';
import { ROUTES, useFaultServer, waitUntilAllAnswer } from './faults-server.ts';

describe('a killed local Neo4j', () => {
  const server = useFaultServer();

  it('answers 503 within 1 s while it is down, restarts it and recovers with the data', async () => {
    const saved = await server().call([
      'POST',
      '/api/views',
      { name: 'before the kill', state: { selected: 'russia' } },
    ]);
    expect(saved.status).toBe(201);
    const killedPid = server().neo4jPid();

    process.kill(killedPid, 'SIGKILL');
    const down = [];
    for (const route of ROUTES) down.push({ route: route[1], ...(await server().call(route)) });
    for (const answer of down) {
      expect(answer.status, answer.route).toBe(503);
      expect(answer.ms, answer.route).toBeLessThan(1_000);
    }
    expect(down.find((answer) => answer.route === '/api/health')?.body.neo4j.connected).toBe(false);
    expect(down.find((answer) => answer.route === '/api/graph')?.body.error.code).toBe('database_unavailable');

    // Bounded, not instant: the new JVM starts, replays its log and warms up on a loaded machine.
    const recoveryMs = await waitUntilAllAnswer(server(), 240_000);
    console.log(
      `faults-kill: 503 in at most ${Math.max(...down.map((answer) => answer.ms)).toFixed(0)} ms while down; ` +
        `recovered in ${(recoveryMs / 1000).toFixed(1)} s`,
    );
    expect(server().neo4jPid()).not.toBe(killedPid);
    expect(server().log.some((line) => /restart attempt 1/.test(line))).toBe(true);
    const view = await server().call(['GET', `/api/views/${saved.body.id}`]);
    expect(view.status).toBe(200);
    expect(view.body.state).toEqual({ selected: 'russia' });
  }, 600_000);
});
