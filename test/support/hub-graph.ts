/**
 * Hub graph.
 *
 * A generated graph (bench/generate.ts) with one big hub and many outlets, loaded into the run's
 * Neo4j through the bench's batch loader, for the tests of long lists: its ids carry a prefix so
 * they never meet the seed's, its articles are spread over `outlets` outlets, and `remove` takes
 * it out again in small transactions (a single one would pass Neo4j's per-transaction memory cap).
 */
import neo4j from 'neo4j-driver';
import { degrees, generateGraph, rng, type GenGraph } from '../../bench/generate.ts';
import { batchLoad } from '../../bench/lib/batch-load.ts';
import type { Database } from '../../src/db/database.ts';
import { relationId } from '../../src/graph/edge-json.ts';
import { openDriver } from './graph-snapshot.ts';

const PREFIX = 'hub-test-';
/** Reports added to the hub's strongest fact, so it has pages of them. */
const EXTRA_REPORTS = 11;

export interface HubGraph {
  graph: GenGraph;
  hub: { id: string; name: string; relations: number };
  /** The hub's strongest fact, given `EXTRA_REPORTS` more reports: its other end's name and its reports. */
  busiest: { id: string; target: string; reports: number };
  /** Outlet names, most cited first. */
  outlets: string[];
  remove(): Promise<void>;
}

export const outletName = (index: number) => `Outlet ${String(index).padStart(4, '0')}`;

export async function loadHubGraph(db: Database, options: { entities: number; outlets: number }): Promise<HubGraph> {
  const generated = generateGraph({ entities: options.entities, seed: 12 });
  const id = (entity: string) => PREFIX + entity;
  // Every outlet cites an article, the first ones many: a long tail, as real coverage has.
  const random = rng(7);
  const outletOf = () => outletName(Math.floor(options.outlets * random() ** 2));
  const graph: GenGraph = {
    ...generated,
    entities: generated.entities.map((entity) => ({ ...entity, id: id(entity.id) })),
    articles: generated.articles.map((article, index) => ({
      ...article,
      id: PREFIX + article.id,
      outlet: index < options.outlets ? outletName(index) : outletOf(),
    })),
    relations: generated.relations.map((relation) => ({
      ...relation,
      id: relationId(id(relation.source), relation.type, id(relation.target)),
      source: id(relation.source),
      target: id(relation.target),
      reports: relation.reports.map((report) => ({ ...report, articleId: PREFIX + report.articleId })),
    })),
    mentions: generated.mentions.map(([article, entity]) => [PREFIX + article, id(entity)]),
  };
  const degree = degrees(graph);
  const top = graph.entities.reduce((best, entity) => (degree.get(entity.id)! > degree.get(best.id)! ? entity : best));
  const busiest = graph.relations
    .filter((relation) => relation.source === top.id || relation.target === top.id)
    .reduce((best, relation) =>
      Math.max(...relation.reports.map((r) => r.confidence)) > Math.max(...best.reports.map((r) => r.confidence))
        ? relation
        : best,
    );
  const confidence = Math.max(...busiest.reports.map((report) => report.confidence));
  busiest.reports.push(
    ...graph.articles.slice(0, EXTRA_REPORTS).map((article, index) => ({
      articleId: article.id,
      evidence: `Report ${index + 1} of ${EXTRA_REPORTS} more on this fact, from ${article.outlet}.`,
      confidence,
      reported: article.published,
    })),
  );
  await batchLoad(db, graph);
  const other = busiest.source === top.id ? busiest.target : busiest.source;
  const cited = new Map<string, number>();
  for (const article of graph.articles) cited.set(article.outlet, (cited.get(article.outlet) ?? 0) + 1);
  return {
    graph,
    hub: { id: top.id, name: top.name, relations: degree.get(top.id)! },
    busiest: {
      id: busiest.id,
      target: graph.entities.find((entity) => entity.id === other)!.name,
      reports: busiest.reports.length,
    },
    outlets: [...cited.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name),
    remove: async () => {
      const driver = openDriver();
      const session = driver.session({ database: process.env.NEO4J_DATABASE, defaultAccessMode: neo4j.session.WRITE });
      try {
        for (const [label, ids] of [
          ['Article', graph.articles.map((article) => article.id)],
          ['Entity', graph.entities.map((entity) => entity.id)],
        ] as const) {
          await session.run(
            `UNWIND $ids AS id MATCH (n:${label} {id: id}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 500 ROWS`,
            { ids },
          );
        }
        // The hubs' kept lists go with their entities, as nothing else of the graph may stay behind.
        await session.run('UNWIND $ids AS id MATCH (top:EntityTop {entity: id}) DELETE top', {
          ids: graph.entities.map((entity) => entity.id),
        });
      } finally {
        await session.close();
        await driver.close();
      }
    },
  };
}
