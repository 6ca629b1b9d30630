// Integration: the CLI's --as-of, --from, --to, --outlet and --speaker on `path`, `graph` and
// `show` give, with --json, the very answers of the API's time and sources parameters, against
// the run's Neo4j with the seed (every report from the article of 28 January 2018).
import { describe, expect, it } from 'vitest';
import { useSeededApi } from './seeded-api.ts';
import { parley } from './parley-cli.ts';

// Each case starts the CLI (a TypeScript process and a Neo4j connection): slow on a busy machine.
describe('parley CLI time and sources options', { timeout: 120_000 }, () => {
  const seeded = useSeededApi();

  /** The CLI's --json answer must be the API's; returns the API's for further checks. */
  async function sameAsApi(args: string[], path: string) {
    const { code, stdout, stderr } = await parley(...args, '--json');
    expect(code, stderr).toBe(0);
    const { body } = await seeded.api.get(path);
    expect(JSON.parse(stdout)).toEqual(body);
    return body;
  }

  it('path --from --to --json is /api/paths with windowFrom/windowTo', async () => {
    const body = await sameAsApi(
      ['path', 'russia', 'SNC', '--from', '2018-01-20', '--to', '2018-01-26'],
      '/api/paths?from=russia&to=SNC&windowFrom=2018-01-20&windowTo=2018-01-26',
    );
    expect(body.timeFilter).toMatchObject({ from: '2018-01-20', to: '2018-01-26' });
  });

  it('graph --as-of --json is /api/graph?asOf: nothing as of 27 January, and it says so', async () => {
    const body = await sameAsApi(['graph', '--as-of', '2018-01-27'], '/api/graph?asOf=2018-01-27');
    expect(body.timeFilter.empty).toBe(true);
  });

  it('show --from --speaker --json is /api/nodes/:id with from and speakers', async () => {
    const body = await sameAsApi(
      ['show', 'de Mistura', '--from', '2018-01-25', '--speaker', 'staffan-de-mistura'],
      '/api/nodes/staffan-de-mistura?from=2018-01-25&speakers=staffan-de-mistura',
    );
    expect(body.edges.length).toBeGreaterThan(0);
  });

  it('show prints, for people, each report with its dates and speaker and what the filter left out', async () => {
    const { code, stdout } = await parley('show', 'Vienna talks', '--as-of', '2018-01-28', '--to', '2018-01-24');
    expect(code).toBe(0);
    expect(stdout).toContain('Vienna talks (Meeting)');
    expect(stdout).toMatch(/filter: \d+ report\(s\) left out \(about a meeting outside \.\.2018-01-24\)/);
  });

  it('a bad date fails with one line naming the command, before any database work', async () => {
    const { code, stderr } = await parley('graph', '--from', '2018-02-30');
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toEqual(["graph: --from must be a date YYYY-MM-DD, got '2018-02-30'"]);
  });
});
