// Unit tests for src/ingest/relations.ts through extract(): one short passage per relation type,
// negation and hedging. Passages are written for Parley in the style of news reports.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';

function triples(text: string): string[] {
  return extract(text, { published: '2018-01-28' }).relations.map((r) => `${r.source} ${r.type} ${r.target}`);
}

describe('relations', () => {
  it('finds none in text without relations', () => {
    expect(triples('The weather was cold.')).toEqual([]);
  });

  it.each([
    [
      'The SNC will boycott the Sochi congress.',
      'syrian-negotiations-commission BOYCOTTS syrian-national-dialogue-congress',
    ],
    [
      'The SNC refused to attend the Sochi congress.',
      'syrian-negotiations-commission BOYCOTTS syrian-national-dialogue-congress',
    ],
    ['Iran took part in the Astana talks.', 'iran ATTENDS astana-talks'],
    ['Kazakhstan hosted the Astana talks.', 'kazakhstan HOSTS astana-talks'],
    ['The Astana talks were hosted by Kazakhstan.', 'kazakhstan HOSTS astana-talks'],
    ['The United Nations sponsored the Geneva talks.', 'united-nations ORGANIZES geneva-talks'],
    ['De Mistura mediated the Geneva talks.', 'staffan-de-mistura MEDIATES geneva-talks'],
    ['The talks in Geneva were held under the auspices of the United Nations.', 'united-nations MEDIATES geneva-talks'],
    ['Russia invited Turkey to the Sochi congress.', 'russia INVITES turkey'],
    ['Lavrov met with Zarif in Moscow.', 'sergey-lavrov MEETS mohammad-javad-zarif'],
    ['Putin held talks with Erdogan.', 'vladimir-putin MEETS recep-tayyip-erdogan'],
    ['Rebel groups called for Assad to step down.', 'syrian-rebel-groups DEMANDS assad-steps-down'],
    ['Rebel groups are backed by Turkey.', 'turkey ALLIED_WITH syrian-rebel-groups'],
    ["Moscow's ally Bashar al-Assad spoke.", 'russia ALLIED_WITH bashar-al-assad'],
    ['Iranian Foreign Minister Mohammad Javad Zarif spoke.', 'mohammad-javad-zarif REPRESENTS iran'],
    ['The YPG is part of the Syrian Democratic Forces.', 'ypg MEMBER_OF syrian-democratic-forces'],
    ['The Astana talks were held in Astana.', 'astana-talks HELD_IN astana'],
    ['The Geneva talks are based on Resolution 2254.', 'geneva-talks REFERS_TO un-security-council-resolution-2254'],
    ['Fighting between government forces and Jaish al-Islam continued.', 'syria FIGHTS jaish-al-islam'],
    ['Turkey launched an offensive against the YPG.', 'turkey FIGHTS ypg'],
    ['Iran rejected a political transition.', 'iran OPPOSES political-transition'],
    ['Russia supports the Sochi congress.', 'russia SUPPORTS syrian-national-dialogue-congress'],
  ])('%s', (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it.each([
    'The SNC did not attend the Sochi congress.',
    'Iran never took part in the Astana talks.',
    'Turkey has not invited the YPG to the congress.',
    'De Mistura received an invitation to attend the Sochi congress.',
  ])('negation or request: %s', (text) => {
    expect(triples(text).filter((t) => / (ATTENDS|INVITES) /.test(t) && !t.startsWith('russia'))).toEqual([]);
  });

  it('lowers the confidence of hedged reports and keeps the verbatim sentence', () => {
    const text = 'Iran may attend   the Astana talks.';
    const [relation] = extract(text).relations.filter((r) => r.type === 'ATTENDS');
    expect(relation!.confidence).toBeLessThan(0.9);
    expect(relation!.evidence).toBe('Iran may attend   the Astana talks.');
  });
});
