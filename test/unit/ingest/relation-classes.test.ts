// Unit tests for src/ingest/relations.ts by class of construction rather than by report: each
// class (attending, boycotting, hosting, meeting, fighting, stances) in the several ways news
// says it, with made-up sentences about the entities of seed/lexicon.yaml, so that a rule covers
// the class, not the one sentence it was first seen in. Real CoreNLP parser, one warm process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

async function stated(text: string): Promise<string[]> {
  return (await extract(text, { published: '2018-01-28' })).relations
    .filter((r) => r.basis === 'stated' && !r.negated)
    .map((r) => `${r.source} ${r.type} ${r.target}`);
}

const SNC = 'syrian-negotiations-commission';
const SOCHI = 'syrian-national-dialogue-congress';

describe('relation classes', () => {
  it.each([
    ['refraining from attending', 'The SNC refrained from attending the Sochi congress.', `${SNC} BOYCOTTS ${SOCHI}`],
    ['abstaining from', 'The SNC abstained from the Sochi congress.', `${SNC} BOYCOTTS ${SOCHI}`],
    ['staying away from', 'The SNC stayed away from the Sochi congress.', `${SNC} BOYCOTTS ${SOCHI}`],
    [
      'gathering for',
      'Delegates from Iran, Russia and Turkey gathered in Astana for the Astana talks.',
      'iran ATTENDS astana-talks',
    ],
    [
      'among those attending',
      'Iran and Russia are among the countries attending the Astana talks.',
      'russia ATTENDS astana-talks',
    ],
    ['addressing a meeting', 'Lavrov addressed the Sochi congress.', `sergey-lavrov ATTENDS ${SOCHI}`],
    ['speaking at a meeting', 'Lavrov spoke at the Sochi congress.', `sergey-lavrov ATTENDS ${SOCHI}`],
    [
      'co-sponsoring (tagged an adjective)',
      'Iran and Turkey are co-sponsoring the Astana talks.',
      'iran ORGANIZES astana-talks',
    ],
    ['hosting a person', 'Lavrov hosted Zarif in Moscow.', 'sergey-lavrov MEETS mohammad-javad-zarif'],
    ['speaking by phone', 'Lavrov and Zarif spoke by phone.', 'sergey-lavrov MEETS mohammad-javad-zarif'],
    ['clashing with', 'Turkish troops clashed with the YPG in Afrin.', 'turkey FIGHTS ypg'],
    ['fighting against', 'Turkey is fighting against the YPG in Afrin.', 'turkey FIGHTS ypg'],
    ['welcoming the outcome', 'Iran welcomed the outcome of the Astana talks.', 'iran SUPPORTS astana-talks'],
    [
      'heading a state delegation',
      'Jaafari, the head of the Syrian government delegation, arrived in Astana.',
      'bashar-al-jaafari REPRESENTS syria',
    ],
    [
      'joining after a comma',
      'Lavrov arrived in Sochi on Monday, joining the Sochi congress.',
      `sergey-lavrov ATTENDS ${SOCHI}`,
    ],
    [
      'agents past a relative clause',
      'The Astana talks have been brokered by Turkey, which backs the opposition, and Russia and Iran.',
      'russia MEDIATES astana-talks',
    ],
  ])('%s: %s', async (_class, sentence, triple) => {
    expect(await stated(sentence)).toContain(triple);
  });

  it('denies what one refrains from doing other than attending', async () => {
    expect(await stated('The SNC refrained from criticizing the Sochi congress.')).not.toContain(
      `${SNC} OPPOSES ${SOCHI}`,
    );
  });

  it('denies what neither of two subjects did', async () => {
    const found = (
      await extract('Neither the SNC nor the Kurds attended the Sochi congress.', { published: '2018-01-28' })
    ).relations
      .filter((r) => r.type === 'ATTENDS')
      .map((r) => [r.source, r.negated]);
    expect(found).toEqual([
      [SNC, true],
      ['kurdish-forces', true],
    ]);
  });

  it('meets no one among speakers at a meeting, only by phone', async () => {
    expect(await stated('Lavrov and Zarif spoke at the Sochi congress.')).not.toContain(
      'sergey-lavrov MEETS mohammad-javad-zarif',
    );
  });
});

describe('convening, stances and demands', () => {
  it.each([
    ['a meeting "X-led"', 'The UN-led talks in Geneva resumed on Monday.', 'united-nations ORGANIZES geneva-talks'],
    [
      'a meeting "X-led" is also chaired',
      'The UN-led talks in Geneva resumed on Monday.',
      'united-nations MEDIATES geneva-talks',
    ],
    ['a meeting "X-initiated"', 'The Russian-initiated Sochi congress opened on Monday.', `russia ORGANIZES ${SOCHI}`],
    ['a meeting "X-chaired"', 'The UN-chaired Geneva talks resumed on Monday.', 'united-nations MEDIATES geneva-talks'],
    [
      'whose plan it is to hold',
      "Moscow's plan to hold the Sochi congress was criticized.",
      `russia ORGANIZES ${SOCHI}`,
    ],
    ['proposing a meeting', 'Russia proposed the Sochi congress last year.', `russia ORGANIZES ${SOCHI}`],
    ['putting a meeting off', 'Kazakhstan postponed the Astana talks by a week.', 'kazakhstan ORGANIZES astana-talks'],
    [
      'under the auspices of',
      'The Astana talks were held under the auspices of Russia, Turkey and Iran.',
      'turkey ORGANIZES astana-talks',
    ],
    [
      'at the initiative of, on a participle',
      'The Sochi congress, held at the initiative of Russia, opened on Monday.',
      `russia ORGANIZES ${SOCHI}`,
    ],
    ['organization of', "Russia's organization of the Sochi congress was criticized.", `russia ORGANIZES ${SOCHI}`],
    [
      'judging a meeting a success',
      'Jaafari stated that the Astana talks were successful.',
      'bashar-al-jaafari SUPPORTS astana-talks',
    ],
    [
      'judging a meeting important, one clause down',
      'The spokesman for the United Nations said he is confident that the Sochi congress will be an important step.',
      `united-nations SUPPORTS ${SOCHI}`,
    ],
    [
      'judging a meeting an attempt to undermine another',
      'The Sochi congress is an attempt to undermine the Geneva talks, the SNC said.',
      `${SNC} OPPOSES ${SOCHI}`,
    ],
    ['judging a meeting a sham', 'The SNC said the Sochi congress was a sham.', `${SNC} OPPOSES ${SOCHI}`],
    [
      'welcoming efforts towards a position',
      'Russia welcomed Saudi efforts to secure the release of detainees.',
      'russia SUPPORTS release-of-detainees',
    ],
    [
      "backing someone's plan for a meeting",
      "Iran backed Moscow's plan to hold the Sochi congress.",
      `iran SUPPORTS ${SOCHI}`,
    ],
    [
      'calling on someone to do what a position says',
      'France called on Russia to allow humanitarian access to Eastern Ghouta.',
      'france DEMANDS humanitarian-access',
    ],
    [
      'urging someone to do what a position says',
      'The SNC urged the United Nations to secure the release of detainees.',
      `${SNC} DEMANDS release-of-detainees`,
    ],
    ['being in favour of', 'France is in favor of a political transition.', 'france SUPPORTS political-transition'],
    ['being committed to', 'The SNC is committed to the Geneva talks.', `${SNC} SUPPORTS geneva-talks`],
    ['being opposed to', 'Israel is opposed to the Sochi congress.', `israel OPPOSES ${SOCHI}`],
    ['warning against', 'The SNC warned against the Sochi congress.', `${SNC} OPPOSES ${SOCHI}`],
    [
      'stressing the importance of',
      'Lavrov stressed the importance of the Astana talks.',
      'sergey-lavrov SUPPORTS astana-talks',
    ],
    [
      'underscoring the need to implement',
      'Hariri underscored the need for international efforts to implement Resolution 2254.',
      'nasr-al-hariri SUPPORTS un-security-council-resolution-2254',
    ],
    ['demanding that', 'The SNC demanded that Assad step down.', `${SNC} DEMANDS assad-steps-down`],
    ['insisting on', 'The SNC insists on seeing Assad step down.', `${SNC} DEMANDS assad-steps-down`],
  ])('%s: %s', async (_class, sentence, triple) => {
    expect(await stated(sentence)).toContain(triple);
  });

  it.each([
    ['naming a meeting is not calling it', 'The SNC called the Sochi congress a sham.', `${SNC} ORGANIZES ${SOCHI}`],
    [
      'a stance on a plan is not making it',
      "Iran backed Moscow's plan to hold the Sochi congress.",
      `iran ORGANIZES ${SOCHI}`,
    ],
    [
      'rejecting a proposal is not making it',
      'Turkey rejected the Russian proposal to hold the Sochi congress.',
      `turkey ORGANIZES ${SOCHI}`,
    ],
    [
      'condemning an attempt to undermine a meeting is no stance against it',
      'France condemned the attempt to undermine the Geneva talks.',
      'france OPPOSES geneva-talks',
    ],
    [
      'peace talks are not convened by the country at peace',
      "Syria's peace talks in Geneva resumed.",
      'syria ORGANIZES geneva-talks',
    ],
    [
      "a party's talks are not convened by it",
      "The Syrian opposition's talks in Geneva resumed.",
      'syrian-opposition ORGANIZES geneva-talks',
    ],
    [
      'holding talks is meeting, not convening',
      "Iran's Zarif held talks in Astana.",
      'mohammad-javad-zarif ORGANIZES astana-talks',
    ],
    [
      'a pair in a name talks, convenes nothing',
      'The Turkey-Russia talks in Sochi ended.',
      'turkey ORGANIZES sochi-talks',
    ],
    [
      'insisting that a position be discussed is no demand of it',
      'Alloush insisted that political matters, like a political transition, be discussed only in the Geneva talks.',
      'mohammed-alloush DEMANDS political-transition',
    ],
  ])('%s: %s', async (_class, sentence, triple) => {
    expect(await stated(sentence)).not.toContain(triple);
  });

  it('reads a denied verdict as a denial', async () => {
    const found = (
      await extract('Jaafari said the Astana talks were not successful.', { published: '2018-01-28' })
    ).relations.filter((r) => r.type === 'SUPPORTS');
    expect(found.map((r) => [r.source, r.target, r.negated])).toEqual([['bashar-al-jaafari', 'astana-talks', true]]);
  });
});
