// Unit tests for the session-15 (second half) rules on attending and representing: an unnamed meeting
// referred back to among three or more parties ("During the trilateral meeting, A, B and C will
// discuss"), a summit between leaders of states, one named "from the" side, and who is "leading the
// delegation" of a side. Made-up sentences about the entities of seed/lexicon.yaml. Real CoreNLP parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const TEHRAN = 'tehran-summit-2018-09-07';
const opened = (text: string) => statedFacts(`Putin arrived for the Tehran summit on Friday. ${text}`, '2018-09-07');

describe('a meeting referred back to', () => {
  it('takes the meeting in focus for three or more parties acting during it', async () => {
    const facts = await opened('During the summit, Erdogan, Rouhani and Putin will discuss the ceasefire.');
    expect(facts).toEqual(
      expect.arrayContaining([
        `recep-tayyip-erdogan ATTENDS ${TEHRAN}`,
        `hassan-rouhani ATTENDS ${TEHRAN}`,
        `vladimir-putin ATTENDS ${TEHRAN}`,
      ]),
    );
  });

  it('does not take it for two, whose meeting may be their own', async () => {
    const facts = await opened('During the meeting, Erdogan and Rouhani discussed trade.');
    expect(facts).not.toContain(`recep-tayyip-erdogan ATTENDS ${TEHRAN}`);
  });

  it('reads the states whose leaders a summit is between as attending it', async () => {
    const facts = await opened('The summit between leaders of Iran, Russia and Turkey starts at noon.');
    expect(facts).toEqual(expect.arrayContaining([`iran ATTENDS ${TEHRAN}`, `turkey ATTENDS ${TEHRAN}`]));
  });
});

describe('who speaks for a side', () => {
  it('reads one named "from the" side as representing it', async () => {
    const facts = await statedFacts(
      'The two envoys, Bashar al-Jaafari from the Syrian government and Nasr al-Hariri from the opposition, spoke on Monday.',
      '2017-01-24',
    );
    expect(facts).toEqual(
      expect.arrayContaining(['bashar-al-jaafari REPRESENTS syria', 'nasr-al-hariri REPRESENTS syrian-opposition']),
    );
  });

  it('does not read where one comes from as a side', async () => {
    const facts = await statedFacts('Bashar al-Jaafari from Syria spoke on Monday.', '2017-01-24');
    expect(facts).not.toContain('bashar-al-jaafari REPRESENTS syria');
  });

  it('reads the body of the office a title belongs to', async () => {
    expect(
      await statedFacts(
        "The UN Secretary General's Special Envoy for Syria Staffan de Mistura is also expected in Astana.",
        '2017-01-24',
      ),
    ).toContain('staffan-de-mistura REPRESENTS united-nations');
  });

  it('reads who is leading a side’s delegation as representing it', async () => {
    const facts = await statedFacts(
      'Jaafari, leading the government delegation, said the talks went well.',
      '2017-01-24',
    );
    expect(facts).toContain('bashar-al-jaafari REPRESENTS syria');
  });
});

describe('aims and sitting together', () => {
  it('does not read ensuring someone’s participation as their attending the meeting in focus', async () => {
    const facts = await statedFacts(
      'The Astana talks on Syria opened on Monday. Jordan helped at a technical meeting, ensuring the participation of the armed opposition groups.',
      '2017-01-24',
    );
    expect(facts).not.toContain('syrian-rebel-groups ATTENDS astana-talks-1');
  });

  it('reads sides that sit down at the same table as meeting', async () => {
    const facts = await statedFacts(
      'The Syrian government and the armed opposition groups agreed to sit down at the same table.',
      '2017-01-24',
    );
    expect(facts).toContain('syria MEETS syrian-rebel-groups');
  });

  it('reads sitting face to face as meeting', async () => {
    expect(await statedFacts('Lavrov and Zarif sat face to face in Moscow.', '2017-01-24')).toContain(
      'sergey-lavrov MEETS mohammad-javad-zarif',
    );
  });
});
