// Integration: the hot named queries use indexes. Each is PROFILEd against the seeded graph in a
// real Neo4j with real parameters, and its plan must not scan every node (AllNodesScan) or every
// node of a label (NodeByLabelScan); the overview must also read entities in importance order
// from its index rather than sort them all.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { cypher } from '../../src/db/cypher-files.ts';
import type { Database } from '../../src/db/database.ts';
import { DETAIL_LIMITS, detailsParams } from '../../src/graph/entity-details.ts';
import { DETOUR_MAX_HOPS, walksParams } from '../../src/graph/find-paths.ts';
import { luceneQuery, searchQueries } from '../../src/graph/lucene-query.ts';
import { searchParams } from '../../src/graph/search.ts';
import { warmPlans } from '../../src/graph/warm-plans.ts';
import { RELATION_TYPES } from '../../src/model/vocabulary.ts';
import { openSeededDatabase } from './test-db.ts';

const SCANS = ['AllNodesScan', 'NodeByLabelScan'];
/** A `$window` as src/graph/report-window.ts passes it: the week before the Sochi congress. */
const WEEK = { asOf: null, from: '2018-01-20', to: '2018-01-26', articles: null, speakers: null };

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

describe('query plans of hot queries', () => {
  let db: Database;
  let driver: Driver;
  // Russia is a hub of the seed graph (test/unit/seed-file.test.ts); `other` and `articleId` are
  // read from the seed so that the paths and citations cases have real endpoints.
  let ids: { russia: string; other: string; articleId: string };
  /** The paths route's parameters between the two test entities, in a time window or none. */
  const pathsParams = (window: typeof WEEK | null) => ({
    from: ids.russia,
    to: ids.other,
    maxHops: 6,
    pathLimit: 24,
    routes: 3,
    types: [...RELATION_TYPES],
    window,
  });

  beforeAll(async () => {
    db = await openSeededDatabase();
    driver = neo4j.driver(
      inject('neo4jUri'),
      process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '') : undefined,
    );
    const session = driver.session({ database: process.env.NEO4J_DATABASE });
    try {
      const result = await session.run(
        "MATCH (a:Article)-[:MENTIONS]->(n:Entity) WHERE n.id <> 'russia' RETURN a.id AS article, n.id AS other LIMIT 1",
      );
      ids = { russia: 'russia', other: result.records[0]!.get('other'), articleId: result.records[0]!.get('article') };
    } finally {
      await session.close();
    }
  });
  afterAll(async () => {
    await driver.close();
    await db.close();
  });

  async function profile(name: string, params: Record<string, unknown>): Promise<string[]> {
    const session = driver.session({ database: process.env.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher(name)}`, params));
      return operators(result.summary.profile as unknown as PlanNode);
    } finally {
      await session.close();
    }
  }

  const cases: [string, () => Record<string, unknown>][] = [
    ['search-entities', () => searchParams('Russia', searchQueries('Russia')!, 10, null)],
    ['entity-by-id', () => ({ id: ids.russia })],
    ['entity-candidates', () => ({ id: 'Lavrov', q: luceneQuery('Lavrov'), limit: 25 })],
    ['entity-details', () => detailsParams(ids.russia, DETAIL_LIMITS, null)],
    [
      'entity-neighbours',
      () => ({ id: ids.russia, types: [...RELATION_TYPES], limit: 50, shown: [ids.other], window: null }),
    ],
    ['articles-by-id', () => ({ ids: [ids.articleId] })],
    ['graph-overview', () => ({ limit: 10, edgesPerNode: 12 })],
    ['edge-evidence', () => ({ id: 'russia:HOSTS:x', source: ids.russia, target: ids.other })],
    ['shortest-paths', () => pathsParams(null)],
    ['detour-paths', () => ({ ...pathsParams(null), out: 2, in: 1, near: true })],
    ['path-ends-walks', () => walksParams(ids.russia, ids.other, DETOUR_MAX_HOPS)],
    [
      'longer-paths',
      () => ({
        from: ids.russia,
        to: ids.other,
        maxHops: 6,
        routes: 3,
        known: [],
        types: [...RELATION_TYPES],
        window: null,
      }),
    ],
    // Time and sources filters (contract "Time parameters"): the windowed overview and the account of a filter.
    ['graph-overview-window', () => ({ limit: 10, window: WEEK })],
    ['window-scope', () => ({ ids: [ids.russia] })],
    ['timeline-entity', () => ({ entity: ids.russia, type: null })],
  ];

  for (const [name, params] of cases) {
    it(`${name} reads through indexes, never a scan of all nodes or of a label`, async () => {
      const plan = await profile(name, params());
      expect(plan.length).toBeGreaterThan(0);
      expect(plan.filter((operator) => SCANS.includes(operator))).toEqual([]);
    });
  }

  it('reads the timeline and the sources from the counts kept at merge time, never from the facts', async () => {
    for (const [name, params] of [
      ['timeline', { type: null }],
      ['timeline', { type: 'ATTENDS' }],
      ['report-sources', {}],
    ] as const) {
      const plan = await profile(name, params);
      expect(plan.filter((operator) => /Relationship|Expand/.test(operator))).toEqual([]);
    }
  });

  it('reads the overview in importance order from the index, without sorting every entity', async () => {
    const plan = await profile('graph-overview', { limit: 10, edgesPerNode: 12 });
    // A Limit straight over the index seek: the entities come in order, none is sorted.
    const seek = plan.indexOf('NodeIndexSeekByRange');
    expect(seek).toBeGreaterThan(0);
    expect(plan[seek - 1]).toBe('Limit');
  });

  it('finds the shortest paths with a breadth-first search, never by expanding every path', async () => {
    for (const window of [null, WEEK]) {
      const plan = await profile('shortest-paths', pathsParams(window));
      // Neo4j falls back to a variable-length expansion when a predicate cannot be checked per hop.
      expect(plan).toContain('ShortestPath');
      expect(plan.filter((operator) => operator.startsWith('VarLengthExpand'))).toEqual([]);
    }
  });

  it('finds the longer routes by joining halves expanded from both ends, never by a search outward', async () => {
    for (const [out, into] of [
      [1, 1],
      [2, 1],
      [2, 2],
      [3, 1],
      [3, 2],
      [4, 1],
    ]) {
      const plan = await profile('detour-paths', { ...pathsParams(null), out, in: into, near: false });
      expect(plan).toContain('NodeHashJoin');
      expect(plan.filter((operator) => /ShortestPath|VarLengthExpand/.test(operator))).toEqual([]);
    }
  });

  it("plans every hot route's queries at start without an error (a renamed query or parameter would show here)", async () => {
    expect(await warmPlans(db)).toEqual([]);
  }, 300_000); // about fifty plans one after another: seconds each on a busy machine

  it('sees a label scan where there is one (the check is not vacuous)', async () => {
    const plan = await profile('entity-gazetteer', {});
    expect(plan).toContain('NodeByLabelScan');
  });
});
