/**
 * Graph snapshot.
 *
 * What a test that writes to the run's Neo4j needs to leave it as it found it: the ids of
 * the articles, entities (with their aliases) and facts (with how many reports each had) before
 * the test, and a restore that deletes what was added and trims the reports appended to facts
 * that were already there, and puts back the timeline's and sources' kept counts. Other test files (explorer.test.ts) then still see the seed graph.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

export interface GraphSnapshot {
  articles: string[];
  entities: { id: string; aliases: string[] }[];
  /** `summary`: the fact-level properties kept from the reports, put back as they were. */
  relations: { id: string; reports: number; summary: Record<string, unknown> }[];
  /** The kept report counts (tally-reports, mark-report-counts): each node's label and properties. */
  tallies: { label: string; properties: Record<string, unknown> }[];
}

export function openDriver(): Driver {
  const user = process.env.NEO4J_USER;
  return neo4j.driver(inject('neo4jUri'), user ? neo4j.auth.basic(user, process.env.NEO4J_PASSWORD ?? '') : undefined);
}

export async function takeSnapshot(driver: Driver): Promise<GraphSnapshot> {
  const session = driver.session({ database: process.env.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
  try {
    const articles = await session.run('MATCH (a:Article) RETURN a.id AS id');
    const entities = await session.run('MATCH (n:Entity) RETURN n.id AS id, coalesce(n.aliases, []) AS aliases');
    const relations = await session.run(
      'MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL RETURN r.id AS id, size(coalesce(r.evidence, [])) AS reports, ' +
        'r {.confidence, .curated, .reportCount, .positive, .firstReported, .lastReported, .happenedStart, ' +
        '.happenedEnd, .disputed} AS summary',
    );
    const tallies = await session.run(
      'MATCH (t:ReportDay|ReportSource|ReportCounts) RETURN labels(t)[0] AS label, properties(t) AS properties',
    );
    return {
      tallies: tallies.records.map((record) => ({
        label: String(record.get('label')),
        properties: record.get('properties') as Record<string, unknown>,
      })),
      articles: articles.records.map((record) => String(record.get('id'))),
      entities: entities.records.map((record) => ({
        id: String(record.get('id')),
        aliases: (record.get('aliases') as unknown[]).map(String),
      })),
      relations: relations.records.map((record) => ({
        id: String(record.get('id')),
        reports: Number(record.get('reports')),
        summary: record.get('summary') as Record<string, unknown>,
      })),
    };
  } finally {
    await session.close();
  }
}

export async function restoreSnapshot(driver: Driver, snapshot: GraphSnapshot): Promise<void> {
  const session = driver.session({ database: process.env.NEO4J_DATABASE, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('MATCH (a:Article) WHERE NOT a.id IN $ids DETACH DELETE a', { ids: snapshot.articles });
      await tx.run('MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL AND NOT r.id IN $ids DELETE r', {
        ids: snapshot.relations.map((relation) => relation.id),
      });
      await tx.run(
        `UNWIND $relations AS rel
         MATCH (:Entity)-[r {id: rel.id}]->(:Entity)
         WHERE size(coalesce(r.evidence, [])) > rel.reports
         SET r.evidence = r.evidence[0..rel.reports],
             r.articleIds = r.articleIds[0..rel.reports],
             r.confidences = r.confidences[0..rel.reports],
             r.reportedOn = r.reportedOn[0..rel.reports],
             r.curatedReports = r.curatedReports[0..rel.reports],
             r.happenedStarts = r.happenedStarts[0..rel.reports],
             r.happenedEnds = r.happenedEnds[0..rel.reports],
             r.attributions = r.attributions[0..rel.reports],
             r.negations = r.negations[0..rel.reports],
             r.bases = r.bases[0..rel.reports],
             r.rules = r.rules[0..rel.reports]
         SET r += rel.summary`,
        { relations: snapshot.relations.map((relation) => ({ ...relation, reports: neo4j.int(relation.reports) })) },
      );
      await tx.run('MATCH (n:Entity) WHERE NOT n.id IN $ids DETACH DELETE n', {
        ids: snapshot.entities.map((entity) => entity.id),
      });
      await tx.run('UNWIND $entities AS e MATCH (n:Entity {id: e.id}) SET n.aliases = e.aliases', {
        entities: snapshot.entities,
      });
      await tx.run(
        `MATCH (t:ReportDay|ReportSource|ReportCounts) DELETE t
         WITH count(*) AS cleared
         UNWIND $tallies AS tally
         CREATE (t:$(tally.label)) SET t = tally.properties`,
        { tallies: snapshot.tallies },
      );
    });
  } finally {
    await session.close();
  }
}
