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

describe('a list without "and"', () => {
  it('gives each item the first one’s role', async () => {
    const facts = await statedFacts('Russia, Turkey, Iran confirm participation in Astana talks', '2017-05-03');
    expect(facts).toEqual(
      expect.arrayContaining([
        'russia ATTENDS astana-talks-4',
        'turkey ATTENDS astana-talks-4',
        'iran ATTENDS astana-talks-4',
      ]),
    );
  });

  it('does not give a place’s state the place’s role', async () => {
    const facts = await statedFacts('Lavrov arrived in Sochi, Russia, for the Sochi congress.');
    expect(facts).not.toContain(`russia ATTENDS ${SOCHI}`);
  });
});

describe('presence at a meeting', () => {
  const opened = (text: string) => statedFacts(`The Astana talks opened on Wednesday. ${text}`, '2017-05-03');

  it('reads delegations at the venue of the meeting in focus as attending it', async () => {
    expect(await opened('Delegations of Russia and Iran are in Astana.')).toEqual(
      expect.arrayContaining(['russia ATTENDS astana-talks-4', 'iran ATTENDS astana-talks-4']),
    );
  });

  it('does not read delegations in another city as attending', async () => {
    expect(await opened('Delegations of Russia and Iran are in Geneva.')).not.toContain(
      'russia ATTENDS astana-talks-4',
    );
  });

  it('reads who speaks at the opening of the meeting referred back to as attending it', async () => {
    const facts = await statedFacts(
      'The Sochi congress opened on Tuesday. De Mistura spoke at the opening of the two-day meeting.',
    );
    expect(facts).toContain(`staffan-de-mistura ATTENDS ${SOCHI}`);
  });

  it('reads a leader and those who accompany him at a meeting as attending it', async () => {
    const facts = await statedFacts(
      'Erdogan was accompanied by Foreign Minister Mevlut Cavusoglu and Hakan Fidan during the Tehran summit.',
      '2018-09-07',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        'recep-tayyip-erdogan ATTENDS tehran-summit-2018-09-07',
        'mevlut-cavusoglu ATTENDS tehran-summit-2018-09-07',
        'hakan-fidan ATTENDS tehran-summit-2018-09-07',
      ]),
    );
  });

  it('does not take the summit in focus for the meeting a leader was accompanied at', async () => {
    const facts = await statedFacts(
      'Putin arrived for the Tehran summit on Friday. Erdogan met Rouhani in Tehran. Erdogan was accompanied by Cavusoglu and Fidan during the meeting.',
      '2018-09-07',
    );
    expect(facts).not.toContain('mevlut-cavusoglu ATTENDS tehran-summit-2018-09-07');
  });
});

describe('who leads a delegation at a meeting', () => {
  it('reads the leader, as the delegation’s side, as attending', async () => {
    const facts = await statedFacts(
      'Alexander Lavrentiev led the Russian delegation at the Astana talks.',
      '2017-05-03',
    );
    expect(facts).toEqual(
      expect.arrayContaining(['russia ATTENDS astana-talks-4', 'alexander-lavrentiev ATTENDS astana-talks-4']),
    );
  });

  it('reads the name a participle of leading hangs on as attending', async () => {
    const facts = await statedFacts(
      'Alexander Lavrentiev, leading the Russian delegation at the Astana talks, said the talks went well.',
      '2017-05-03',
    );
    expect(facts).toContain('alexander-lavrentiev ATTENDS astana-talks-4');
  });
});
