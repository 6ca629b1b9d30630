// Unit: stored relationships (parallel report lists) in wire shape.
import { describe, expect, it } from 'vitest';
import { relationId, toEdgeJson } from '../../../src/graph/edge-json.ts';
import type { ArticleJson } from '../../../src/model/json.ts';

const article = (id: string, title: string): ArticleJson => ({
  id,
  title,
  url: null,
  outlet: null,
  published: null,
  ingestedAt: null,
});

describe('toEdgeJson', () => {
  it('gives one evidence entry per report and each cited article once', () => {
    const edge = toEdgeJson(
      {
        type: 'BOYCOTTS',
        source: 'snc',
        target: 'congress',
        props: {
          id: 'snc:BOYCOTTS:congress',
          evidence: ['first sentence', 'second sentence', 'third sentence'],
          articleIds: ['a1', 'a1', 'a2'],
          confidences: [1, 0.9, 0.7],
          reportedOn: ['2018-01-28', '2018-01-28', ''],
          curatedReports: [true, true, false],
          confidence: 1,
          curated: true,
          note: 'kept',
        },
      },
      new Map([
        ['a1', article('a1', 'One')],
        ['a2', article('a2', 'Two')],
      ]),
    );
    expect(edge.evidence.map((e) => [e.text, e.articleId, e.confidence, e.reported, e.curated])).toEqual([
      ['first sentence', 'a1', 1, '2018-01-28', true],
      ['second sentence', 'a1', 0.9, '2018-01-28', true],
      ['third sentence', 'a2', 0.7, null, false],
    ]);
    expect(edge.sources.map((s) => s.title)).toEqual(['One', 'Two']);
    expect(edge.note).toBe('kept');
    expect(edge).not.toHaveProperty('articleIds');
  });
});

describe('evidence report fields', () => {
  it('reads event time, speaker, denial and basis per report', () => {
    const edge = toEdgeJson(
      {
        type: 'ATTENDS',
        source: 'kurds',
        target: 'congress',
        props: {
          evidence: ['They attended on January 30.', 'They did not attend.'],
          articleIds: ['a1', 'a2'],
          confidences: [0.8, 0.7],
          reportedOn: ['2018-01-31', '2018-01-31'],
          curatedReports: [false, false],
          happenedStarts: ['2018-01-30', ''],
          happenedEnds: ['2018-01-30', ''],
          attributions: ['', 'three diplomatic sources'],
          negations: [false, true],
          bases: ['stated', 'inferred'],
          rules: ['', 'office-holder'],
        },
      },
      new Map(),
    );
    expect(edge.evidence.map((e) => [e.happened, e.attributedTo, e.negated, e.basis, e.rule])).toEqual([
      [{ start: '2018-01-30', end: '2018-01-30' }, null, false, 'stated', null],
      [null, 'three diplomatic sources', true, 'inferred', 'office-holder'],
    ]);
    expect(edge).not.toHaveProperty('negations');
  });

  it('reads a store written before the report fields existed as undated, unattributed, not denied', () => {
    const edge = toEdgeJson(
      {
        type: 'HOSTS',
        source: 'russia',
        target: 'congress',
        props: {
          evidence: ['Russia hosts it.', 'Russia is the host.'],
          articleIds: ['a1', 'a2'],
          confidences: [1, 0.9],
          reportedOn: ['2018-01-28', ''],
          curatedReports: [true, false],
        },
      },
      new Map(),
    );
    expect(edge.evidence.map((e) => [e.happened, e.attributedTo, e.negated, e.basis, e.rule])).toEqual([
      [null, null, false, 'curated', null],
      [null, null, false, 'stated', null],
    ]);
  });
});

describe('relationId', () => {
  it('is one id per fact, and per meeting for invitations', () => {
    expect(relationId('russia', 'HOSTS', 'congress')).toBe('russia:HOSTS:congress');
    expect(relationId('russia', 'INVITES', 'de-mistura', 'congress')).toBe('russia:INVITES:de-mistura:congress');
  });
});
