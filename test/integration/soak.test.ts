// Integration (soak): 50 clients for 60 s on the user routes (search, node details, neighbours,
// paths, the overview graph, the timeline) against the seeded server, with the liveness check
// on as `parley serve` runs it, get no answer that is not 2xx and no socket error. The mix is
// bench/suites/soak.ts's; the console is left out (its budget answers 429 to a crowd by design).
import { describe, expect, it } from 'vitest';
import { soak, SOAK_CONNECTIONS, soakTable, type SoakTargets } from '../../bench/suites/soak.ts';
import { useSeededApi } from './seeded-api.ts';

// Seed entities (seed/syria-2018-01-28.yaml), words as a user types them, and pairs to join.
const TARGETS: SoakTargets = {
  ids: ['russia', 'syrian-negotiations-commission', 'staffan-de-mistura', 'sochi', 'united-nations', 'iran'],
  searches: ['Rus', 'SNC', 'de Mis', 'Soch', 'United', 'Assad'],
  pairs: [
    ['russia', 'syrian-negotiations-commission'],
    ['staffan-de-mistura', 'bashar-al-assad'],
    ['iran', 'geneva-talks'],
  ],
};

describe('soak', () => {
  const seeded = useSeededApi({ prepare: async (db) => db.watchLiveness() });

  it('serves 50 clients for 60 s with 0 errors', async () => {
    const result = await soak(seeded.api.url, TARGETS, SOAK_CONNECTIONS, 60);
    console.log(soakTable([{ label: 'seed', result }]), result.statuses, result.firstFailure);
    expect(result.requests).toBeGreaterThan(0);
    expect(result.non2xx).toBe(0);
    expect(result.socketErrors).toBe(0);
    expect(result.timeouts).toBe(0);
  }, 120_000);
});
