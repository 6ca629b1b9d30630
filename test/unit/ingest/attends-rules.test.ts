// Unit tests for the ATTENDS rules (src/ingest/relations/presence-rules.ts, participant-rules.ts): each
// construction with made-up sentences about the entities of seed/lexicon.yaml, and the cases that must not
// fire. Real CoreNLP parser, one warm process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const attends = (text: string, published?: string) => statedFacts(text, published, 'ATTENDS');

const SOCHI = 'syrian-national-dialogue-congress';

describe('ATTENDS rules', () => {
  it.each([
    [
      'a participle beside the name',
      'Lavrov, attending the Sochi congress, said the talks went well.',
      `sergey-lavrov ATTENDS ${SOCHI}`,
    ],
    [
      'a participle clause after a preposition',
      'After attending the Sochi congress, Zarif flew to Tehran.',
      `mohammad-javad-zarif ATTENDS ${SOCHI}`,
    ],
    [
      'a possessive list before a title',
      "Russia, Turkey and Iran's presidents agreed at the Sochi congress on a list.",
      `iran ATTENDS ${SOCHI}`,
    ],
    [
      'the heads of the delegations of states',
      'The heads of the delegations of Iran and Turkey spoke at the Sochi congress.',
      `turkey ATTENDS ${SOCHI}`,
    ],
    [
      'whom one hands something at a meeting',
      'The foreign ministers of Russia and Iran handed de Mistura their list at the Sochi congress.',
      `staffan-de-mistura ATTENDS ${SOCHI}`,
    ],
    [
      'an inverted "taking part in" before its copula',
      'Taking part in the Sochi congress are the delegations of Iran and Turkey along with representatives of Jordan.',
      `jordan ATTENDS ${SOCHI}`,
    ],
    [
      'an inverted "attending" before its copula',
      'Attending the Sochi congress were delegations from Iran and Turkey.',
      `turkey ATTENDS ${SOCHI}`,
    ],
    [
      'arriving for a meeting held during one',
      'Members of the delegation of the SNC arrived for a meeting during the Sochi congress.',
      `syrian-negotiations-commission ATTENDS ${SOCHI}`,
    ],
  ])('%s', async (_name, text, fact) => {
    expect(await attends(text)).toContain(fact);
  });

  it('a delegation member named beside the dated meeting the sentence names attends it', async () => {
    const text =
      'The first day of the Syrian peace talks in Astana was successful, opposition delegation member Yahya Aridi said on Monday.';
    expect(await attends(text, '2017-01-23')).toContain('yahya-al-aridi ATTENDS astana-talks-1');
  });

  it('the series named while one of its rounds is in focus stands for the round', async () => {
    const text =
      'The fifth round of the Astana talks opened on July 4. Lavrentiev, head of the Russian delegation at the Astana talks, said the talks went well.';
    const facts = await attends(text, '2017-07-05');
    expect(facts).toContain('alexander-lavrentiev ATTENDS astana-talks-5');
    expect(facts).not.toContain('alexander-lavrentiev ATTENDS astana-talks');
  });

  it.each([
    ['a participle denied', 'Zarif, not attending the Sochi congress, stayed in Tehran.'],
    [
      'a delegation head with no meeting in the sentence',
      'Jaafari, head of the government delegation, arrived on Monday.',
    ],
    ['a participle of another verb', 'After criticizing the Sochi congress, Zarif flew to Tehran.'],
    ['arriving at a decision', 'Zarif arrived at a decision before the Sochi congress.'],
    [
      'an inverted "taking part" in what is not a meeting',
      'Taking part in the fighting are units from Iran and Turkey.',
    ],
  ])('not: %s', async (_name, text) => {
    expect(await attends(text)).toEqual([]);
  });
});
