// Integration: a store written by the previous version (its merge-relations query, kept as a
// fixture) is migrated on start and every report reads back whole with the new report fields.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { relationId } from '../../src/graph/edge-json.ts';
import { getEntityDetails } from '../../src/graph/entity-details.ts';
import { migrateReports } from '../../src/graph/migrate-reports.ts';
import { openDriver, restoreSnapshot, takeSnapshot, type GraphSnapshot } from '../support/graph-snapshot.ts';
import { openSeededDatabase } from './test-db.ts';

const OLD_MERGE = readFileSync(new URL('../fixtures/stores/merge-relations-a129aba.cypher', import.meta.url), 'utf8');

const fights = relationId('russia', 'FIGHTS', 'the-west');
const meets = relationId('russia', 'MEETS', 'iran');
const report = (id: string, type: string, target: string, evidence: string, curated: boolean) => ({
  id,
  source: 'russia',
  type,
  target,
  evidence,
  confidence: 0.8,
  curated,
  props: {},
});

describe('migrate reports', () => {
  let db: Database;
  const driver = openDriver();
  let snapshot: GraphSnapshot;
  beforeAll(async () => {
    db = await openSeededDatabase();
    snapshot = await takeSnapshot(driver);
    const session = driver.session({ database: process.env.NEO4J_DATABASE });
    try {
      await session.run(OLD_MERGE, {
        articleId: 'old-a1',
        published: '2018-01-27',
        relations: [
          report(fights, 'FIGHTS', 'the-west', 'Russia fights the West, an old store says.', false),
          report(meets, 'MEETS', 'iran', 'Russia met Iran.', true),
        ],
      });
      await session.run(OLD_MERGE, {
        articleId: 'old-a2',
        published: null,
        relations: [report(fights, 'FIGHTS', 'the-west', 'The West and Russia fight, says another.', false)],
      });
    } finally {
      await session.close();
    }
  });
  afterAll(async () => {
    await restoreSnapshot(driver, snapshot);
    await driver.close();
    await db.close();
  });

  it('fills the new fields of every old report and the fact summary, once', async () => {
    expect(await migrateReports(db)).toBe(2);
    expect(await migrateReports(db)).toBe(0);
    const { edges } = await getEntityDetails(db, 'russia');
    const old = edges.find((edge) => edge.id === fights)!;
    expect(
      old.evidence.map((e) => [e.text, e.articleId, e.reported, e.happened, e.attributedTo, e.negated, e.basis]),
    ).toEqual([
      ['Russia fights the West, an old store says.', 'old-a1', '2018-01-27', null, null, false, 'stated'],
      ['The West and Russia fight, says another.', 'old-a2', null, null, null, false, 'stated'],
    ]);
    expect(old).toMatchObject({ reportCount: 2, positive: true, disputed: false, firstReported: '2018-01-27' });
    expect(edges.find((edge) => edge.id === meets)!.evidence.map((e) => e.basis)).toEqual(['curated']);
  });
});
