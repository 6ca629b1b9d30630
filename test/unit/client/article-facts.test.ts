// Unit tests for the fact grouping (src/graph/fact-groups.ts) and its toggling in client/panels/articles/review.ts: the "Add article" review
// shows each fact once with all its sentences, denials apart, and marks inferred facts. The
// relations are shaped like the extraction of an Astana report (test/unit/client/fixtures).
import { describe, expect, it } from 'vitest';
import type { ExtractedRelation, Extraction } from '../../../src/ingest/types.ts';
import { initialReview, toggleFact } from '../../../client/panels/articles/review.ts';
import { factGroups } from '../../../src/graph/fact-groups.ts';

const report = (evidence: string, extra: Partial<ExtractedRelation> = {}): ExtractedRelation => ({
  source: 'syrian-negotiations-commission',
  type: 'BOYCOTTS',
  target: 'astana-talks',
  evidence,
  confidence: 0.9,
  happened: null,
  attributedTo: null,
  negated: false,
  basis: 'stated',
  ...extra,
});

const extraction: Extraction = {
  article: { id: 'a', title: 'Astana', published: '2018-03-16' },
  entities: [],
  relations: [
    report('The SNC will boycott the Astana talks.'),
    report('The SNC said it would not attend.', { type: 'ATTENDS', negated: true }),
    report("'We have decided not to travel to Astana,' a spokeswoman for the SNC said."),
    report('Lavrov said the talks would go ahead.', {
      source: 'sergey-lavrov',
      type: 'REPRESENTS',
      target: 'russia',
      basis: 'inferred',
      rule: 'office-holder',
    }),
  ],
  dropped: [],
  warnings: [],
};

describe('factGroups', () => {
  it('shows a fact reported in two sentences once, with both sentences', () => {
    const groups = factGroups(extraction);
    expect(groups).toHaveLength(3);
    expect(groups[0]).toMatchObject({ id: 'syrian-negotiations-commission:BOYCOTTS:astana-talks', indexes: [0, 2] });
  });

  it('keeps a denial apart and marks only rule-made facts as inferred', () => {
    const groups = factGroups(extraction);
    expect(groups.find((g) => g.negated)?.indexes).toEqual([1]);
    expect(groups.filter((g) => g.inferred).map((g) => g.id)).toEqual(['sergey-lavrov:REPRESENTS:russia']);
  });

  it('is not inferred when one of its sentences states it', () => {
    const both = {
      ...extraction,
      relations: [extraction.relations[3]!, { ...extraction.relations[3]!, basis: 'stated' as const }],
    };
    expect(factGroups(both)[0]?.inferred).toBe(false);
  });

  it('unticks every sentence of a fact at once', () => {
    const [boycott] = factGroups(extraction);
    const state = toggleFact(initialReview(extraction), boycott!, false);
    expect([...state.relations].sort()).toEqual([1, 3]);
    expect([...toggleFact(state, boycott!, true).relations].sort()).toEqual([0, 1, 2, 3]);
  });
});
