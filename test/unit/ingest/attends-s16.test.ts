// Unit tests for the session-16 rules on attending and meeting: whom a meeting brings together
// attends it (and each of a list is brought), and an aside between dashes that holds a hyphenated
// word ("the so-called guarantors") is cut like any other, so the act around it is read.
// Made-up sentences about the entities of seed/lexicon.yaml. Real CoreNLP parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statedFacts } from './stated-facts.ts';
import { buildGazetteer, findMentions } from '../../../src/ingest/entities.ts';
import { defaultLexicon } from '../../../src/ingest/lexicon.ts';
import { sentenceVariants } from '../../../src/ingest/sentence-variants.ts';
import { splitSentences } from '../../../src/ingest/sentences.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const SNC = 'syrian-negotiations-commission';
const SOCHI = 'syrian-national-dialogue-congress';

describe('whom a meeting brings together', () => {
  it('reads each side brought together as attending the meeting, and meeting the other', async () => {
    const facts = await statedFacts(
      'The Vienna talks brought together the Syrian government and the SNC for the first time.',
    );
    expect(facts).toEqual(
      expect.arrayContaining(['syria ATTENDS vienna-talks', `${SNC} ATTENDS vienna-talks`, `syria MEETS ${SNC}`]),
    );
  });

  it('reads whose delegation is brought together as attending', async () => {
    expect(
      await statedFacts('The Astana talks brought together the Syrian government delegation and the armed opposition.'),
    ).toContain('syria ATTENDS astana-talks');
  });

  it('does not read a meeting that would bring sides together as attended', async () => {
    const facts = await statedFacts('The Sochi congress would bring together the government and the opposition.');
    expect(facts).not.toContain(`syrian-opposition ATTENDS ${SOCHI}`);
  });
});

describe('an aside between dashes', () => {
  const gaz = buildGazetteer(defaultLexicon());
  const variants = (text: string): string[] => {
    const [sentence] = splitSentences(text);
    return sentenceVariants(sentence!, findMentions([sentence!], text, gaz)).map((v) => v.text);
  };

  it('is cut when it holds a hyphenated word', () => {
    expect(
      variants('The ministers of Russia and Turkey - the so-called guarantor states - handed de Mistura a list.'),
    ).toEqual(['The ministers of Russia and Turkey handed de Mistura a list.']);
  });

  it('does not run over a hyphenated word outside it', () => {
    expect(variants('The UN-backed talks - the eighth round - open in Geneva on Tuesday.')).toEqual([
      'The UN-backed talks open in Geneva on Tuesday.',
    ]);
  });

  it('lets the act around it be read', async () => {
    const facts = await statedFacts(
      'The ministers of Russia and Turkey - the so-called guarantor states of the truce - handed de Mistura a list at the Sochi congress.',
    );
    expect(facts).toEqual(expect.arrayContaining([`russia ATTENDS ${SOCHI}`, `turkey ATTENDS ${SOCHI}`]));
  });
});
