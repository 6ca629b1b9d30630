// Session 17: constructions met in fresh reports that no block holds (Kazinform, AP, VOA and
// Breitbart pages of 2017-2019), each in made-up sentences about the entities of seed/lexicon.yaml:
// a purpose infinitive on a copular predicate ("X is in Astana to attend the round"), the state a
// title is about ("the UN's Syria envoy"), a meeting described by where it was held ("the Sochi
// event", "the Russian event"), and readiness for talks, which is no meeting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

describe('purpose infinitives', () => {
  it('reads "X is in Astana to attend the round" as X attending it', async () => {
    const facts = await statedFacts(
      'The 11th round of the Astana talks opened on Wednesday. ' +
        'UN Special Envoy for Syria Staffan de Mistura is also in Astana to attend the 11th round of the negotiations.',
      '2018-11-28',
    );
    expect(facts).toContain('staffan-de-mistura ATTENDS astana-talks-11');
  });

  it('reads "X is in Geneva to meet Y" as X meeting Y', async () => {
    const facts = await statedFacts('Sergei Lavrov is in Geneva to meet Staffan de Mistura.');
    expect(facts).toContain('sergey-lavrov MEETS staffan-de-mistura');
  });

  it('gives the purpose to nobody when the clause is a noun complement ("a decision to attend")', async () => {
    const facts = await statedFacts(
      "Russia criticised the opposition's decision to attend the Syrian National Dialogue Congress.",
    );
    expect(facts).not.toContain('russia ATTENDS syrian-national-dialogue-congress');
  });
});

describe('the state a title is about', () => {
  it("reads the UN's Syria envoy as speaking for the UN only", async () => {
    const facts = await statedFacts(
      "The U.N.'s Syria envoy Staffan de Mistura said Thursday that the talks will run through Dec. 15.",
      '2017-12-01',
      'REPRESENTS',
    );
    expect(facts).toContain('staffan-de-mistura REPRESENTS united-nations');
    expect(facts).not.toContain('staffan-de-mistura REPRESENTS syria');
  });

  it('reads "US Syria envoy James Jeffrey" as speaking for the US only', async () => {
    const facts = await statedFacts('US Syria envoy James Jeffrey met Erdogan in Ankara.', '2018-11-20', 'REPRESENTS');
    expect(facts).toEqual(['james-jeffrey REPRESENTS united-states']);
  });

  it('keeps a state that is the only one the title names', async () => {
    const facts = await statedFacts('Syrian envoy Bashar al-Jaafari spoke in Geneva.', '2017-12-01', 'REPRESENTS');
    expect(facts).toContain('bashar-al-jaafari REPRESENTS syria');
  });
});

const SOCHI_THEN_VIENNA =
  'Russia hosted the Syrian National Dialogue Congress in Sochi on Tuesday. ' +
  'The Syrian Negotiations Commission attended the UN-sponsored talks in Vienna last week. ';

describe('meetings described by their place', () => {
  it('reads "the Sochi event" as the congress held in Sochi', async () => {
    const facts = await statedFacts(
      `${SOCHI_THEN_VIENNA}Staffan de Mistura did attend the Sochi event, however.`,
      '2018-01-30',
    );
    expect(facts).toContain('staffan-de-mistura ATTENDS syrian-national-dialogue-congress');
  });

  it('reads "the Russian event" as the meeting held in Russia, not the last one named', async () => {
    const facts = await statedFacts(
      `${SOCHI_THEN_VIENNA}Meanwhile, Kurdish groups boycotted the Russian event.`,
      '2018-01-30',
      'BOYCOTTS',
    );
    expect(facts).toContain('kurdish-forces BOYCOTTS syrian-national-dialogue-congress');
    expect(facts).not.toContain('kurdish-forces BOYCOTTS vienna-talks');
  });

  it('keeps "the Syrian talks" for the talks in focus: a state word no meeting was held in', async () => {
    const facts = await statedFacts(
      'The Syrian Negotiations Commission attended the UN-sponsored talks in Vienna. Turkey also attended the Syrian talks.',
      '2018-01-26',
      'ATTENDS',
    );
    expect(facts).toContain('turkey ATTENDS vienna-talks');
  });
});

describe('readiness for talks', () => {
  it('reads "ready for talks with X" as no meeting, and "arrived for talks with X" as one', async () => {
    const facts = await statedFacts(
      'The opposition said it was ready for talks with the Syrian government delegation. ' +
        'Zarif arrived in Moscow for talks with Lavrov.',
      '2017-12-01',
      'MEETS',
    );
    expect(facts).toEqual(['mohammad-javad-zarif MEETS sergey-lavrov']);
  });
});
