// What `parley extract` and `parley ingest --dry-run` print for a person (src/cli/extraction-review.ts):
// each fact once by name, every sentence behind it, and what each report says of itself. The
// relations are shaped like the extraction of the RFE/RL report in test/fixtures/news/dev/.
import { describe, expect, it } from 'vitest';
import { reviewLines } from '../../../src/cli/extraction-review.ts';
import type { ExtractedRelation, Extraction } from '../../../src/ingest/types.ts';

const report = (evidence: string, extra: Partial<ExtractedRelation> = {}): ExtractedRelation => ({
  source: 'syrian-negotiations-commission',
  type: 'BOYCOTTS',
  target: 'syrian-national-dialogue-congress',
  evidence,
  confidence: 0.8,
  happened: null,
  attributedTo: null,
  negated: false,
  basis: 'stated',
  ...extra,
});

const extraction = (relations: ExtractedRelation[]): Extraction => ({
  article: { id: 'a', title: 'Syrian opposition says it will not attend Sochi congress', published: '2018-01-27' },
  entities: [
    { id: 'syrian-negotiations-commission', name: 'Syrian Negotiations Commission', type: 'Organization', aliases: [] },
    {
      id: 'syrian-national-dialogue-congress',
      name: 'Syrian National Dialogue Congress',
      type: 'Meeting',
      aliases: [],
    },
    { id: 'bashar-al-assad', name: 'Bashar al-Assad', type: 'Person', aliases: [] },
    { id: 'syria', name: 'Syria (government)', type: 'State', aliases: [] },
  ],
  relations,
  dropped: [],
  warnings: [],
});

describe('reviewLines', () => {
  it('shows a fact stated in two sentences once, by name, with both sentences', () => {
    const lines = reviewLines(
      extraction([
        report('The main Syrian opposition group says it will not attend the congress.'),
        report('The SNC decided to boycott the Sochi talks.'),
      ]),
    );
    expect(lines[0]).toBe('Relations: 1 fact in 2 reports');
    expect(lines.filter((line) => line.startsWith('- '))).toEqual([
      '- Syrian Negotiations Commission -BOYCOTTS-> Syrian National Dialogue Congress',
    ]);
    expect(lines).toContain('    "The SNC decided to boycott the Sochi talks."');
  });

  it('gives each report its speaker and event dates, and names the rule of an inferred one', () => {
    const lines = reviewLines(
      extraction([
        report('Al-Aridi said the SNC would not attend the congress on January 29-30.', {
          attributedTo: 'syrian-negotiations-commission',
          happened: { start: '2018-01-29', end: '2018-01-30' },
        }),
        report('Some Western nations fear a result that would favor Assad.', {
          source: 'bashar-al-assad',
          type: 'REPRESENTS',
          target: 'syria',
          basis: 'inferred',
          rule: 'office-holder',
          confidence: 0.6,
        }),
      ]),
    );
    expect(lines).toContain(
      '      said by Syrian Negotiations Commission · happened 2018-01-29 to 2018-01-30 · confidence 80%',
    );
    expect(lines).toContain("      inferred by the rule 'office-holder', not stated · confidence 60%");
  });

  it('marks a denial apart from the affirmed fact', () => {
    const lines = reviewLines(
      extraction([
        report('The SNC will attend.', { type: 'ATTENDS' }),
        report('The SNC will not go to Sochi.', { type: 'ATTENDS', negated: true }),
      ]),
    );
    expect(lines.filter((line) => line.startsWith('- '))).toEqual([
      '- Syrian Negotiations Commission -ATTENDS-> Syrian National Dialogue Congress',
      '- Syrian Negotiations Commission -ATTENDS-> Syrian National Dialogue Congress [denied]',
    ]);
  });

  it('says so when nothing was found', () => {
    expect(reviewLines(extraction([]))).toEqual(['No relation found in this text.']);
  });
});
