/**
 * The cached overview stays true to the graph: after a write through Parley that changes no
 * count (an alias added to a drawn entity) and after a write from outside Parley (a new
 * entity), the next GET /api/graph shows the change. Real Neo4j, the seed graph.
 */
import { afterAll, describe, expect, it } from 'vitest';
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

describe('GET /api/graph from the overview cache', () => {
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
});
