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

describe('relationId', () => {
  it('is one id per fact, and per meeting for invitations', () => {
    expect(relationId('russia', 'HOSTS', 'congress')).toBe('russia:HOSTS:congress');
    expect(relationId('russia', 'INVITES', 'de-mistura', 'congress')).toBe('russia:INVITES:de-mistura:congress');
  });
});
