// Integration: the explorer's routes on a graph a hundred times the seed (a generated graph of
// 3,000 entities, 15,000 facts) in a Neo4j of its own with the production limits (each query
// capped at 256 MB): the overview, a hub's details and neighbours and a path between hubs all
// answer, with the overview's caps and totals, and under the size a browser should download; a
// hub's details read from its kept lists are the details read from the whole graph.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { driver as boltDriver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchLoad } from '../../bench/lib/batch-load.ts';
import { degrees, generateGraph } from '../../bench/generate.ts';
import { openDatabase } from '../../src/db/connect.ts';
import type { Database, Params } from '../../src/db/database.ts';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/db/local-neo4j.ts';
import { cypher } from '../../src/db/cypher-files.ts';
import { applySchema } from '../../src/graph/apply-schema.ts';
import {
  DETAIL_LIMITS,
  detailsParams,
  getEntityDetails,
  getNeighbours,
  neighboursParams,
} from '../../src/graph/entity-details.ts';
import { buildHubLists, HUB_SIZE } from '../../src/graph/hub-lists.ts';
import { mergeFacts } from '../../src/graph/merge-facts.ts';
import { OVERVIEW_EDGE_CAPS } from '../../src/graph/overview.ts';
import { rankMatches } from '../../src/graph/search.ts';
import { SEARCH_TIER } from '../../src/graph/search-tier.ts';
import { DETAILS_PAGE } from '../../src/model/details-page.ts';
import { RELATION_TYPES } from '../../src/model/vocabulary.ts';
import { serve, type TestServer } from './http.ts';

const graph = generateGraph({ entities: 3_000, seed: 11 });
const [hub, secondHub] = [...degrees(graph).entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
const hubEntity = graph.entities.find((entity) => entity.id === hub)!;

describe('routes on a generated graph of 3,000 entities', { timeout: 180_000 }, () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-scale-'));
  let neo4j: RunningNeo4j;
  let db: Database;
  let api: TestServer;

  beforeAll(async () => {
    neo4j = await startLocalNeo4j({ home, heap: '1g', pagecache: '128m' });
    db = openDatabase(neo4j.uri);
    await applySchema(db);
    await batchLoad(db, graph);
    api = await serve({ db });
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    await db?.close();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  const getJson = async (route: string) => {
    const response = await fetch(api.url + route);
    const text = await response.text();
    return { status: response.status, bytes: text.length, body: JSON.parse(text) };
  };

  it('serves the overview capped, with totals that say what it leaves out, under 1 MB', async () => {
    const { status, bytes, body } = await getJson('/api/graph');
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.nodes).toHaveLength(300);
    expect(body.hidden).toBe(graph.entities.length - 300);
    expect(body.edges.length).toBeGreaterThan(300);
    expect(body.edges.length).toBeLessThanOrEqual(OVERVIEW_EDGE_CAPS.total);
    expect(body.edgesHidden).toBe(body.edgeTotal - body.edges.length);
    expect(bytes).toBeLessThan(1_000_000);
  });

  it('serves the largest overview the API allows', async () => {
    const { status, body } = await getJson('/api/graph?limit=5000');
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.nodes).toHaveLength(graph.entities.length);
    expect(body.edges).toHaveLength(OVERVIEW_EDGE_CAPS.total);
  });

  it("serves the biggest hub's details and neighbours, and a path between the two biggest hubs", async () => {
    const details = await getJson(`/api/nodes/${hub}`);
    expect(details.status, JSON.stringify(details.body).slice(0, 300)).toBe(200);
    expect(details.body.edges.length).toBeGreaterThan(0);
    const neighbours = await getJson(`/api/nodes/${hub}/neighbours`);
    expect(neighbours.status).toBe(200);
    expect(neighbours.body.nodes.length).toBeGreaterThan(0);
    const paths = await getJson(`/api/paths?from=${hub}&to=${secondHub}`);
    expect(paths.status, JSON.stringify(paths.body).slice(0, 300)).toBe(200);
    expect(paths.body.paths.length).toBeGreaterThan(0);
  });

  it('finds the biggest hub first from the first letters of its name, before typo matches and smaller names', async () => {
    const typed = hubEntity.name.slice(0, 4);
    const namesOf = (entity: { name: string; aliases: string[] }) => [entity.name, ...entity.aliases];
    const others = graph.entities.filter(
      (entity) =>
        entity.id !== hub && namesOf(entity).some((name) => name.toLowerCase().startsWith(typed.toLowerCase())),
    );
    // Not vacuous: other names begin the same way.
    expect(others.length).toBeGreaterThan(0);
    const { status, body } = await getJson(`/api/search?q=${encodeURIComponent(typed)}&limit=5`);
    expect(status).toBe(200);
    const notExact = body.results.filter((hit: { exact: boolean }) => !hit.exact);
    expect(notExact[0]?.id).toBe(hub);
  });

  it('ranks a common prefix from its prominent matches alone, in the order reading every match gives', async () => {
    const typed = commonPrefix();
    const stages: string[] = [];
    const read = (all: boolean) => async (params: Params) => {
      const rows = await db.readQuery('search-entities', all ? { ...params, probes: [] } : params);
      stages.push(String(rows[0]!.stage));
      return rows;
    };
    const narrow = await rankMatches(read(false), typed, 30, null);
    const everyMatch = await rankMatches(read(true), typed, 30, null);
    // The new path is the one taken, it settles the answer, and the baseline read every match.
    expect(stages).toEqual(['tiered', 'every']);
    const ranks = (hits: typeof narrow) => hits.map((hit) => [hit.exact, hit.prefixed, hit.node.importance]);
    expect(ranks(narrow)).toEqual(ranks(everyMatch));
    const { body } = await getJson(`/api/search?q=${encodeURIComponent(typed)}&limit=10`);
    expect(body.results.map((hit: { id: string }) => hit.id)).toEqual(narrow.slice(0, 10).map((hit) => hit.node.id));
  });

  it("gives the hub's strongest facts first and counts all its articles", async () => {
    const { body } = await getJson(`/api/nodes/${hub}?edges=50`);
    const strength = (edge: { confidence: number; evidenceTotal: number }) => [edge.confidence, edge.evidenceTotal];
    const pairs = body.edges.map(strength);
    for (let i = 1; i < pairs.length; i++) {
      const [confidence, reports] = pairs[i];
      const [previousConfidence, previousReports] = pairs[i - 1];
      expect(confidence <= previousConfidence).toBe(true);
      if (confidence === previousConfidence) expect(reports).toBeLessThanOrEqual(previousReports);
    }
    expect(body.articleTotal).toBe(graph.mentions.filter(([, entity]) => entity === hub).length);
    expect(body.edgeTotal).toBe(degrees(graph).get(hub));
  });

  it("reads a hub's details from its kept lists: the same facts, articles and totals as from the whole graph", async () => {
    const { run, dbHits, close } = bolt(neo4j.uri);
    const mentionCount = new Map<string, number>();
    for (const [, entity] of graph.mentions) mentionCount.set(entity, (mentionCount.get(entity) ?? 0) + 1);
    const factHubs = [...degrees(graph)].filter(([, degree]) => degree >= HUB_SIZE).map(([id]) => id);
    const mentionHubs = [...mentionCount].filter(([, count]) => count >= HUB_SIZE).map(([id]) => id);
    const smallest = [...degrees(graph)].sort((a, b) => a[1] - b[1])[0]![0];
    // Not vacuous: hubs of both kinds, one a hub by articles alone.
    expect(factHubs.length).toBeGreaterThan(1);
    expect(mentionHubs.some((id) => !factHubs.includes(id))).toBe(true);
    const ids = [...new Set([...factHubs, ...mentionHubs, smallest])];
    const pages = [
      { edges: DETAILS_PAGE.relations, articles: DETAIL_LIMITS.articles, evidence: DETAILS_PAGE.relationReports },
      { edges: DETAILS_PAGE.relations, articles: DETAIL_LIMITS.articles, evidence: 2, offset: 180 },
      DETAIL_LIMITS,
      { edges: 20, articles: 60, offset: 190 },
    ];
    const read = async () => {
      const answers = [];
      for (const id of ids) for (const page of pages) answers.push(await getEntityDetails(db, id, page));
      return answers;
    };
    const detailsDbHits = (id: string) =>
      dbHits('entity-details', detailsParams(id, { edges: 20, articles: DETAIL_LIMITS.articles }, null));
    const dropLists = () => run('MATCH (top:EntityTop) DELETE top');
    try {
      const kept = await read();
      const keptHits = await detailsDbHits(hub!);
      await dropLists();
      expect(await read()).toEqual(kept);
      // The hub's page came from its lists: a few lookups, not a read of its hundreds of facts.
      expect(keptHits).toBeLessThan((await detailsDbHits(hub!)) / 3);
      // A store written before the lists gets them at start.
      await buildHubLists(db);
      expect(await read()).toEqual(kept);
      expect(await detailsDbHits(hub!)).toBe(keptHits);

      // An article that reports one of the hub's weaker facts again, surely, and a new fact: the
      // lists follow the merge.
      const weaker = kept[ids.indexOf(hub!) * pages.length + 2]!.edges.at(-1)!;
      const entity = (id: string) => {
        const { name, type } = graph.entities.find((candidate) => candidate.id === id)!;
        return { id, name, type, aliases: [] };
      };
      await mergeFacts(db, {
        article: { id: 'hub-lists-a1', title: 'Hub lists', url: null, outlet: null, published: '2020-01-01' },
        entities: [entity(weaker.source), entity(weaker.target), entity(smallest)].filter(
          (value, i, all) => all.findIndex((other) => other.id === value.id) === i,
        ),
        relations: [
          {
            source: weaker.source,
            type: weaker.type,
            target: weaker.target,
            evidence: 'Said again, surely.',
            confidence: 1,
            curated: false,
          },
          { source: hub!, type: 'MEETS', target: smallest, evidence: 'They met.', confidence: 1, curated: false },
        ],
      });
      const merged = await read();
      const hubPanel = merged[ids.indexOf(hub!) * pages.length]!;
      expect(hubPanel.articles[0]!.id).toBe('hub-lists-a1');
      expect(merged[ids.indexOf(hub!) * pages.length + 2]!.edges.map((edge) => edge.id)).toContain(weaker.id);
      await dropLists();
      expect(await read()).toEqual(merged);
    } finally {
      await buildHubLists(db);
      await close();
    }
  });

  it('finds the shortest routes first and, when they are fewer than asked, the next longer ones', async () => {
    const pair = pairWithFewShortestRoutes();
    const { status, body } = await getJson(`/api/paths?from=${pair.from}&to=${pair.to}&k=3&maxHops=8`);
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
    const lengths = body.paths.map((path: { nodes: unknown[] }) => path.nodes.length - 1);
    expect(lengths.filter((length: number) => length === pair.distance)).toHaveLength(pair.routes);
    expect(lengths.slice(pair.routes).every((length: number) => length > pair.distance)).toBe(true);
    // On a machine too busy for the longer search's budget, the answer says it was cut short.
    if (body.cutShort === true) expect(lengths.length).toBeLessThan(3);
    else expect(lengths).toHaveLength(3);
  });

  it('gives, after the shortest routes, the strongest of the routes one hop longer, also from and to hubs', async () => {
    const pairs = pairsWithFewShortestRoutes();
    // Not vacuous: the pairs need longer routes, and some end at a hub.
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    for (const pair of pairs) {
      const { status, body } = await getJson(`/api/paths?from=${pair.from}&to=${pair.to}&k=3&maxHops=6`);
      expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
      expect(body.cutShort).toBeUndefined();
      const answered: { nodes: { id: string }[]; relationships: { source: string; target: string }[] }[] = body.paths;
      const routes = answered.map((path) => path.nodes.map((node) => node.id));
      expect(routes.map((route) => route.length - 1)).toEqual([
        ...Array<number>(pair.routes).fill(pair.distance),
        ...Array<number>(3 - pair.routes).fill(pair.distance + 1),
      ]);
      // Every longer route is simple and made of real facts, and none left out is stronger.
      const longer = routesOfLength(pair.from, pair.to, pair.distance + 1);
      const strengthOf = new Map(longer.map((route) => [route.nodes.join('>'), route.strength]));
      const reported = routes.slice(pair.routes).map((route) => strengthOf.get(route.join('>')));
      expect(reported.every((strength) => strength !== undefined)).toBe(true);
      const weakest = Math.min(...(reported as number[]));
      const reportedKeys = new Set(routes.map((route) => route.join('>')));
      const stronger = longer.filter(
        (route) => !reportedKeys.has(route.nodes.join('>')) && route.strength > weakest + 1e-9,
      );
      expect(stronger).toEqual([]);
    }
  });

  it("expands a hub from its kept neighbours: the whole graph's answer, also after merges that change them", async () => {
    const { run, dbHits, close } = bolt(neo4j.uri);
    // Lists of 30, so that at this size most of a hub's neighbours are left out of them.
    const keep = 30;
    await run(
      'MATCH (top:EntityTop) REMOVE top.neighbours, top.neighbourFacts, top.neighbourFactOwners, top.neighbourFloor, top.neighbourLast',
    );
    await db.writeQuery('build-top-neighbours', { ids: [hub, secondHub], hub: HUB_SIZE, keep });
    // Every type named sends the query to the whole graph; the answer must be the same.
    const expand = (limit: number, shown: string[], types: string[] = []) =>
      getNeighbours(db, hub!, { types, limit, shown });
    const sameAsGraph = async (limit: number, shown: string[]) => {
      const kept = await expand(limit, shown);
      const read = await expand(limit, shown, [...RELATION_TYPES]);
      const byId = (edges: { id: string }[]) => [...edges].sort((a, b) => a.id.localeCompare(b.id));
      expect(kept.nodes).toEqual(read.nodes);
      expect(byId(kept.edges)).toEqual(byId(read.edges));
      return kept.nodes.map((node) => node.id);
    };
    const neighboursDbHits = (types: string[]) =>
      dbHits('entity-neighbours', neighboursParams(hub!, { types, limit: 10 }));
    const entity = (id: string) => {
      const { name, type } = graph.entities.find((candidate) => candidate.id === id)!;
      return { id, name, type, aliases: [] };
    };
    const importance = async (id: string) =>
      Number((await run('MATCH (n:Entity {id: $id}) RETURN n.importance AS i', { id })).records[0]!.get('i'));
    /** Merges `count` facts between `id` and new entities, so its importance rises by `count`. */
    const raise = async (id: string, count: number, article: string) => {
      const others = Array.from({ length: count }, (_, i) => ({
        id: `${article}-e${i}`,
        name: `Raised ${article} ${i}`,
        type: 'Person' as const,
        aliases: [],
      }));
      await mergeFacts(db, {
        article: { id: article, title: article, url: null, outlet: null, published: '2020-02-01' },
        entities: [entity(id), ...others],
        relations: others.map((other) => ({
          source: other.id,
          type: 'SUPPORTS' as const,
          target: id,
          evidence: `${other.name} supports them.`,
          confidence: 0.9,
          curated: false,
        })),
      });
    };
    try {
      const everyNeighbour = (await expand(5_000, [], [...RELATION_TYPES])).nodes.map((node) => node.id);
      // Not vacuous: most neighbours are left out of the list.
      expect(everyNeighbour.length).toBeGreaterThan(4 * keep);
      const first = await sameAsGraph(10, []);
      expect(first).toEqual(everyNeighbour.slice(0, 10));
      // Some of the kept ones on screen; more shown than the list can make up for; a limit over the list.
      await sameAsGraph(10, first.slice(0, 5));
      await sameAsGraph(10, everyNeighbour.slice(0, 25));
      await sameAsGraph(keep + 20, []);
      // The default expand reads the list, not the hub's hundreds of facts (most of what is left
      // is the answer's own properties, read either way).
      expect(await neighboursDbHits([])).toBeLessThan((await neighboursDbHits([...RELATION_TYPES])) / 2);

      // A neighbour left out whose importance rises past the first one's in a later merge, and a
      // kept one that rises too: the list takes the first in and orders both anew.
      const outsider = everyNeighbour[keep + 10]!;
      const member = everyNeighbour[keep - 5]!;
      const top = await importance(everyNeighbour[0]!);
      await raise(outsider, top - (await importance(outsider)) + 2, 'kept-neighbours-a1');
      await raise(member, top - (await importance(member)) + 1, 'kept-neighbours-a2');
      expect((await sameAsGraph(10, [])).slice(0, 2)).toEqual([outsider, member]);
      // An entity that was no neighbour becomes the most important one (the list has to pass it
      // over), then gets a fact with the hub (the list takes it in).
      const stranger = (
        await run(
          `MATCH (n:Entity) WHERE n.id <> $hub AND NOT EXISTS { (n)--(:Entity {id: $hub}) }
           RETURN n.id AS id ORDER BY n.importance DESC LIMIT 1`,
          { hub },
        )
      ).records[0]!.get('id') as string;
      await raise(stranger, top - (await importance(stranger)) + 5, 'kept-neighbours-a3');
      expect((await sameAsGraph(10, [])).slice(0, 2)).toEqual([outsider, member]);
      await mergeFacts(db, {
        article: { id: 'kept-neighbours-a4', title: 'Met', url: null, outlet: null, published: '2020-02-02' },
        entities: [entity(hub!), entity(stranger)],
        relations: [
          { source: hub!, type: 'MEETS', target: stranger, evidence: 'They met.', confidence: 1, curated: false },
        ],
      });
      expect((await sameAsGraph(10, [])).slice(0, 3)).toEqual([stranger, outsider, member]);
      await sameAsGraph(10, [outsider]);
      expect(await neighboursDbHits([])).toBeLessThan((await neighboursDbHits([...RELATION_TYPES])) / 2);
    } finally {
      await run(
        'MATCH (top:EntityTop) REMOVE top.neighbours, top.neighbourFacts, top.neighbourFactOwners, top.neighbourFloor, top.neighbourLast',
      );
      await buildHubLists(db);
      await close();
    }
  });

  // Last: it deletes one of the biggest hub's facts.
  it("reads a hub's details from the graph when its kept list names a fact deleted outside Parley", async () => {
    const page = { edges: 20, articles: DETAIL_LIMITS.articles };
    const strongest = (await getEntityDetails(db, hub!, page)).edges[0]!;
    const driver = boltDriver(neo4j.uri);
    const session = driver.session();
    try {
      await session.run('MATCH (:Entity {id: $source})-[r]->(:Entity {id: $target}) WHERE type(r) = $type DELETE r', {
        source: strongest.source,
        target: strongest.target,
        type: strongest.type,
      });
      const details = await getEntityDetails(db, hub!, page);
      expect(details.edges.map((edge) => edge.id)).not.toContain(strongest.id);
      expect(details.edges).toHaveLength(20);
      await session.run('MATCH (top:EntityTop) DELETE top');
      expect(await getEntityDetails(db, hub!, page)).toEqual(details);
    } finally {
      await session.close();
      await driver.close();
    }
  });
});

/** A bare driver on the test's Neo4j: queries outside Parley, and a named query's db hits under PROFILE. */
function bolt(uri: string) {
  const driver = boltDriver(uri);
  const run = async (query: string, params: Record<string, unknown> = {}) => {
    const session = driver.session();
    try {
      return await session.run(query, params);
    } finally {
      await session.close();
    }
  };
  const dbHits = async (name: string, params: Record<string, unknown>) => {
    const { summary } = await run(`PROFILE ${cypher(name)}`, params);
    const hits = (plan: { dbHits: number; children: unknown[] }): number =>
      plan.dbHits + plan.children.reduce<number>((sum, child) => sum + hits(child as typeof plan), 0);
    return hits(summary.profile as unknown as { dbHits: number; children: unknown[] });
  };
  return { run, dbHits, close: () => driver.close() };
}

/** The two letters that begin the most name words of prominent entities: a prefix with many matches. */
function commonPrefix(): string {
  const degree = degrees(graph);
  const counts = new Map<string, number>();
  for (const entity of graph.entities) {
    if ((degree.get(entity.id) ?? 0) < SEARCH_TIER.prominent) continue;
    for (const word of entity.name.toLowerCase().split(' '))
      counts.set(word.slice(0, 2), (counts.get(word.slice(0, 2)) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

const adjacency = new Map<string, Map<string, number>>();
for (const { source, target, reports } of graph.relations) {
  if (source === target) continue;
  // A fact's confidence is its best report's; a hop between two entities takes their strongest fact.
  const confidence = Math.max(...reports.map((report) => report.confidence));
  for (const [a, b] of [
    [source, target],
    [target, source],
  ] as const) {
    if (!adjacency.has(a)) adjacency.set(a, new Map());
    adjacency.get(a)!.set(b, Math.max(adjacency.get(a)!.get(b) ?? 0, confidence));
  }
}

/** Every simple route of exactly `hops` hops between two entities, with its strength. */
function routesOfLength(from: string, to: string, hops: number): { nodes: string[]; strength: number }[] {
  const toEnd = shortestRoutes(to);
  const found: { nodes: string[]; strength: number }[] = [];
  const walk = (nodes: string[], strength: number) => {
    const here = nodes.at(-1)!;
    const left = hops - (nodes.length - 1);
    if (left === 0) {
      if (here === to) found.push({ nodes: [...nodes], strength });
      return;
    }
    for (const [next, confidence] of adjacency.get(here) ?? []) {
      if (nodes.includes(next) || (toEnd.get(next)?.distance ?? Infinity) > left - 1) continue;
      walk([...nodes, next], strength + confidence);
    }
  };
  walk([from], 0);
  return found;
}

/** Pairs 1 to 3 hops apart with one or two shortest routes (and three longer ones), from the second hub and two others. */
function pairsWithFewShortestRoutes(): { from: string; to: string; distance: number; routes: number }[] {
  const pairs: { from: string; to: string; distance: number; routes: number }[] = [];
  for (const from of [secondHub!, graph.entities[1_500]!.id, graph.entities[2_900]!.id]) {
    let taken = 0;
    for (const [to, { distance, routes }] of shortestRoutes(from)) {
      if (taken === 2) break;
      if (distance < 1 || distance > 3 || routes > 2 || routesOfLength(from, to, distance + 1).length < 3) continue;
      pairs.push({ from, to, distance, routes });
      taken++;
    }
  }
  return pairs;
}

/** Breadth-first distances and shortest-route counts from one entity over the generated facts. */
function shortestRoutes(from: string): Map<string, { distance: number; routes: number }> {
  const adjacent = new Map<string, Set<string>>();
  for (const { source, target } of graph.relations) {
    if (source === target) continue;
    if (!adjacent.has(source)) adjacent.set(source, new Set());
    if (!adjacent.has(target)) adjacent.set(target, new Set());
    adjacent.get(source)!.add(target);
    adjacent.get(target)!.add(source);
  }
  const found = new Map([[from, { distance: 0, routes: 1 }]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      const here = found.get(id)!;
      for (const neighbour of adjacent.get(id) ?? []) {
        const there = found.get(neighbour);
        if (!there) {
          found.set(neighbour, { distance: here.distance + 1, routes: here.routes });
          next.push(neighbour);
        } else if (there.distance === here.distance + 1) there.routes += here.routes;
      }
    }
    frontier = next;
  }
  return found;
}

/** A pair 3 or 4 hops apart with one or two shortest routes (so longer ones must make up k = 3). */
function pairWithFewShortestRoutes(): { from: string; to: string; distance: number; routes: number } {
  const from = secondHub!;
  for (const [to, { distance, routes }] of shortestRoutes(from)) {
    if (distance >= 3 && distance <= 4 && routes <= 2) return { from, to, distance, routes };
  }
  throw new Error('the generated graph has no such pair');
}
