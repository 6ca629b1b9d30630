// Unit: a stored fact through a time or sources filter (src/graph/window-facts.ts): reports judged
// one by one, the lists cut to the kept ones, the fact summary recounted, and the account of what
// was left out. The fact is the seed's Syria FIGHTS the rebels (one undated report, one of the
// escalation, 2017-11-28..2018-01-28) with a denial from a later article added.
import { describe, expect, it } from 'vitest';
import type { StoredEdge } from '../../../src/graph/edge-json.ts';
import type { ReportFilter } from '../../../src/graph/time-window.ts';
import { capEdges } from '../../../src/graph/overview.ts';
import { tally, timeFilterJson, verdictsOf, windowEdge, type Window } from '../../../src/graph/window-facts.ts';
import type { DrawEdgeJson } from '../../../src/model/json.ts';

const fights: StoredEdge = {
  type: 'FIGHTS',
  source: 'syria',
  target: 'syrian-rebel-groups',
  props: {
    id: 'syria:FIGHTS:syrian-rebel-groups',
    evidence: ['the war began in 2011', 'a two-month escalation', 'the fighting has stopped'],
    articleIds: ['seed', 'seed', 'later'],
    confidences: [1, 0.9, 0.6],
    reportedOn: ['2018-01-28', '2018-01-28', '2018-02-03'],
    curatedReports: [true, true, false],
    happenedStarts: ['', '2017-11-28', '2018-02-01'],
    happenedEnds: ['', '2018-01-28', '2018-02-01'],
    attributions: ['', '', 'al-jaafari'],
    negations: [false, false, true],
    bases: ['curated', 'curated', 'stated'],
    rules: ['', '', ''],
    confidence: 1,
    curated: true,
    reportCount: 3,
    disputed: false,
  },
};

const none: ReportFilter = {
  asOf: null,
  from: null,
  to: null,
  outlets: null,
  speakers: null,
  exceptOutlets: null,
  exceptSpeakers: null,
};
const window = (
  filter: Partial<ReportFilter>,
  kept: string[] | null = null,
  dropped: string[] | null = null,
): Window => ({
  filter: { ...none, ...filter },
  articles: { kept: kept && new Set(kept), dropped: dropped && new Set(dropped) },
});

describe('verdictsOf', () => {
  it('judges as of a day by the report date, an event window by the event date, undated kept', () => {
    expect(verdictsOf(fights, window({ asOf: '2018-01-31' }))).toEqual(['kept', 'kept', 'reported']);
    expect(verdictsOf(fights, window({ from: '2018-01-20', to: '2018-01-26' }))).toEqual([
      'undated',
      'kept',
      'happened',
    ]);
  });

  it('leaves every report out when the fact is about a meeting outside the window', () => {
    const ends = { target: { start: '2018-01-29', end: '2018-01-30' } };
    expect(verdictsOf(fights, window({ from: '2018-01-20', to: '2018-01-26' }), ends)).toEqual([
      'meeting',
      'meeting',
      'meeting',
    ]);
  });

  it('keeps the outlets by their articles and the speakers by name, the outlet itself as ""', () => {
    expect(verdictsOf(fights, window({ outlets: ['Outlet N'] }, ['later']))).toEqual(['outlet', 'outlet', 'kept']);
    expect(verdictsOf(fights, window({ speakers: [''] }))).toEqual(['kept', 'kept', 'speaker']);
  });

  it('leaves out the articles of dropped outlets and the dropped speakers, keeping the rest', () => {
    const dropOutlet = window({ exceptOutlets: ['Outlet N'] }, null, ['later']);
    expect(verdictsOf(fights, dropOutlet)).toEqual(['kept', 'kept', 'outlet']);
    expect(verdictsOf(fights, window({ exceptSpeakers: [''] }))).toEqual(['speaker', 'speaker', 'kept']);
    expect(timeFilterJson(dropOutlet, tally(verdictsOf(fights, dropOutlet)), false).excluded.reason).toBe(
      'outlet left out: Outlet N',
    );
  });
});

describe('windowEdge', () => {
  it('cuts every report list to the kept reports and recounts the summary', () => {
    const kept = windowEdge(fights, window({ from: '2018-01-30' }))!;
    expect(kept.props.evidence).toEqual(['the war began in 2011', 'the fighting has stopped']);
    expect(kept.props.negations).toEqual([false, true]);
    expect(kept.props).toMatchObject({
      reportCount: 2,
      confidence: 1,
      curated: true,
      positive: true,
      firstReported: '2018-01-28',
      lastReported: '2018-02-03',
      happenedStart: '2018-02-01',
      happenedEnd: '2018-02-01',
      // The undated assertion may overlap the denial.
      disputed: true,
    });
  });

  it('is null when no report is kept, and a fact with only its denial left is not positive', () => {
    expect(windowEdge(fights, window({ asOf: '2018-01-27' }))).toBeNull();
    const denial = windowEdge(fights, window({ speakers: ['al-jaafari'] }))!;
    expect(denial.props).toMatchObject({ reportCount: 1, positive: false, disputed: false, confidence: 0.6 });
  });
});

describe('timeFilterJson', () => {
  it('says how many reports were left out and why, and how many undated ones were kept', () => {
    const filter = window({ from: '2018-01-20', to: '2018-01-26' });
    const json = timeFilterJson(filter, tally(verdictsOf(fights, filter)), false);
    expect(json).toEqual({
      asOf: null,
      from: '2018-01-20',
      to: '2018-01-26',
      outlets: null,
      speakers: null,
      exceptOutlets: null,
      exceptSpeakers: null,
      excluded: {
        reports: 1,
        reason: 'happened outside 2018-01-20..2018-01-26',
        byReason: [{ reason: 'happened outside 2018-01-20..2018-01-26', reports: 1 }],
      },
      undated: 1,
      empty: false,
    });
  });
});

describe('capEdges', () => {
  const edge = (id: string, source: string, target: string, confidence: number): DrawEdgeJson => ({
    id,
    source,
    target,
    type: 'MEETS',
    confidence,
    curated: false,
    reportCount: 1,
    positive: true,
    disputed: false,
    firstReported: null,
    lastReported: null,
    happened: null,
  });

  it("keeps each node's strongest edges, an edge staying when either end still has room", () => {
    const edges = [edge('a', 'hub', 'x', 0.9), edge('b', 'hub', 'y', 0.8), edge('c', 'hub', 'z', 0.7)];
    expect(capEdges(edges, { perNode: 2, total: 10 }).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(capEdges([...edges, edge('d', 'hub', 'x', 0.6)], { perNode: 1, total: 10 }).map((e) => e.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(capEdges(edges, { perNode: 2, total: 2 }).map((e) => e.id)).toEqual(['a', 'b']);
  });
});
