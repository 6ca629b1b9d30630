// Unit tests for the session-18 rules on who takes part: the participants a copula or "including" lists,
// an intention or decision to take part (its own possessive pronoun pointing to the announcer), and a
// role ("as observers") the parser hangs the meeting on. Sentences from fresh Kazinform and Alwaght
// reports and made-up variants about the entities of seed/lexicon.yaml. Real CoreNLP parser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const ROUND = 'astana-talks-11';
const DATE = '2018-11-28';

/** Stated relations of one type, denied ones marked "NOT". */
async function attends(text: string): Promise<string[]> {
  return (await extract(text, { published: DATE })).relations
    .filter((r) => r.basis === 'stated' && r.type === 'ATTENDS')
    .map((r) => `${r.negated ? 'NOT ' : ''}${r.source} ${r.type} ${r.target}`);
}

describe('the participants a sentence lists', () => {
  it('reads whom "including" adds to the participants of a meeting as attending (Kazinform)', async () => {
    const facts = await statedFacts(
      "All participants of the upcoming 11th International Meeting on the Syrian conflict have arrived in Astana, including the delegations from the guarantor-countries - Russia, Turkey and Iran, Kazinform has learnt from the Kazakh MFA's press service.",
      DATE,
      'ATTENDS',
    );
    expect(facts).toEqual(
      expect.arrayContaining([`russia ATTENDS ${ROUND}`, `turkey ATTENDS ${ROUND}`, `iran ATTENDS ${ROUND}`]),
    );
  });

  it('reads "including" hung on the meeting, and a copula naming the participants', async () => {
    expect(await attends('Participants of the Astana talks, including Russia and Iran, arrived on Monday.')).toEqual(
      expect.arrayContaining([`russia ATTENDS ${ROUND}`, `iran ATTENDS ${ROUND}`]),
    );
    expect(await attends('The participants of the Astana talks are Russia, Turkey and Iran.')).toEqual(
      expect.arrayContaining([`russia ATTENDS ${ROUND}`, `turkey ATTENDS ${ROUND}`, `iran ATTENDS ${ROUND}`]),
    );
  });

  it('reads the confirmed participants the Alwaght report lists after the meeting in focus', async () => {
    const facts = await attends(
      'The Astana talks open on Thursday. "The confirmed participants in the talks are - representatives of the Syrian Arab Republic, representatives of the Syrian opposition, representatives of Russia, Turkey, Iran, the U.S., the UN special envoy Staffan de Mistura," Kazakhstan\'s Foreign Ministry said.',
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        `syria ATTENDS ${ROUND}`,
        `syrian-opposition ATTENDS ${ROUND}`,
        `united-states ATTENDS ${ROUND}`,
        `staffan-de-mistura ATTENDS ${ROUND}`,
      ]),
    );
    expect(facts).not.toContain(`kazakhstan ATTENDS ${ROUND}`);
  });

  it('reads no attending from arriving alone, a predicate that lists nobody, invitees or a denial', async () => {
    for (const text of [
      'All participants of the Astana talks have arrived in Astana.',
      "The participants of the Astana talks were happy with Russia's role.",
      'The invitees to the Astana talks are Russia and Iran.',
      'The delegations of Iran, Russia and Turkey arrived in Astana one day ahead of the Astana talks.',
    ])
      expect(await attends(text)).toEqual([]);
    expect(
      await attends('Participants of the Astana talks, including Russia and Iran, did not arrive on Monday.'),
    ).not.toContain(`russia ATTENDS ${ROUND}`);
    expect(await attends('The participants of the Astana talks were not Russia and Iran.')).not.toContain(
      `russia ATTENDS ${ROUND}`,
    );
  });
});

describe('an intention or decision to take part', () => {
  it('gives the act to whoever announces "its" or "their" intention', async () => {
    expect(await attends('Iran has confirmed its intention to participate in the Astana talks.')).toEqual([
      `iran ATTENDS ${ROUND}`,
    ]);
    expect(await attends('Turkey and Iran confirmed their intention to take part in the Astana talks.')).toEqual(
      expect.arrayContaining([`turkey ATTENDS ${ROUND}`, `iran ATTENDS ${ROUND}`]),
    );
  });

  it('denies the act of an intention that is denied, dropped or none', async () => {
    for (const text of [
      'Iran has no intention to participate in the Astana talks.',
      'Iran denied its intention to participate in the Astana talks.',
      'Iran dropped its plan to attend the Astana talks.',
      'Iran announced its intention not to participate in the Astana talks.',
    ])
      expect(await attends(text)).toEqual([`NOT iran ATTENDS ${ROUND}`]);
  });

  it('reads a decision "its" owner announces to boycott as a boycott', async () => {
    expect(
      await statedFacts('The SNC announced its decision to boycott the Sochi congress.', DATE, 'BOYCOTTS'),
    ).toEqual(['syrian-negotiations-commission BOYCOTTS syrian-national-dialogue-congress']);
  });
});

describe('taking part in a role', () => {
  it('reads the meeting the parser hangs on the role ("as observers in the talks")', async () => {
    expect(await attends('The US and Jordan participated as observers in the Astana talks.')).toEqual(
      expect.arrayContaining([`united-states ATTENDS ${ROUND}`, `jordan ATTENDS ${ROUND}`]),
    );
    expect(await attends('Jordan did not participate as an observer in the Astana talks.')).toEqual([
      `NOT jordan ATTENDS ${ROUND}`,
    ]);
    expect(await attends('Jordan participated as a member of the coalition in Syria.')).toEqual([]);
  });
});
