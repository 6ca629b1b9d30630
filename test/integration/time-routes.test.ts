// Integration: timeline, disagreements and sources over the seed plus two short reports that
// contradict each other (one outlet says the Kurdish delegation attended the congress, another
// that it did not). The graph is restored afterwards.
import { describe, expect, it } from 'vitest';
import { mergeFacts, type ArticleFacts } from '../../src/graph/merge-facts.ts';
import type { DisagreementJson } from '../../src/graph/disagreements.ts';
import { useSeededApi } from './seeded-api.ts';

const congress = {
  id: 'syrian-national-dialogue-congress',
  name: 'Syrian National Dialogue Congress',
  type: 'Meeting',
};
const kurds = { id: 'kurdish-delegation', name: 'Kurdish delegation', type: 'Organization' };

function report(outlet: string, sentence: string, negated: boolean, happened: string | null): ArticleFacts {
  return {
    article: { id: `test-${outlet}`, title: sentence, url: null, outlet, published: '2018-01-31' },
    entities: [
      { ...kurds, type: 'Organization', aliases: [] },
      { ...congress, type: 'Meeting', aliases: [] },
    ],
    relations: [
      {
        source: kurds.id,
        type: 'ATTENDS',
        target: congress.id,
        evidence: sentence,
        confidence: 0.8,
        curated: false,
        negated,
        happened: happened ? { start: happened, end: happened } : null,
      },
    ],
  };
}

describe('time routes', () => {
  const seeded = useSeededApi({
    restoreAfter: true,
    prepare: async (db) => {
      await mergeFacts(
        db,
        report('Outlet A', 'The Kurdish delegation attended the Sochi congress on January 30.', false, '2018-01-30'),
      );
      await mergeFacts(db, report('Outlet B', 'The Kurdish delegation did not attend the Sochi congress.', true, null));
    },
  });

  it('finds the disagreement with both sides and their sources', async () => {
    const { status, body } = await seeded.api.get(`/api/disagreements?entity=${kurds.id}`);
    expect(status).toBe(200);
    const found = (body.disagreements as DisagreementJson[]).find((d) => d.kind === 'negation')!;
    expect(found).toMatchObject({ source: kurds.id, target: congress.id });
    const [reported, denied] = found.sides;
    expect(reported!.edge.evidence.map((e) => [e.text, e.negated, e.happened?.start])).toEqual([
      ['The Kurdish delegation attended the Sochi congress on January 30.', false, '2018-01-30'],
    ]);
    expect(denied!.edge.evidence.map((e) => [e.text, e.negated, e.reported])).toEqual([
      ['The Kurdish delegation did not attend the Sochi congress.', true, '2018-01-31'],
    ]);
    expect(denied!.edge.sources.map((s) => s.outlet)).toContain('Outlet B');
  });

  it('lists no disagreement for an entity nobody disputes', async () => {
    const { body } = await seeded.api.get('/api/disagreements?entity=geneva');
    expect(body).toEqual({ disagreements: [], total: 0 });
  });

  it('counts the reports per report day and per event day, and the undated ones', async () => {
    const { body } = await seeded.api.get(`/api/timeline?entity=${kurds.id}`);
    expect(body).toEqual({
      days: [
        { date: '2018-01-30', reported: 0, happened: 1 },
        { date: '2018-01-31', reported: 2, happened: 0 },
      ],
      undated: 1,
    });
    const vienna = await seeded.api.get('/api/timeline?entity=vienna-talks&type=HELD_IN');
    expect(vienna.body.days).toContainEqual({ date: '2018-01-25', reported: 0, happened: 2 });
  });

  it("counts an ingested article's reports in the whole timeline and the sources at once, and only once", async () => {
    const day = async (type: string) => {
      const { body } = await seeded.api.get(`/api/timeline?type=${type}`);
      return (body.days as { date: string }[]).find((entry) => entry.date === '2018-02-01');
    };
    const outlet = async () => {
      const { body } = await seeded.api.get('/api/sources?q=outlet%20c');
      return body.outlets;
    };
    expect(await day('ATTENDS')).toBeUndefined();
    const article = report('Outlet C', 'The Kurdish delegation attended the congress after all.', false, '2018-01-30');
    const later = { ...article, article: { ...article.article, published: '2018-02-01' } };
    await mergeFacts(seeded.db, later);
    await mergeFacts(seeded.db, later);
    expect(await day('ATTENDS')).toEqual({ date: '2018-02-01', reported: 1, happened: 0 });
    expect(await day('MEETS')).toBeUndefined();
    expect(await outlet()).toEqual([{ name: 'Outlet C', reports: 1 }]);
  });

  it('refuses an unknown relation type on the timeline', async () => {
    const { status, body } = await seeded.api.get('/api/timeline?type=LIKES');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^timeline: type/);
  });

  it('lists outlets and speakers with their report counts', async () => {
    const { body } = await seeded.api.get('/api/sources');
    expect(body.outlets).toContainEqual({ name: 'Outlet A', reports: 1 });
    expect(body.speakers).toContainEqual(
      expect.objectContaining({ id: 'staffan-de-mistura', name: expect.any(String) }),
    );
    expect(body.speakers).toContainEqual({ id: null, name: 'three diplomatic sources', reports: 1 });
  });
});
