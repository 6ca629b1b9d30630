// Integration: start-up brings an old store up to date once and records it (report fields, the
// timeline's and sources' counts, the search tiers), and an entity stored without any relation is
// in the overview at once (it has an importance from its merge).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { applySchema, STORE_VERSION } from '../../src/graph/apply-schema.ts';
import { relationId } from '../../src/graph/edge-json.ts';
import { mergeFacts } from '../../src/graph/merge-facts.ts';
import { SEARCH_TIER } from '../../src/graph/search-tier.ts';
import { getOverview } from '../../src/graph/overview.ts';
import { getSources, getTimeline } from '../../src/graph/timeline.ts';
import { openDriver, restoreSnapshot, takeSnapshot, type GraphSnapshot } from '../support/graph-snapshot.ts';
import { openSeededDatabase } from './test-db.ts';

const OLD_MERGE = readFileSync(new URL('../fixtures/stores/merge-relations-a129aba.cypher', import.meta.url), 'utf8');

describe('store version', () => {
  let db: Database;
  const driver = openDriver();
  let snapshot: GraphSnapshot;
  const run = async (query: string, params: Record<string, unknown> = {}) => {
    const session = driver.session({ database: process.env.NEO4J_DATABASE });
    try {
      return (await session.run(query, params)).records;
    } finally {
      await session.close();
    }
  };
  const storedVersion = async () =>
    Number((await run('MATCH (s:StoreVersion) RETURN s.version AS v'))[0]?.get('v') ?? 0);

  beforeAll(async () => {
    db = await openSeededDatabase();
    snapshot = await takeSnapshot(driver);
  });
  afterAll(async () => {
    await restoreSnapshot(driver, snapshot);
    await run('MERGE (s:StoreVersion {name: "parley"}) SET s.version = $version', { version: STORE_VERSION });
    await driver.close();
    await db.close();
  });

  it('migrates a store that predates the marker on start, and marks it current', async () => {
    expect(await storedVersion()).toBe(STORE_VERSION);
    await run('MATCH (s:StoreVersion) DELETE s');
    const id = relationId('russia', 'FIGHTS', 'the-west');
    await run(OLD_MERGE, {
      articleId: 'old-store-a1',
      published: '2018-01-27',
      relations: [
        {
          id,
          source: 'russia',
          type: 'FIGHTS',
          target: 'the-west',
          evidence: 'Old.',
          confidence: 0.8,
          curated: false,
          props: {},
        },
      ],
    });
    await applySchema(db);
    const [row] = await run('MATCH ()-[r {id: $id}]->() RETURN r.negations AS negations, r.reportCount AS count', {
      id,
    });
    expect(row!.get('negations')).toEqual([false]);
    expect(Number(row!.get('count'))).toBe(1);
    expect(await storedVersion()).toBe(STORE_VERSION);
  });

  it('counts the reports of a store from before the kept counts on start: the same timeline and sources', async () => {
    const timeline = await getTimeline(db, { entity: null, type: null });
    const sources = await getSources(db);
    expect(timeline.days.length).toBeGreaterThan(0);
    await run('MATCH (t:ReportDay|ReportSource|ReportCounts) DELETE t');
    await run('MATCH (s:StoreVersion) SET s.version = 1');
    await applySchema(db);
    expect(Number((await run('MATCH (d:ReportDay) RETURN count(d) AS n'))[0]!.get('n'))).toBeGreaterThan(0);
    expect(await getTimeline(db, { entity: null, type: null })).toEqual(timeline);
    expect(await getSources(db)).toEqual(sources);
    expect(await storedVersion()).toBe(STORE_VERSION);
  });

  it('gives the prominent entities of a store from before the search tiers their tier on start', async () => {
    const tiers = async () =>
      new Map(
        (await run('MATCH (n:Entity) RETURN n.id AS id, n.searchTier AS tier')).map((r) => [
          r.get('id'),
          r.get('tier'),
        ]),
      );
    const [before] = await run('MATCH (n:Entity {id: "russia"}) RETURN n.importance AS importance');
    try {
      // As important as a prominent entity, in a store whose entities carry no tier yet.
      await run('MATCH (n:Entity {id: "russia"}) SET n.importance = $importance', {
        importance: SEARCH_TIER.prominent,
      });
      await run('MATCH (n:Entity) REMOVE n.searchTier');
      await run('MATCH (s:StoreVersion) SET s.version = 2');
      await applySchema(db);
      const after = await tiers();
      expect(after.get('russia')).toBe(SEARCH_TIER.tier);
      const prominent = await run('MATCH (n:Entity) WHERE n.importance >= $prominent RETURN n.id AS id', SEARCH_TIER);
      expect(
        [...after]
          .filter(([, tier]) => tier !== null)
          .map(([id]) => id)
          .sort(),
      ).toEqual(prominent.map((r) => r.get('id')).sort());
      expect(await storedVersion()).toBe(STORE_VERSION);
    } finally {
      await run('MATCH (n:Entity {id: "russia"}) SET n.importance = $importance REMOVE n.searchTier', {
        importance: before!.get('importance'),
      });
      await run('MATCH (n:Entity) WHERE n.importance >= $prominent SET n.searchTier = $tier', SEARCH_TIER);
    }
  });

  it('shows an entity that has no relation yet in the overview without a restart', async () => {
    await mergeFacts(db, {
      article: { id: 'store-version-a2', title: 'A lone actor', url: null, outlet: null, published: '2018-01-28' },
      entities: [{ id: 'lone-observer-group', name: 'Lone Observer Group', type: 'Organization', aliases: [] }],
      relations: [],
    });
    const { nodes } = await getOverview(db, 5_000);
    expect(nodes.map((node) => node.id)).toContain('lone-observer-group');
  });
});
