/**
 * The cached answers stay true to the graph: after a write through Parley that changes no
 * count (an alias added to a drawn entity) and after a write from outside Parley (a new
 * entity, a new reported fact), the next GET /api/graph, /api/timeline and /api/sources show the
 * change; so do an entity's details (GET /api/nodes/:id), kept too. The details panel of the
 * overview's biggest hubs is read at start, so the first click on one reads no entity. Real Neo4j,
 * the seed graph.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { answerCaches, detailsKey, panelDetailsKey, WARMED_DETAILS } from '../../src/graph/answer-cache.ts';
import { DEFAULT_OVERVIEW_LIMIT } from '../../src/graph/overview.ts';
import { DETAILS_PAGE } from '../../src/model/details-page.ts';
import { openDriver } from '../support/graph-snapshot.ts';
import { useSeededApi } from './seeded-api.ts';

const seeded = useSeededApi({ restoreAfter: true });
const driver = openDriver();
afterAll(() => driver.close());

type OverviewNode = { id: string; aliases: string[] };
const overviewNodes = async (): Promise<OverviewNode[]> => {
  const answer = await seeded.api.get('/api/graph');
  expect(answer.status).toBe(200);
  return answer.body.nodes;
};

describe('answers kept while the graph is unchanged (overview, timeline, sources, details)', () => {
  it('shows an alias Parley wrote since the last answer, though no count changed', async () => {
    expect((await overviewNodes()).find((node) => node.id === 'russia')?.aliases).not.toContain('Rossiya');
    const mentioning = await driver.executeQuery(
      "MATCH (a:Article)-[:MENTIONS]->(:Entity {id: 'russia'}) RETURN a.id AS id LIMIT 1",
    );
    const articleId = mentioning.records[0]!.get('id') as string;
    await seeded.db.writeQuery('merge-entities', {
      articleId,
      entities: [{ id: 'russia', name: 'Russia', type: 'State', actor: true, aliases: ['Rossiya'], props: {} }],
    });
    expect((await overviewNodes()).find((node) => node.id === 'russia')?.aliases).toContain('Rossiya');
  });

  it('shows an entity written from outside Parley', async () => {
    expect((await overviewNodes()).map((node) => node.id)).not.toContain('written-outside');
    await driver.executeQuery(
      "CREATE (:Entity:Person {id: 'written-outside', name: 'Written Outside', type: 'Person', aliases: [], importance: 1000})",
    );
    expect((await overviewNodes()).map((node) => node.id)).toContain('written-outside');
  });

  it('shows a fact written from outside Parley in the timeline and the sources', async () => {
    const day = '2019-07-04';
    const timelineDays = async () =>
      ((await seeded.api.get('/api/timeline')).body.days as { date: string }[]).map((entry) => entry.date);
    const speakerNames = async () =>
      ((await seeded.api.get('/api/sources')).body.speakers as { name: string }[]).map((speaker) => speaker.name);
    expect(await timelineDays()).not.toContain(day);
    expect(await speakerNames()).not.toContain('a written-outside speaker');
    await driver.executeQuery(
      `MATCH (a:Entity {id: 'russia'}), (b:Entity {id: 'syria'})
       CREATE (a)-[:MEETS {id: 'russia:MEETS:syria:outside', evidence: ['They met.'], reportedOn: [$day],
                           happenedStarts: [''], happenedEnds: [''], articleIds: ['outside'],
                           attributions: ['a written-outside speaker'], confidence: 0.5, reportCount: 1}]->(b)`,
      { day },
    );
    expect(await timelineDays()).toContain(day);
    expect(await speakerNames()).toContain('a written-outside speaker');
  });

  it("shows a fact written from outside Parley in an entity's details asked for before", async () => {
    const details = async () => {
      const answer = await seeded.api.get('/api/nodes/syria');
      expect(answer.status).toBe(200);
      return answer.body as { edgeTotal: number; edges: { id: string }[] };
    };
    const before = await details();
    expect((await details()).edgeTotal).toBe(before.edgeTotal);
    await driver.executeQuery(
      `MATCH (a:Entity {id: 'syria'}), (b:Entity {id: 'syrian-rebel-groups'})
       CREATE (a)-[:FIGHTS {id: 'syria:FIGHTS:syrian-rebel-groups:outside', evidence: ['They clashed.'], reportedOn: ['2019-07-05'],
                            happenedStarts: [''], happenedEnds: [''], articleIds: ['outside'],
                            attributions: [''], confidence: 0.99, reportCount: 1}]->(b)`,
    );
    const after = await details();
    expect(after.edgeTotal).toBe(before.edgeTotal + 1);
    expect(after.edges.map((edge) => edge.id)).toContain('syria:FIGHTS:syrian-rebel-groups:outside');
  });
});

describe('answers read at start (warm)', () => {
  it('has the details panel of the best-connected entities ready before anyone asks', async () => {
    const caches = answerCaches(seeded.db);
    await caches.warm();
    const { nodes } = await caches.overviews.get(DEFAULT_OVERVIEW_LIMIT);
    const read = vi.spyOn(seeded.db, 'readQuery');
    try {
      for (const node of nodes.slice(0, WARMED_DETAILS)) {
        const details = await caches.details.get(detailsKey(panelDetailsKey(node.id)));
        expect(details.node.id).toBe(node.id);
        expect(details.edges.length).toBeLessThanOrEqual(DETAILS_PAGE.relations);
      }
      // Only the check that the graph is unchanged: no entity was read again.
      expect(new Set(read.mock.calls.map(([name]) => name))).toEqual(new Set(['graph-revision']));
    } finally {
      read.mockRestore();
    }
  });
});
