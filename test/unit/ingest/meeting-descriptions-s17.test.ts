// Session 17: a meeting described by where it was held ("the Sochi event", "the Russian event")
// is the meeting held there, not whichever meeting the report named last.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

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
