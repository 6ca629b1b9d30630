/**
 * Disagreement display model: the two reports of the e2e scenario ("attended" / "did not
 * attend" the Sochi congress, two outlets) shown side by side, the denial marked, and an
 * inferred report naming its rule.
 */
import { describe, expect, it } from 'vitest';
import type { DisagreementJson } from '../../../client/api/client.ts';
import { disagreementView, reportLine } from '../../../client/panels/disagreements/model.ts';

const base = { articleId: 'a1', reported: '2018-01-31', attributedTo: null, basis: 'stated' as const, rule: null };
const item: DisagreementJson = {
  id: 'kurdish-delegation|ATTENDS|syrian-national-dialogue-congress',
  kind: 'negation',
  source: 'kurdish-delegation',
  target: 'syrian-national-dialogue-congress',
  sides: [
    {
      label: 'attended',
      edge: {
        id: 'e1',
        type: 'ATTENDS',
        evidence: [
          { ...base, text: 'The Kurdish delegation attended the Sochi congress.', happened: null, negated: false },
        ],
      },
    },
    {
      label: 'did not attend',
      edge: {
        id: 'e1',
        type: 'ATTENDS',
        evidence: [
          {
            ...base,
            articleId: 'a2',
            text: 'The Kurdish delegation did not attend the Sochi congress.',
            happened: { start: '2018-01-30', end: '2018-01-30' },
            negated: true,
            attributedTo: 'al-jaafari',
          },
        ],
      },
    },
  ],
};

describe('disagreementView', () => {
  it('puts both sides next to each other with the denial marked', () => {
    const names: Record<string, string> = {
      'kurdish-delegation': 'Kurdish delegation',
      'syrian-national-dialogue-congress': 'Sochi congress',
    };
    const view = disagreementView(item, (id) => names[id] ?? id);
    expect(view.title).toBe('Kurdish delegation → Sochi congress: affirmed and denied');
    expect(view.columns.map((c) => c.label)).toEqual(['attended', 'did not attend']);
    expect(view.columns[0]!.reports[0]).toMatchObject({ denial: false, speaker: 'the outlet', happened: 'undated' });
    expect(view.columns[1]!.reports[0]).toMatchObject({ denial: true, speaker: 'al-jaafari', happened: '2018-01-30' });
  });

  it('names the rule of an inferred report and says when a date is unknown', () => {
    const line = reportLine({
      ...base,
      text: 't',
      happened: { start: '2018-01-25', end: '2018-01-26' },
      negated: false,
      basis: 'inferred',
      rule: 'office-holder',
      reported: null,
    });
    expect(line).toMatchObject({
      basis: 'inferred (office-holder)',
      happened: '2018-01-25 – 2018-01-26',
      reported: 'report date unknown',
    });
  });
});
