/**
 * The plan warm-up must send each hot query the parameter types its route sends: Neo4j keeps a
 * plan per parameter types, so a warm-up with other types would plan a query no user runs.
 */
import { describe, expect, it } from 'vitest';
import type { Database, Params } from '../../../src/db/database.ts';
import { getEntityDetails, getNeighbours } from '../../../src/graph/entity-details.ts';
import { warmPlans } from '../../../src/graph/warm-plans.ts';

/** A database that records every named read and answers as an empty graph would (an entity for entity-by-id). */
function recordingDb(): { db: Database; asked: [string, Params][] } {
  const asked: [string, Params][] = [];
  const db = {
    async readQuery(name: string, params: Params = {}) {
      asked.push([name, params]);
      return name === 'entity-by-id' ? [{ node: { id: params.id, name: 'x', type: 'Person' } }] : [];
    },
  } as unknown as Database;
  return { db, asked };
}

/** Each parameter's Cypher type as Neo4j would see it. */
function types(params: Params): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value,
    ]),
  );
}

function paramsOf(asked: [string, Params][], name: string): Params[] {
  return asked.filter(([query]) => query === name).map(([, params]) => params);
}

describe('warmPlans', () => {
  it('plans details and neighbours with the parameter types their routes send', async () => {
    const route = recordingDb();
    await expect(getEntityDetails(route.db, 'some-entity', { edges: 10, articles: 50, evidence: 2 })).rejects.toThrow();
    await getNeighbours(route.db, 'some-entity', { types: [], limit: 50, shown: [] });
    const warm = recordingDb();
    expect(await warmPlans(warm.db)).toEqual([]);
    for (const name of ['entity-details', 'entity-neighbours']) {
      const [sent] = paramsOf(route.asked, name);
      const warmed = paramsOf(warm.asked, name);
      expect(warmed.length).toBeGreaterThan(0);
      for (const params of warmed) expect(types(params)).toEqual(types(sent!));
    }
  });
});
