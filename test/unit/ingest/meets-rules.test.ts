// Unit tests for the MEETS rules of src/ingest/relations/encounter-rules.ts and audience-rules.ts:
// meetings told in passing (a participle, talks that frame an act) and briefing or telling a
// person, each with made-up sentences about the entities of seed/lexicon.yaml, and the cases that
// must not read as a meeting. Real CoreNLP parser, one warm process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const meets = (text: string) => statedFacts(text, undefined, 'MEETS');

const LAVROV_ZARIF = 'sergey-lavrov MEETS mohammad-javad-zarif';

describe('meetings told in passing', () => {
  it.each([
    ['a participle on the subject', 'Lavrov, meeting Zarif in Moscow, said the talks would go on.', LAVROV_ZARIF],
    [
      'receiving someone',
      'Putin, receiving Erdogan in Sochi, said the deal would hold.',
      'vladimir-putin MEETS recep-tayyip-erdogan',
    ],
    ['after meeting someone', 'After meeting Zarif, Lavrov said the talks would go on.', LAVROV_ZARIF],
    ['saying after talks with someone', 'Lavrov said after talks with Zarif that the talks would go on.', LAVROV_ZARIF],
    ['after his own talks', 'Lavrov said after his talks with Zarif that the talks would go on.', LAVROV_ZARIF],
    [
      'a subjectless adjunct framed by a meeting',
      'Speaking after a meeting with Zarif, Lavrov said the talks would go on.',
      LAVROV_ZARIF,
    ],
    [
      'as part of its talks with others',
      'Russia has pushed the committee as part of its ongoing talks in Astana with Turkey and Iran.',
      'russia MEETS iran',
    ],
  ])('%s', async (_, sentence, triple) => {
    expect(await meets(sentence)).toContain(triple);
  });

  it('reads no meeting from a call for talks', async () => {
    expect(await meets('Turkey wants to push for talks with Russia.')).toEqual([]);
  });

  it('reads no meeting from talks that only end, nor from a meeting with no actor', async () => {
    expect(await meets('Turkey attacked Afrin after talks with Russia collapsed.')).toEqual([]);
    expect(await meets('Lavrov said at a meeting with reporters that the talks would go on.')).toEqual([]);
    expect(await meets('Lavrov said the talks with Zarif had been useful.')).toEqual([]);
  });

  it('reads no meeting from a denied one', async () => {
    expect(await meets('Lavrov, not meeting Zarif, left Moscow.')).not.toContain(LAVROV_ZARIF);
  });
});

describe('briefing and telling', () => {
  it.each([
    ['briefing a person', 'De Mistura briefed Lavrov on the talks.', 'staffan-de-mistura MEETS sergey-lavrov'],
    [
      "briefing states' leaders",
      'De Mistura will brief the leaders of Russia, France and Turkey in Istanbul.',
      'staffan-de-mistura MEETS france',
    ],
    [
      'a person telling another',
      'Putin told Erdogan in a phone call that Russia backed the deal.',
      'vladimir-putin MEETS recep-tayyip-erdogan',
    ],
  ])('%s', async (_, sentence, triple) => {
    expect(await meets(sentence)).toContain(triple);
  });

  it('reads no meeting from telling a news agency or a state, nor from a denied briefing', async () => {
    expect(await meets('Lavrov told RIA Novosti that the talks would resume.')).toEqual([]);
    expect(await meets('Russia told Turkey that it would not attend.')).toEqual([]);
    expect(await meets('Lavrov did not brief Zarif.')).toEqual([]);
  });
});

describe('meetings of several', () => {
  it.each([
    [
      'acting together at a summit',
      'Russia, Turkey and Iran agreed at the Sochi summit on the committee.',
      'turkey MEETS iran',
    ],
    [
      'giving someone something at a meeting',
      'The foreign ministers of Russia, Iran and Turkey handed de Mistura their list at a meeting in Geneva.',
      'iran MEETS staffan-de-mistura',
    ],
    [
      'bringing sides together',
      'The SNC met in Riyadh on Monday, bringing together the Cairo Platform and the Moscow Platform.',
      'syrian-negotiations-commission MEETS cairo-group',
    ],
    ['a meeting of several', 'A meeting of Russia and Iran was held in Tehran on Monday.', 'russia MEETS iran'],
    [
      'a title the parser reads as a clause',
      'Lavrov met with UN Special Envoy for Syria Staffan de Mistura to discuss the committee.',
      'sergey-lavrov MEETS staffan-de-mistura',
    ],
  ])('%s', async (_, sentence, triple) => {
    expect(await meets(sentence)).toContain(triple);
  });

  it('reads no meeting from a planned one, a cancelled one, or whom a meeting elects', async () => {
    expect(
      await meets(
        'Russia hopes to convene a congress in Sochi which would bring together the government and the opposition.',
      ),
    ).toEqual([]);
    expect(await meets('A meeting of Russia and Iran was cancelled.')).toEqual([]);
    expect(await meets('The SNC elected Nasr al-Hariri at a meeting in Riyadh.')).toEqual([]);
  });
});
