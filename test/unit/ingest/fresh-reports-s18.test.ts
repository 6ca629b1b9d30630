// Session 18: constructions from fresh reports no eval block holds (SMM Syria, 2017-11-01; VOA,
// 2018-01-30), with
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

describe('a relative clause the parser hangs beside the meeting', () => {
  it('reads "Critics of the congress, which is backed by" as backing the congress', async () => {
    const facts = await statedFacts(
      'Critics of the Sochi Congress, which is backed by Turkey and Iran, say it undermines the Geneva talks.',
      '2018-01-30',
    );
    expect(facts).toContain(`turkey SUPPORTS ${SOCHI}`);
    expect(facts).toContain(`iran SUPPORTS ${SOCHI}`);
  });

  it('reads a relative clause hung on the venue as said of the meeting held there', async () => {
    expect(
      await statedFacts(
        'Russia prepared the congress in Sochi, which is opposed by the Syrian Negotiations Commission.',
        '2018-01-28',
      ),
    ).toContain(`syrian-negotiations-commission OPPOSES ${SOCHI}`);
  });

  it('does not move a clause said of a person onto anything the person is of', async () => {
    const facts = await statedFacts(
      'Supporters of the Sochi congress, who are backed by Iran, met in Damascus.',
      '2018-01-30',
    );
    expect(facts).not.toContain(`iran SUPPORTS ${SOCHI}`);
  });
});
