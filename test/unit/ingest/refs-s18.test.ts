// Session 18 (refs): the meeting in focus. Talks the opening lines name before the report says which
// are the meeting it names next; a possible or later meeting does not take the focus from the one
// reported; a meeting dated by another day is none the lexicon knows; a capital or the Black Sea
// resort described, not named, is its place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

describe('talks named before the report says which', () => {
  it('reads headline talks as the round the report names next (dev-2 iranproject)', async () => {
    const facts = await statedFacts(
      'Iranian delegation in Astana to attend Syria Talks\n\n' +
        "Iran's delegation arrived in Astana on Sunday to attend international talks on Syria.\n\n" +
        'The seventh round of Syria peace talks will be held on October 30-31, 2017 in Astana.',
      '2017-10-30',
    );
    expect(facts).toContain('iran ATTENDS astana-talks-7');
    expect(facts.filter((f) => f.includes('syria'))).toEqual([]);
  });

  it('reads other words and a refusal the same way', async () => {
    const facts = await statedFacts(
      'Syrian opposition refuses to join UN-backed peace talks\n\n' +
        'The fourth round of the Geneva talks opened on Thursday.',
      '2017-02-23',
    );
    expect(facts).not.toContain('syrian-opposition ATTENDS geneva-talks-4');
    const joined = await statedFacts(
      'Syrian opposition to attend the peace negotiations\n\nThe fourth round of the Geneva talks opened on Thursday.',
      '2017-02-23',
    );
    expect(joined).toContain('syrian-opposition ATTENDS geneva-talks-4');
  });

  it('leaves talks set apart, or far from the meeting named, alone', async () => {
    const newTalks = await statedFacts(
      'Iran to attend new talks\n\nThe seventh round of Syria peace talks will be held on October 30-31 in Astana.',
      '2017-10-30',
    );
    expect(newTalks).not.toContain('iran ATTENDS astana-talks-7');
    const far = await statedFacts(
      'Iran to attend peace talks. Iran said so. Russia agreed. Turkey agreed. Jordan agreed.\n\n' +
        'The seventh round of Syria peace talks will be held on October 30-31 in Astana.',
      '2017-10-30',
    );
    expect(far).not.toContain('iran ATTENDS astana-talks-7');
  });
});

describe('the meeting in focus', () => {
  const ninth = 'The ninth round of the Astana talks on Syria ended on Tuesday in the Kazakh capital. ';

  it('keeps the reported round in focus after a possible next one (EFE, May 2018)', async () => {
    const facts = await statedFacts(
      `${ninth}Kazakhstan was looking to host new negotiations in the coming months, a possible Astana-10. ` +
        'Kazakhstan hosted the talks.',
      '2018-05-15',
    );
    expect(facts).toContain('kazakhstan HOSTS astana-talks-9');
    expect(facts).not.toContain('kazakhstan HOSTS astana-talks-10');
  });

  it('keeps it after a proposed meeting, whatever its word', async () => {
    const facts = await statedFacts(
      `${ninth}Moscow spoke of a proposed summit of the three presidents. Iran attended the talks.`,
      '2018-05-15',
    );
    expect(facts).toContain('iran ATTENDS astana-talks-9');
  });

  it('lets a named meeting that is no prospect take the focus', async () => {
    const facts = await statedFacts(
      `${ninth}The Syrian National Dialogue Congress was held in Sochi in January. Iran attended the congress.`,
      '2018-05-15',
    );
    expect(facts).toContain('iran ATTENDS syrian-national-dialogue-congress');
  });

  it('keeps the round in focus after its series named as a whole, and reads that series', async () => {
    const facts = await statedFacts(
      'In a meeting in the Russian Black Sea resort of Sochi, Iran and Turkey are discussing Syria. ' +
        'Turkey launched a negotiations process last year in the Kazakh capital, Astana. Jordan is attending as an observer.',
      '2018-07-30',
    );
    expect(facts).toContain('astana-talks HELD_IN astana');
    expect(facts).toContain('jordan ATTENDS astana-talks-10');
    expect(facts).not.toContain('jordan ATTENDS astana-talks');
  });

  it('reads "the next round" in a report of its eve as that round', async () => {
    const facts = await statedFacts(
      'Delegates are arriving in Astana to take part in the next round of talks scheduled for December 21-22. ' +
        'Jordan will also take part in the upcoming meeting.',
      '2017-12-20',
    );
    expect(facts).toContain('jordan ATTENDS astana-talks-8');
  });

  it('reads no round in "the Wednesday meeting" a week before the round (Kazinform)', async () => {
    const facts = await statedFacts(
      'Kazakhstan is ready to host another round of negotiations of the Astana Process, President Nursultan ' +
        'Nazarbayev told foreign diplomats at the Wednesday meeting. At the meeting, President Nazarbayev said ' +
        'Kazakhstan supports the Astana Process.',
      '2018-11-21',
    );
    expect(facts.filter((f) => f.includes('ATTENDS astana-talks-11'))).toEqual([]);
  });
});

describe('places described, not named', () => {
  it('reads a state capital and the Black Sea resort as their places', async () => {
    const capital = await statedFacts(
      'The previous round of talks in Kazakhstan’s capital was held on October 30-31.',
      '2017-11-24',
    );
    expect(capital).toContain('astana-talks-7 HELD_IN astana');
    const eighth = await statedFacts(
      'In December 2017, the eighth international meeting on Syria was held in the Kazakh capital.',
      '2018-02-06',
    );
    expect(eighth).toContain('astana-talks-8 HELD_IN astana');
    expect(eighth).not.toContain('astana-talks-9 HELD_IN astana');
    const resort = await statedFacts('Russia hosted a congress in the Black Sea resort on January 30.', '2018-01-30');
    expect(resort).toContain('syrian-national-dialogue-congress HELD_IN sochi');
  });

  it('reads the name where it follows the description instead', async () => {
    const facts = await statedFacts('The talks were held in the Syrian capital of Damascus.', '2018-01-28');
    expect(facts.some((f) => f.endsWith('HELD_IN astana'))).toBe(false);
  });
});
