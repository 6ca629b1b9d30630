// Unit tests for the session-17 rules on who attends, organizes and hosts: refusals to lead or send a
// delegation, a person who hosts, who settles a meeting's agenda or date, named talks that frame an act,
// who takes part with the subject, acts done in the framework of a meeting or together at one.
// Made-up sentences (and dev sentences) about the entities of seed/lexicon.yaml. Real CoreNLP parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statedFacts as statedOn } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const ASTANA = 'astana-talks-9';
const SOCHI = 'syrian-national-dialogue-congress';
const INVITED = 'Russia has invited Iran to the Astana talks.';
/** Reports of May 2018, when the Astana talks in focus are the ninth round. */
const statedFacts = (text: string): Promise<string[]> => statedOn(text, '2018-05-15');

describe('a refusal to lead or send a delegation', () => {
  it('does not read who refuses to lead the delegation as attending', async () => {
    const facts = await statedFacts(`${INVITED} Jaafari refused to lead the delegation to the Astana talks.`);
    expect(facts.filter((f) => f.includes('ATTENDS'))).toEqual([]);
  });

  it('still reads who leads the delegation as attending', async () => {
    expect(await statedFacts(`${INVITED} Jaafari will lead the delegation to the Astana talks.`)).toContain(
      `bashar-al-jaafari ATTENDS ${ASTANA}`,
    );
  });

  it('reads abstaining from sending a delegation as a boycott, not attendance', async () => {
    const facts = await statedFacts(`${INVITED} The US abstained from sending a delegation to the Astana talks.`);
    expect(facts).toContain(`united-states BOYCOTTS ${ASTANA}`);
    expect(facts).not.toContain(`united-states ATTENDS ${ASTANA}`);
  });

  it('reads sending a delegation as attending', async () => {
    expect(await statedFacts(`${INVITED} The US sent a delegation to the Astana talks.`)).toContain(
      `united-states ATTENDS ${ASTANA}`,
    );
  });
});

describe('a person who hosts a meeting', () => {
  it('attends it rather than hosting it', async () => {
    const facts = await statedFacts('The Sochi congress was hosted by Putin in the resort.');
    expect(facts).toContain(`vladimir-putin ATTENDS ${SOCHI}`);
    expect(facts).not.toContain(`vladimir-putin HOSTS ${SOCHI}`);
  });

  it('leaves a state that hosts a meeting its host', async () => {
    expect(await statedFacts('Russia hosted the Sochi congress.')).toContain(`russia HOSTS ${SOCHI}`);
  });
});

describe("who settles a meeting's terms", () => {
  it('organizes it when it determines the agenda and time (a list of subjects)', async () => {
    const facts = await statedFacts(
      'Kairat Abdrakhmanov said that peace guarantors, i.e. Iran, Russia and Turkey, will determine the agenda and exact time of the Astana talks.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([`iran ORGANIZES ${ASTANA}`, `russia ORGANIZES ${ASTANA}`, `turkey ORGANIZES ${ASTANA}`]),
    );
  });

  it('organizes it when the date is set by it (passive)', async () => {
    expect(await statedFacts('The date of the Sochi congress was set by Russia.')).toContain(
      `russia ORGANIZES ${SOCHI}`,
    );
  });

  it('does not organize it when it did not set the agenda, was only urged to, or agreed on the date', async () => {
    for (const text of [
      'Russia did not set the agenda of the Astana talks.',
      'Russia urged Turkey to set the date of the Astana talks.',
      'Iran and Turkey agreed on the date of the Astana talks.',
    ])
      expect((await statedFacts(text)).filter((f) => f.includes('ORGANIZES'))).toEqual([]);
  });
});

describe('named talks that frame an act', () => {
  it('are attended by the subject and whom it talks with', async () => {
    const facts = await statedFacts(
      'Russia has pushed the committee since early 2018, as part of its ongoing talks in the Kazakhstan capital Astana with Turkey and Iran.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([`russia ATTENDS ${ASTANA}`, `turkey ATTENDS ${ASTANA}`, `iran ATTENDS ${ASTANA}`]),
    );
  });

  it('are not read from bare talks, nor from a refusal to take part in them', async () => {
    expect(
      (await statedFacts('Lavrov said after talks with Zarif that the sides agreed.')).filter((f) =>
        f.includes('ATTENDS'),
      ),
    ).toEqual([]);
    const refused = await statedFacts('Iran refused to take part in the Astana talks with Russia.');
    expect(refused).toContain(`iran BOYCOTTS ${ASTANA}`);
    expect(refused).not.toContain('iran MEETS russia');
    expect(refused).not.toContain(`russia ATTENDS ${ASTANA}`);
  });
});

describe('who takes part with the subject', () => {
  it('takes part too, a list in dashes after a counted noun included', async () => {
    const facts = await statedFacts(
      'Syria is taking part in Astana-9 with the three guarantor countries _ Russia, Turkey and Iran _ and the opposition.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([`syria ATTENDS ${ASTANA}`, `russia ATTENDS ${ASTANA}`, `iran ATTENDS ${ASTANA}`]),
    );
  });

  it('takes part in talks with the subject', async () => {
    expect(await statedFacts('Iran attended the Astana talks with Russia and Turkey.')).toEqual(
      expect.arrayContaining([`russia ATTENDS ${ASTANA}`, `turkey ATTENDS ${ASTANA}`]),
    );
  });

  it('does not when the subject does not attend', async () => {
    expect(await statedFacts('Iran will not attend the Astana talks with Russia.')).not.toContain(
      `russia ATTENDS ${ASTANA}`,
    );
  });
});

describe('acting at a meeting', () => {
  it('attends the meeting in whose framework one meets or holds talks', async () => {
    for (const text of [
      'The Syrian delegation met the Iranian delegation in the framework of the ninth round of the Astana talks.',
      'The Syrian government delegation held a meeting with the Iranian delegation within the framework of the Astana talks.',
    ])
      expect(await statedFacts(text)).toEqual(
        expect.arrayContaining([`syria ATTENDS ${ASTANA}`, `iran ATTENDS ${ASTANA}`]),
      );
  });

  it('attends where one adopts or issues something together, by a participle or a passive', async () => {
    expect(
      await statedFacts('He was referring to a position adopted by Syrian opposition delegates at the Astana talks.'),
    ).toContain(`syrian-opposition ATTENDS ${ASTANA}`);
    expect(await statedFacts('The statement was issued by Russia and Turkey at the Astana talks.')).toEqual(
      expect.arrayContaining([`russia ATTENDS ${ASTANA}`, `turkey ATTENDS ${ASTANA}`]),
    );
  });

  it('does not read cooperating in the framework of a process as attending it', async () => {
    expect(
      (await statedFacts('Egypt is determined to cooperate in the framework of the Astana talks.')).filter((f) =>
        f.includes('ATTENDS'),
      ),
    ).toEqual([]);
  });
});
