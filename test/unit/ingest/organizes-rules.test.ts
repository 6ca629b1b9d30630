// Unit tests for the rule families of who convenes, backs, opposes and belongs (src/ingest/relations/
// branding-rules.ts, membership-rules.ts, stance-rules.ts, noun-rules.ts, verb-rules.ts, verb-table.ts): each
// construction in sentences written for it about the entities of seed/lexicon.yaml, with the cases
// that must not fire. Real CoreNLP parser, one warm process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

/** The sentence's relations as "source TYPE target", a denial marked "NOT". */
async function relations(text: string): Promise<string[]> {
  return (await extract(text, { published: '2018-01-28' })).relations
    .filter((r) => r.basis === 'stated' || r.rule === 'brand-claim' || r.rule === 'branding')
    .map((r) => `${r.negated ? 'NOT ' : ''}${r.source} ${r.type} ${r.target}`);
}

const SNC = 'syrian-negotiations-commission';
const SOCHI = 'syrian-national-dialogue-congress';

describe('branding', () => {
  it.each([
    ['saying an actor is a terrorist group', 'Ankara says the YPG is a terrorist group.', 'turkey OPPOSES ypg'],
    ['proscribing as a terror group', 'The PKK is proscribed as a terror group by Turkey.', 'turkey OPPOSES pkk'],
    ['regarding as a terror organization', 'Turkey regards the YPG as a terror organization.', 'turkey OPPOSES ypg'],
  ])('%s', async (_name, text, expected) => {
    expect(await relations(text)).toContain(expected);
  });

  it('says nothing of an actor called no terrorist', async () => {
    expect((await relations('Ankara says the YPG is a Kurdish militia.')).filter((r) => r.includes('OPPOSES'))).toEqual(
      [],
    );
  });
});

describe('membership', () => {
  it.each([
    ['belonging to', 'Jaish al-Islam belongs to the Syrian Negotiations Commission.'],
    ['a faction within', 'Jaish al-Islam, a faction within the Syrian Negotiations Commission, attended the talks.'],
    ['being part of', 'Jaish al-Islam is part of the Syrian Negotiations Commission.'],
    ['joining a body', 'Jaish al-Islam joined the Syrian Negotiations Commission last year.'],
  ])('%s', async (_name, text) => {
    expect(await relations(text)).toContain(`jaish-al-islam MEMBER_OF ${SNC}`);
  });

  it('a faction the noun\'s own modifier names ("the last rebel faction")', async () => {
    expect(
      await relations('Jaish al-Islam, the last rebel faction in Eastern Ghouta, withdrew from the talks.'),
    ).toContain('jaish-al-islam MEMBER_OF syrian-rebel-groups');
  });

  it('the largest bloc in a body', async () => {
    expect(await relations('The delegation includes the SNC, the largest bloc in the opposition.')).toContain(
      `${SNC} MEMBER_OF syrian-opposition`,
    );
  });

  it.each([
    ['joining a meeting attends it', 'Iran joined the Astana talks.'],
    ['joining someone in an act', 'Jaish al-Islam joined the SNC in rejecting the Sochi congress.'],
  ])('no membership: %s', async (_name, text) => {
    expect((await relations(text)).filter((r) => r.includes('MEMBER_OF'))).toEqual([]);
  });
});

describe('stances named by a noun the entity finder reads as a name', () => {
  it.each([
    [
      "someone's opposition to",
      "Assad's opposition to the Sochi congress stalled the process.",
      `bashar-al-assad OPPOSES ${SOCHI}`,
    ],
    ['voicing its opposition to', 'The SNC voiced its opposition to the Sochi congress.', `${SNC} OPPOSES ${SOCHI}`],
    [
      'welcoming a decision to hold',
      'Turkey welcomed the decision to hold the Sochi congress.',
      `turkey SUPPORTS ${SOCHI}`,
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await relations(text)).toContain(expected);
  });
});

describe('organizing and venues', () => {
  it('a participle the parser hangs on the venue of a meeting ("the talks in Astana, sponsored by")', async () => {
    const found = await relations('The talks in Astana, sponsored by Russia, Turkey and Iran, resumed.');
    expect(found).toEqual(
      expect.arrayContaining([
        'russia ORGANIZES astana-talks',
        'turkey ORGANIZES astana-talks',
        'iran ORGANIZES astana-talks',
      ]),
    );
  });

  it.each([
    ['convening somewhere', 'The Syrian National Dialogue Congress will convene in Sochi on Monday.'],
    ['ending somewhere', 'The Syrian National Dialogue Congress ended in Sochi on Tuesday.'],
  ])('a meeting held where it %s', async (_name, text) => {
    expect(await relations(text)).toContain(`${SOCHI} HELD_IN sochi`);
  });

  it.each([
    ["a country's capital of", "The Syrian National Dialogue Congress was held in Russia's resort of Sochi."],
    ['a city named after it', 'The Syrian National Dialogue Congress was held in the Russian city of Sochi.'],
  ])('a meeting held in %s a place', async (_name, text) => {
    expect(await relations(text)).toContain(`${SOCHI} HELD_IN sochi`);
  });
});

describe('stances said by a predicate', () => {
  it.each([
    ['calling a meeting a farce', 'The SNC called the Sochi congress a farce.', `${SNC} OPPOSES ${SOCHI}`],
    ['describing a meeting as a sham', 'The SNC described the Sochi congress as a sham.', `${SNC} OPPOSES ${SOCHI}`],
    ['considering a meeting important', 'Turkey considers the Astana talks important.', 'turkey SUPPORTS astana-talks'],
    ['being against', 'The SNC is against the Sochi congress.', `${SNC} OPPOSES ${SOCHI}`],
    ['being critical of', 'Turkey was critical of the Sochi congress.', `turkey OPPOSES ${SOCHI}`],
    ['being hostile to', 'Iran was hostile to the Geneva talks.', 'iran OPPOSES geneva-talks'],
  ])('%s', async (_name, text, expected) => {
    expect(await relations(text)).toContain(expected);
  });

  it('calling a meeting with no verdict convenes it, and takes no stance', async () => {
    const found = await relations('Russia called the Sochi congress to bring the sides together.');
    expect(found).toContain(`russia ORGANIZES ${SOCHI}`);
    expect(found.filter((r) => r.includes('SUPPORTS') || r.includes('OPPOSES'))).toEqual([]);
  });
});

describe('who convenes or mediates, named by a noun', () => {
  it.each([
    ['under UN auspices', 'The Geneva talks were held under UN auspices.', 'united-nations ORGANIZES geneva-talks'],
    [
      "under the UN's auspices",
      "The Geneva talks were held under the UN's auspices.",
      'united-nations ORGANIZES geneva-talks',
    ],
    [
      'with the mediation of',
      'The talks in Astana were held with the mediation of Russia.',
      'russia MEDIATES astana-talks',
    ],
  ])('%s', async (_name, text, expected) => {
    expect(await relations(text)).toContain(expected);
  });

  it('the target of an act named by "of" stays its target', async () => {
    expect(await relations('The participation of Iran in the Astana talks was confirmed.')).toContain(
      'iran ATTENDS astana-talks',
    );
  });
});

describe('holding a new round', () => {
  it('one state holding new talks convenes them', async () => {
    expect(
      (await relations('Kazakhstan will hold new talks on Syria next week.')).some((r) =>
        r.startsWith('kazakhstan ORGANIZES'),
      ),
    ).toBe(true);
  });

  it.each([
    ['talks held with someone', 'Turkey held new talks with Russia.'],
    ['talks held among two', 'Turkey and Russia held new talks in Astana.'],
    ['bare talks a person holds', 'Zarif held talks in Astana.'],
  ])('no convening: %s', async (_name, text) => {
    expect((await relations(text)).filter((r) => r.includes('ORGANIZES'))).toEqual([]);
  });
});

describe('hoping and agreeing', () => {
  it.each([
    [
      'expressing hope a meeting succeeds',
      'Lavrov expressed hope that the Astana talks will succeed.',
      'sergey-lavrov SUPPORTS astana-talks',
    ],
    [
      'being hopeful of a meeting',
      'Hariri is hopeful that the Geneva talks can end the war.',
      'nasr-al-hariri SUPPORTS geneva-talks',
    ],
    ['agreeing to a meeting', 'The SNC agreed to the Geneva talks.', `${SNC} SUPPORTS geneva-talks`],
  ])('%s', async (_name, text, expected) => {
    expect(await relations(text)).toContain(expected);
  });

  it('hoping to attend is no stance', async () => {
    expect((await relations('Hariri hopes to attend the Geneva talks.')).filter((r) => r.includes('SUPPORTS'))).toEqual(
      [],
    );
  });
});
