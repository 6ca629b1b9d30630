// Session 18: constructions from fresh reports no eval block holds (SMM Syria, 2017-11-01), with
// made-up variants about the entities of seed/lexicon.yaml. Real CoreNLP parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const SOCHI = 'syrian-national-dialogue-congress';

describe('an invitation not accepted', () => {
  it('reads "does not accept the invitation from" as a boycott and the inviter as inviting', async () => {
    const facts = await statedFacts(
      'Alloush said that the opposition does not accept the invitation from the Russian side to the Sochi congress.',
      '2017-11-01',
    );
    expect(facts).toContain(`syrian-opposition BOYCOTTS ${SOCHI}`);
    expect(facts).toContain('russia INVITES syrian-opposition');
    expect(facts).not.toContain(`syrian-opposition ATTENDS ${SOCHI}`);
  });

  it('does not read an invitation not yet accepted as a boycott', async () => {
    const facts = await statedFacts(
      'The opposition has not yet accepted the invitation to the Sochi congress.',
      '2017-11-01',
    );
    expect(facts).not.toContain(`syrian-opposition BOYCOTTS ${SOCHI}`);
  });

  it('still reads an accepted invitation as attending', async () => {
    expect(await statedFacts('The opposition accepted the invitation to the Sochi congress.', '2017-11-01')).toContain(
      `syrian-opposition ATTENDS ${SOCHI}`,
    );
  });
});
