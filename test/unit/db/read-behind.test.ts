/**
 * Database.readBehind: the answer cache reads the graph revision in the same round trip as the
 * answer's first query, so that a write between the two is noticed (answer-cache.ts). Here over
 * a driver that records how each named query went out: alone, or in a transaction with others.
 */
import { describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../../src/db/cypher-files.ts';
import { Database } from '../../../src/db/database.ts';

const NAMES = ['graph-revision', 'entity-by-id', 'graph-counts'];

/** Each query sent, by name, grouped as it went out: one group per auto-commit run or transaction. */
function recordingDatabase(): { db: Database; sent: string[][] } {
  const sent: string[][] = [];
  const nameOf = (text: string) => NAMES.find((name) => cypher(name) === text) ?? text;
  const answer = (text: string) => Promise.resolve({ records: [{ keys: ['query'], get: () => nameOf(text) }] });
  const driver = {
    session: () => ({
      run: (text: string) => {
        sent.push([nameOf(text)]);
        return answer(text);
      },
      beginTransaction: () => {
        const group: string[] = [];
        sent.push(group);
        return {
          run: (text: string) => {
            group.push(nameOf(text));
            return answer(text);
          },
        };
      },
      close: async () => {},
    }),
    close: async () => {},
  } as unknown as Driver;
  return { db: new Database('bolt://test', () => driver, undefined), sent };
}

describe('Database.readBehind', () => {
  it("sends the work's first read behind the lead, in one transaction, and its later reads alone", async () => {
    const { db, sent } = recordingDatabase();
    const { lead, answer } = await db.readBehind('graph-revision', async (reads) => {
      const first = await reads.readQuery('entity-by-id', { id: 'a' });
      const second = await reads.readQuery('graph-counts');
      return [first[0]?.query, second[0]?.query];
    });
    expect(lead).toEqual([{ query: 'graph-revision' }]);
    expect(answer).toEqual(['entity-by-id', 'graph-counts']);
    expect(sent).toEqual([['graph-revision', 'entity-by-id'], ['graph-counts']]);
  });

  it('sends a first read that carries the lead alone, taking the lead from its column', async () => {
    const { db, sent } = recordingDatabase();
    const carriers = { 'entity-by-id': 'query' };
    const { lead, answer } = await db.readBehind(
      'graph-revision',
      async (reads) => {
        const first = await reads.readQuery('entity-by-id', { id: 'a' });
        const second = await reads.readQuery('graph-counts');
        return [first[0]?.query, second[0]?.query];
      },
      carriers,
    );
    expect(lead).toEqual(['entity-by-id']);
    expect(answer).toEqual(['entity-by-id', 'graph-counts']);
    expect(sent).toEqual([['entity-by-id'], ['graph-counts']]);
  });

  it('reads the lead on its own when the work read nothing', async () => {
    const { db, sent } = recordingDatabase();
    const { lead, answer } = await db.readBehind('graph-revision', async () => 'nothing read');
    expect(lead).toEqual([{ query: 'graph-revision' }]);
    expect(answer).toBe('nothing read');
    expect(sent).toEqual([['graph-revision']]);
  });

  it('leaves reads outside the work alone, even while it runs', async () => {
    const { db, sent } = recordingDatabase();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const behind = db.readBehind('graph-revision', async (reads) => {
      await gate;
      return reads.readQuery('entity-by-id', { id: 'a' });
    });
    await db.readQuery('graph-counts');
    release();
    await behind;
    expect(sent).toEqual([['graph-counts'], ['graph-revision', 'entity-by-id']]);
  });
});
