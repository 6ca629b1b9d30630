// Integration: asOf, from/to (windowFrom/windowTo on paths), outlets and speakers on every
// graph-reading route, over the seed (every report from the article of 28 January 2018; the
// preliminary meeting in Sochi on 20 January, the Vienna talks of 25-26 January, the congress of
// 29-30 January) plus one short article of Outlet N that denies a meeting the seed reports. Bad
// dates are 400 on every route; a window with nothing in it is an empty answer that says so.
import { describe, expect, it } from 'vitest';
import { mergeFacts, type ArticleFacts } from '../../src/graph/merge-facts.ts';
import { useSeededApi } from './seeded-api.ts';

const CONGRESS = 'syrian-national-dialogue-congress';
const WEEK = 'from=2018-01-20&to=2018-01-26';

// Outlet N, 31 January: Lavrov did not meet de Mistura (a denial of a seed fact), but both met
// al-Jaafari; Iran did not attend the congress (a fact with only a denial); the West, which the
// seed says opposes the congress, backs it (an opposed pair).
const outletN: ArticleFacts = {
  article: { id: 'test-outlet-n', title: 'Outlet N', url: null, outlet: 'Outlet N', published: '2018-01-31' },
  entities: [
    { id: 'sergey-lavrov', name: 'Sergey Lavrov', type: 'Person', aliases: [] },
    { id: 'staffan-de-mistura', name: 'Staffan de Mistura', type: 'Person', aliases: [] },
    { id: 'bashar-al-jaafari', name: 'Bashar al-Jaafari', type: 'Person', aliases: [] },
    { id: 'iran', name: 'Iran', type: 'State', aliases: [] },
    { id: 'the-west', name: 'The West', type: 'State', aliases: [] },
    { id: CONGRESS, name: 'Syrian National Dialogue Congress', type: 'Meeting', aliases: [] },
  ],
  relations: [
    ['sergey-lavrov', 'MEETS', 'staffan-de-mistura', 'Lavrov did not meet de Mistura, an aide said.', true],
    ['sergey-lavrov', 'MEETS', 'bashar-al-jaafari', 'Lavrov met al-Jaafari in Moscow.', false],
    ['bashar-al-jaafari', 'MEETS', 'staffan-de-mistura', 'Al-Jaafari met de Mistura afterwards.', false],
    ['iran', 'ATTENDS', CONGRESS, 'Iran did not attend the congress.', true],
    ['the-west', 'SUPPORTS', CONGRESS, 'The West now backs the congress.', false],
  ].map(([source, type, target, evidence, negated]) => ({
    source: source as string,
    type: type as 'MEETS' | 'ATTENDS' | 'SUPPORTS',
    target: target as string,
    evidence: evidence as string,
    confidence: 0.8,
    curated: false,
    negated: negated as boolean,
    attributedTo: evidence === 'Lavrov did not meet de Mistura, an aide said.' ? 'an aide' : null,
  })),
};

describe('time and sources parameters', () => {
  const seeded = useSeededApi({
    restoreAfter: true,
    prepare: async (db) => {
      await mergeFacts(db, outletN);
    },
  });

  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  describe('the issue scenario on the seed', () => {
    it('the window 20-26 January shows the preliminary meeting and the Vienna talks, not the congress', async () => {
      const { status, body } = await seeded.api.get(`/api/graph?${WEEK}`);
      expect(status).toBe(200);
      expect(ids(body.nodes)).toEqual(expect.arrayContaining(['sochi-preliminary-meeting', 'vienna-talks']));
      expect(ids(body.nodes)).not.toContain(CONGRESS);
      expect(body.edges.some((edge: { target: string }) => edge.target === CONGRESS)).toBe(false);
      expect(body.timeFilter).toMatchObject({ asOf: null, from: '2018-01-20', to: '2018-01-26', empty: false });
      // Every dated report of the seed outside the week is about the congress.
      expect(body.timeFilter.excluded.reason).toBe('about a meeting outside 2018-01-20..2018-01-26');
      // Undated reports are kept and counted as such (Lavrov REPRESENTS Russia has no event date).
      expect(body.timeFilter.undated).toBeGreaterThan(0);
      expect(body.edges.map((edge: { id: string }) => edge.id)).toContain('sergey-lavrov:REPRESENTS:russia');
    });

    it('as of 27 January shows nothing from the article of 28 January, and says so', async () => {
      const full = await seeded.api.get('/api/graph');
      const { status, body } = await seeded.api.get('/api/graph?asOf=2018-01-27');
      expect(status).toBe(200);
      expect(body).toMatchObject({ nodes: [], edges: [], total: 0 });
      expect(body.timeFilter.empty).toBe(true);
      expect(body.timeFilter.excluded.byReason).toEqual([
        { reason: 'not reported by 2018-01-27', reports: expect.any(Number) },
      ]);
      // Every report is left out: the seed's and Outlet N's alike.
      expect(body.timeFilter.excluded.reports).toBeGreaterThanOrEqual(
        full.body.edges.reduce((sum: number, edge: { reportCount: number }) => sum + edge.reportCount, 0),
      );
    });

    it('a window from 29 January keeps the congress that ran 29-30 January', async () => {
      const { body } = await seeded.api.get('/api/graph?from=2018-01-29');
      expect(ids(body.nodes)).toContain(CONGRESS);
      expect(body.edges.map((edge: { id: string }) => edge.id)).toContain(
        `syrian-negotiations-commission:BOYCOTTS:${CONGRESS}`,
      );
      expect(ids(body.nodes)).not.toContain('vienna-talks');
    });
  });

  describe('GET /api/nodes/:id', () => {
    it('cuts a fact to its reports inside the window and recounts it', async () => {
      // Syria FIGHTS the rebels: one undated report and one of the escalation, 2017-11-28..2018-01-28.
      const full = await seeded.api.get('/api/nodes/syria');
      const fights = (body: { edges: { id: string }[] }) =>
        body.edges.find((edge) => edge.id === 'syria:FIGHTS:syrian-rebel-groups') as unknown as {
          evidence: { happened: unknown }[];
          reportCount?: number;
          evidenceTotal: number;
        };
      expect(fights(full.body).evidenceTotal).toBe(2);
      const { body } = await seeded.api.get('/api/nodes/syria?to=2017-10-31');
      expect(fights(body).evidence.map((report) => report.happened)).toEqual([null]);
      expect(fights(body).evidenceTotal).toBe(1);
      expect(body.timeFilter.undated).toBeGreaterThan(0);
      expect(body.timeFilter.excluded.byReason).toContainEqual({ reason: 'happened outside ..2017-10-31', reports: 1 });
    });

    it('keeps only the articles published by asOf, and empties the entity before its first report', async () => {
      const { status, body } = await seeded.api.get('/api/nodes/russia?asOf=2018-01-27');
      expect(status).toBe(200);
      expect(body.node.id).toBe('russia');
      expect(body).toMatchObject({ edges: [], articles: [], edgeTotal: 0, articleTotal: 0 });
      expect(body.timeFilter).toMatchObject({ empty: true, excluded: { reason: 'not reported by 2018-01-27' } });
    });

    it('keeps only the reports of the chosen outlets and speakers', async () => {
      const outlet = await seeded.api.get('/api/nodes/sergey-lavrov?outlets=Outlet%20N');
      expect(ids(outlet.body.edges).sort()).toEqual([
        'sergey-lavrov:MEETS:bashar-al-jaafari',
        'sergey-lavrov:MEETS:staffan-de-mistura',
      ]);
      expect(outlet.body.articles.map((article: { id: string }) => article.id)).toEqual(['test-outlet-n']);
      expect(outlet.body.timeFilter.excluded.reason).toBe('outlet not in Outlet N');
      // `-` is the outlet itself: the seed's reports that quote no one.
      const speaker = await seeded.api.get('/api/nodes/sergey-lavrov?speakers=an%20aide');
      expect(ids(speaker.body.edges)).toEqual(['sergey-lavrov:MEETS:staffan-de-mistura']);
      expect(speaker.body.edges[0].evidence).toHaveLength(1);
      expect(speaker.body.edges[0].evidence[0].attributedTo).toBe('an aide');
      const itself = await seeded.api.get('/api/nodes/sergey-lavrov?speakers=-');
      expect(ids(itself.body.edges)).toContain('sergey-lavrov:REPRESENTS:russia');
      expect(itself.body.edges.flatMap((edge: { evidence: { attributedTo: unknown }[] }) => edge.evidence)).toEqual(
        expect.not.arrayContaining([expect.objectContaining({ attributedTo: 'an aide' })]),
      );
    });

    it('leaves out the reports of dropped outlets and speakers, keeping every other', async () => {
      const all = await seeded.api.get('/api/nodes/sergey-lavrov');
      const noOutletN = await seeded.api.get('/api/nodes/sergey-lavrov?exceptOutlets=Outlet%20N');
      expect(noOutletN.status).toBe(200);
      expect(noOutletN.body.articles.map((article: { id: string }) => article.id)).not.toContain('test-outlet-n');
      expect(noOutletN.body.articles.length).toBe(all.body.articles.length - 1);
      expect(noOutletN.body.timeFilter.excluded.reason).toBe('outlet left out: Outlet N');
      const noAide = await seeded.api.get('/api/nodes/sergey-lavrov?exceptSpeakers=an%20aide');
      const reports = noAide.body.edges.flatMap((edge: { evidence: { attributedTo: unknown }[] }) => edge.evidence);
      expect(reports.length).toBeGreaterThan(0);
      expect(reports).toEqual(expect.not.arrayContaining([expect.objectContaining({ attributedTo: 'an aide' })]));
      const both = await seeded.api.get('/api/nodes/sergey-lavrov?outlets=Outlet%20N&exceptOutlets=Outlet%20N');
      expect(both.status).toBe(400);
      expect(both.body.error.message).toBe(
        'nodes: give outlets (those to keep) or exceptOutlets (those to leave out), not both',
      );
    });
  });

  describe('GET /api/nodes/:id/neighbours', () => {
    it('leaves out the neighbours outside the window, with recounted lean edges', async () => {
      const full = await seeded.api.get('/api/nodes/vienna-talks/neighbours');
      expect(full.body.timeFilter).toBeUndefined();
      const { body } = await seeded.api.get(`/api/nodes/russia/neighbours?${WEEK}`);
      expect(ids(body.nodes)).not.toContain(CONGRESS);
      expect(ids(body.nodes)).toContain('sergey-lavrov');
      const late = await seeded.api.get('/api/nodes/russia/neighbours?from=2018-01-29');
      const hosts = late.body.edges.find((edge: { id: string }) => edge.id === `russia:HOSTS:${CONGRESS}`);
      expect(hosts).toMatchObject({ reportCount: 1, happened: { start: '2018-01-29', end: '2018-01-30' } });
    });

    it('is empty and says so as of a day before any report', async () => {
      const { body } = await seeded.api.get('/api/nodes/russia/neighbours?asOf=2017-01-01');
      expect(body).toMatchObject({ nodes: [], edges: [], timeFilter: { empty: true } });
    });
  });

  describe('GET /api/search', () => {
    it('finds only entities inside the window', async () => {
      const week = await seeded.api.get(`/api/search?q=congress&${WEEK}`);
      expect(ids(week.body.results)).not.toContain(CONGRESS);
      expect(week.body.timeFilter.from).toBe('2018-01-20');
      const late = await seeded.api.get('/api/search?q=congress&from=2018-01-29');
      expect(ids(late.body.results)).toContain(CONGRESS);
      const none = await seeded.api.get('/api/search?q=congress&asOf=2018-01-27');
      expect(none.body).toMatchObject({ results: [], timeFilter: { empty: true } });
    });
  });

  describe('GET /api/paths', () => {
    it('never walks a fact that has only denials', async () => {
      const { body } = await seeded.api.get(`/api/paths?from=iran&to=${CONGRESS}&k=5`);
      expect(body.paths.length).toBeGreaterThan(0);
      for (const path of body.paths) expect(ids(path.relationships)).not.toContain(`iran:ATTENDS:${CONGRESS}`);
    });

    it('avoids a hop whose only report inside the filter denies it', async () => {
      const all = await seeded.api.get('/api/paths?from=sergey-lavrov&to=staffan-de-mistura&k=1');
      expect(all.body.paths[0].length).toBe(1);
      const { body } = await seeded.api.get(
        '/api/paths?from=sergey-lavrov&to=staffan-de-mistura&k=3&outlets=Outlet%20N',
      );
      expect(body.paths.map((path: { summary: string }) => path.summary)).toEqual([
        'Sergey Lavrov -MEETS-> Bashar al-Jaafari -MEETS-> Staffan de Mistura',
      ]);
      expect(body.paths[0].relationships[0].evidence.map((report: { text: string }) => report.text)).toEqual([
        'Lavrov met al-Jaafari in Moscow.',
      ]);
      expect(body.timeFilter).toMatchObject({ outlets: ['Outlet N'], empty: false });
    });

    it('takes the event window as windowFrom/windowTo and leaves the congress out of the week', async () => {
      const all = await seeded.api.get('/api/paths?from=russia&to=SNC&k=5');
      const through = (body: { paths: { nodes: { id: string }[] }[] }) =>
        body.paths.some((path) => ids(path.nodes).includes(CONGRESS));
      expect(through(all.body)).toBe(true);
      const { body } = await seeded.api.get(
        '/api/paths?from=russia&to=SNC&k=5&windowFrom=2018-01-20&windowTo=2018-01-26',
      );
      expect(through(body)).toBe(false);
      expect(body.timeFilter).toMatchObject({ from: '2018-01-20', to: '2018-01-26' });
    });

    it('finds nothing as of a day before every report, and says so', async () => {
      const { body } = await seeded.api.get('/api/paths?from=russia&to=SNC&asOf=2018-01-27');
      expect(body.paths).toEqual([]);
      expect(body.timeFilter).toMatchObject({ asOf: '2018-01-27', empty: true });
    });
  });

  describe('bad dates', () => {
    const routes = [
      ['graph', '/api/graph?'],
      ['search', '/api/search?q=russia&'],
      ['nodes', '/api/nodes/russia?'],
      ['neighbours', '/api/nodes/russia/neighbours?'],
    ];
    for (const [route, prefix] of routes) {
      it(`${route}: 2018-02-30, 'yesterday' and from after to are 400 naming the route`, async () => {
        for (const query of ['asOf=2018-02-30', 'from=yesterday', 'from=2018-01-30&to=2018-01-20']) {
          const { status, body } = await seeded.api.get(`${prefix}${query}`);
          expect(status, query).toBe(400);
          expect(body.error.code).toBe('invalid_input');
          expect(body.error.message).toMatch(new RegExp(`^${route}: (asOf|from)`));
        }
      });
    }

    it('paths: the same, for asOf and windowFrom/windowTo', async () => {
      for (const query of ['asOf=2018-02-30', 'windowFrom=yesterday', 'windowFrom=2018-01-30&windowTo=2018-01-20']) {
        const { status, body } = await seeded.api.get(`/api/paths?from=russia&to=SNC&${query}`);
        expect(status, query).toBe(400);
        expect(body.error.message).toMatch(/^paths: (asOf|windowFrom)/);
      }
    });
  });

  it('disagreements: the total counts every disagreement, not the page', async () => {
    const all = await seeded.api.get('/api/disagreements');
    expect(all.body.disagreements.map((d: { kind: string; source: string }) => [d.kind, d.source])).toEqual([
      ['negation', 'sergey-lavrov'],
      ['opposed', 'the-west'],
    ]);
    const page = await seeded.api.get('/api/disagreements?limit=1');
    expect(page.body.disagreements).toHaveLength(1);
    expect(page.body.total).toBe(2);
  });

  it('answers without parameters exactly as before: no timeFilter', async () => {
    for (const path of ['/api/graph', '/api/nodes/russia', '/api/search?q=russia', '/api/paths?from=russia&to=SNC']) {
      expect((await seeded.api.get(path)).body.timeFilter, path).toBeUndefined();
    }
  });
});
