// Unit tests for src/ingest/relations/ by class of construction rather than by report: each
// class (attending, boycotting, hosting, meeting, fighting, stances) in the several ways news
// says it, with made-up sentences about the entities of seed/lexicon.yaml, so that a rule covers
// the class, not the one sentence it was first seen in. Real CoreNLP parser, one warm process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const stated = (text: string) => statedFacts(text);

const SNC = 'syrian-negotiations-commission';
const SOCHI = 'syrian-national-dialogue-congress';

describe('relation classes', () => {
  it.each([
    ['refraining from attending', 'The SNC refrained from attending the Sochi congress.', `${SNC} BOYCOTTS ${SOCHI}`],
    ['abstaining from', 'The SNC abstained from the Sochi congress.', `${SNC} BOYCOTTS ${SOCHI}`],
    ['staying away from', 'The SNC stayed away from the Sochi congress.', `${SNC} BOYCOTTS ${SOCHI}`],
    [
      'talks between sides at the venue of the meeting in focus',
      'The Sochi congress opens on Tuesday. The talks between the Syrian government and the opposition in Sochi will focus on a new constitution.',
      'syria ATTENDS syrian-national-dialogue-congress',
    ],
    [
      'whose meeting at a meeting attends it',
      'A meeting of Russia and Iran at the Sochi congress was held on Monday.',
      'iran ATTENDS syrian-national-dialogue-congress',
    ],
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

// Issue 8, meeting and attending: the constructions that named both ends and joined neither.
describe('meeting and attending classes', () => {
  const ASTANA = 'astana-talks';
  it.each([
    [
      'a name particle read as a preposition',
      'Jaafari met de Mistura in Astana.',
      'bashar-al-jaafari MEETS staffan-de-mistura',
    ],
    [
      'the day before the one met',
      'Lavrov met on Monday Iranian Foreign Minister Mohammad Javad Zarif in Moscow.',
      'sergey-lavrov MEETS mohammad-javad-zarif',
    ],
    [
      'a list the day heads',
      'Zarif met on Tuesday Lavrov and representatives of Turkey, Qatar, Jordan as well as de Mistura.',
      'mohammad-javad-zarif MEETS jordan',
    ],
    [
      'a title the parser splits from its name',
      'The Iranian delegation met UN Special Envoy to Syria Staffan de Mistura in Astana.',
      'iran MEETS staffan-de-mistura',
    ],
    [
      'discussing something with someone',
      'Lavrov discussed the Astana talks with Zarif.',
      'sergey-lavrov MEETS mohammad-javad-zarif',
    ],
    [
      'consultations by the sides',
      'After consultations with the Syrian government by the Iranian side, the three states agreed on a zone.',
      'iran MEETS syria',
    ],
    [
      'the states counted back from one list of several named',
      'Turkey, Russia and Iran agreed on the lists of the Syrian regime. The envoys of the three guarantor countries met de Mistura in Geneva.',
      'iran MEETS staffan-de-mistura',
    ],
    [
      'meeting on the sidelines of',
      'Lavrov met Zarif on the sidelines of the Astana talks.',
      `mohammad-javad-zarif ATTENDS ${ASTANA}`,
    ],
    [
      'speaking on the sidelines of',
      'On the sidelines of the Astana talks, Cavusoglu said the ceasefire held.',
      `mevlut-cavusoglu ATTENDS ${ASTANA}`,
    ],
    [
      'meeting during a meeting',
      'Jaafari met de Mistura during the Astana talks.',
      `staffan-de-mistura ATTENDS ${ASTANA}`,
    ],
    [
      'discussing in a meeting',
      'In the Astana talks, delegations from Russia and Jordan discussed the ceasefire.',
      `jordan ATTENDS ${ASTANA}`,
    ],
    [
      'present at the meeting in focus',
      'The Astana talks opened on Monday. Jaafari and de Mistura were present.',
      `bashar-al-jaafari ATTENDS ${ASTANA}`,
    ],
    [
      "a state's delegation at a meeting",
      "Iran's delegation at the Astana talks met the Turkish delegation.",
      `iran ATTENDS ${ASTANA}`,
    ],
    [
      "a body's representatives at a meeting",
      'The opposition representatives at the Geneva talks will be named on Monday.',
      'syrian-opposition ATTENDS geneva-talks',
    ],
    ['involved in a meeting', 'Jordan and Qatar are involved in the Astana talks.', `qatar ATTENDS ${ASTANA}`],
    [
      'those involved, named by a copula',
      'The countries involved in the Astana talks are Russia, Iran and Turkey.',
      `turkey ATTENDS ${ASTANA}`,
    ],
    [
      'the head of a delegation at a meeting, the meeting hung on the title',
      'Lavrentiev, head of the Russian delegation at the Astana talks, said the ceasefire held.',
      `alexander-lavrentiev ATTENDS ${ASTANA}`,
    ],
    [
      'the leader of a delegation to the venue of the one-off meeting in focus',
      "The Sochi congress opened on Tuesday. Jaafari, Syria's envoy to the UN and leader of the Syrian government delegation to Sochi, said the congress would succeed.",
      `bashar-al-jaafari ATTENDS ${SOCHI}`,
    ],
    [
      'the presence of someone named, at the meeting in focus',
      'The Astana talks opened on Monday. Lavrentiev said the presence of Iran was especially important.',
      `iran ATTENDS ${ASTANA}`,
    ],
    [
      'speaking at the opening of a meeting',
      'De Mistura spoke at the opening of the Sochi congress on Monday.',
      `staffan-de-mistura ATTENDS ${SOCHI}`,
    ],
    [
      'saying at the end of a meeting',
      'Lavrov said at the end of the Astana talks that the ceasefire held.',
      `sergey-lavrov ATTENDS ${ASTANA}`,
    ],
    [
      'holding a meeting among themselves',
      'Delegations of Russia, Iran and Turkey held the Astana talks at a hotel.',
      `turkey ATTENDS ${ASTANA}`,
    ],
    [
      "heading a side's delegation to a meeting",
      'Jaafari will head the Syrian government delegation to the Astana talks.',
      `syria ATTENDS ${ASTANA}`,
    ],
    [
      'a phone call with someone',
      'Putin had a phone call with Erdogan on Monday.',
      'vladimir-putin MEETS recep-tayyip-erdogan',
    ],
    [
      'acting in a phone conversation with someone',
      'In a telephone conversation with Erdogan, Putin discussed the Sochi congress.',
      'vladimir-putin MEETS recep-tayyip-erdogan',
    ],
    [
      'telling a sitting body',
      'De Mistura told the Security Council that the list was unbalanced.',
      'staffan-de-mistura MEETS un-security-council',
    ],
    [
      'briefing a sitting body',
      'De Mistura briefed the UN Security Council by video link from Beirut.',
      'staffan-de-mistura MEETS un-security-council',
    ],
    [
      'giving a briefing to a sitting body',
      'De Mistura is to give his final briefing to the UN Security Council on Thursday.',
      'staffan-de-mistura MEETS un-security-council',
    ],
    [
      'taking part with which a shared subject is held',
      'The Sochi congress is scheduled to be held on Monday with the participation of representatives of the Syrian government.',
      `syria ATTENDS ${SOCHI}`,
    ],
  ])('%s: %s', async (_class, sentence, triple) => {
    expect(await stated(sentence)).toContain(triple);
  });

  it('reads no attending from what is said at the end of something else, nor from one holding a meeting alone', async () => {
    expect(await stated('Lavrov said at the end of the week that the Astana talks would resume.')).not.toContain(
      `sergey-lavrov ATTENDS ${ASTANA}`,
    );
    expect(await stated('Russia held the Sochi congress in January.')).not.toContain(`russia ATTENDS ${SOCHI}`);
    expect(await stated('Putin answered a call for help from Erdogan.')).not.toContain(
      'vladimir-putin MEETS recep-tayyip-erdogan',
    );
  });

  it('meets no sitting body only spoken of, and no body that does not sit', async () => {
    expect(await stated('De Mistura told reporters that the Security Council would meet.')).not.toContain(
      'staffan-de-mistura MEETS un-security-council',
    );
    expect(await stated('De Mistura told the SNC that the list was unbalanced.')).not.toContain(
      `staffan-de-mistura MEETS ${SNC}`,
    );
  });

  it('reads no attending from the presence of troops, nor from a delegation to a place the meeting is not in', async () => {
    expect(
      await stated('The Astana talks opened on Monday. Lavrentiev said the presence of Iranian troops was a problem.'),
    ).not.toContain(`iran ATTENDS ${ASTANA}`);
    expect(
      await stated(
        'The Sochi congress opened on Tuesday. Jaafari, the leader of the Syrian delegation to Geneva, said the congress would succeed.',
      ),
    ).not.toContain(`bashar-al-jaafari ATTENDS ${SOCHI}`);
  });

  it('meets no one a topic is with ("discussed ties with Iran")', async () => {
    expect((await stated('Lavrov discussed ties with Iran.')).filter((t) => t.includes('MEETS'))).toEqual([]);
  });

  it('reads no attending from a delegation refused or denied', async () => {
    expect(await stated('The SNC refused to send its delegation to the Geneva talks.')).not.toContain(
      `${SNC} ATTENDS geneva-talks`,
    );
    expect(await stated('The SNC will not send a delegation to the Geneva talks.')).not.toContain(
      `${SNC} ATTENDS geneva-talks`,
    );
  });

  it('reads no attending from a delegation only asked for, nor from an envoy to a meeting', async () => {
    expect(await stated('De Mistura urged the SNC to send a delegation to the Vienna talks.')).not.toContain(
      'syrian-negotiations-commission ATTENDS vienna-talks',
    );
    expect(await stated('De Mistura invited the opposition to send its delegation to the Vienna talks.')).not.toContain(
      'syrian-opposition ATTENDS vienna-talks',
    );
    expect(await stated('The UN envoy to the Vienna talks, de Mistura, met the SNC.')).not.toContain(
      'staffan-de-mistura ATTENDS vienna-talks',
    );
  });

  it('reads no attending of the meeting in focus from a meeting only referred back to', async () => {
    expect(
      await stated(
        'The Sochi congress will open on Monday. Lavrov met Zarif in Moscow on Friday. During the meeting, Lavrov said the congress would succeed.',
      ),
    ).not.toContain(`sergey-lavrov ATTENDS ${SOCHI}`);
  });

  it('reads no attending from what is done near a meeting, or said of it from afar', async () => {
    expect(await stated('Lavrov met Zarif ahead of the Astana talks.')).not.toContain(
      `sergey-lavrov ATTENDS ${ASTANA}`,
    );
    expect(await stated('Lavrov discussed the Astana talks with Zarif.')).not.toContain(
      `sergey-lavrov ATTENDS ${ASTANA}`,
    );
  });
});

describe('titles, memberships, venues, alliances, boycotts and mediators', () => {
  it('reads a list of offices as offices, not one office holding the next', async () => {
    expect(
      await stated(
        'Lavrov said the presence of the UN special envoy for Syria, the US ambassador to Kazakhstan and delegates of Iran helped the talks.',
      ),
    ).not.toContain('nikki-haley REPRESENTS united-nations');
  });

  it.each([
    [
      'a mediator titled by body',
      'Jaafari left, referring to UN mediator Staffan de Mistura.',
      'staffan-de-mistura REPRESENTS united-nations',
    ],
    [
      'a secretary-general',
      'On Monday UN Secretary-General Antonio Guterres praised the Astana talks.',
      'antonio-guterres REPRESENTS united-nations',
    ],
    [
      "a state as the name's possessor",
      "Turkey's Erdogan and Iran's Hassan Rouhani met in Ankara.",
      'hassan-rouhani REPRESENTS iran',
    ],
    [
      'a name from a body',
      'The delegates included Qadri Jamil from the Moscow Platform, and Nasr al-Hariri from the SNC.',
      `nasr-al-hariri REPRESENTS ${SNC}`,
    ],
    ['an offshoot of a group', 'Ankara says the YPG is a terrorist offshoot of the outlawed PKK.', 'ypg MEMBER_OF pkk'],
    [
      'a branch in apposition',
      'Turkey shelled the YPG, the Syrian branch of the PKK, near Afrin.',
      'ypg MEMBER_OF pkk',
    ],
    [
      'a body consisting of representatives',
      'Lavrov proposed a constitutional committee, which would consist of representatives of the Syrian government and the SNC.',
      `${SNC} MEMBER_OF constitutional-committee`,
    ],
    [
      'a body made up of a list',
      'The constitutional committee is made up of the Syrian government, the SNC and the Kurds.',
      'kurdish-forces MEMBER_OF constitutional-committee',
    ],
    [
      'a body comprising',
      'The constitutional committee comprises members of the SNC and the Syrian government.',
      'syria MEMBER_OF constitutional-committee',
    ],
  ])('%s: %s', async (_class, sentence, triple) => {
    expect(await stated(sentence)).toContain(triple);
  });

  it('reads no office from a possessor whose relation to the name another word gives ("Moscow\'s ally")', async () => {
    expect(
      await stated("Russia invited delegates to a congress favorable to Moscow's ally Bashar al-Assad."),
    ).not.toContain('bashar-al-assad REPRESENTS russia');
  });

  it('takes only the nearest body a name comes from', async () => {
    const found = await stated(
      'The delegates included Qadri Jamil from the Moscow Platform, from the SNC and from Riyadh.',
    );
    expect(found).toContain('qadri-jamil REPRESENTS moscow-group');
    expect(found).not.toContain(`qadri-jamil REPRESENTS ${SNC}`);
  });

  it('makes no member of what a body made, only of what it is made up of', async () => {
    const found = await stated(
      'The Sochi congress made the Syrian government and the SNC a proposal on the constitutional committee.',
    );
    expect(found.filter((t) => t.includes('MEMBER_OF'))).toEqual([]);
  });
});

describe('convening, stances and demands', () => {
  it.each([
    ['a meeting "X-led"', 'The UN-led talks in Geneva resumed on Monday.', 'united-nations ORGANIZES geneva-talks'],
    [
      'a body leading talks',
      'The United Nations has led talks in Geneva since 2016.',
      'united-nations ORGANIZES geneva-talks',
    ],
    ['talks named for their venue', 'Turkey backs the Astana talks.', 'astana-talks HELD_IN astana'],
    ['where a meeting was organized', 'The congress was organized in Sochi by Russia.', `${SOCHI} HELD_IN sochi`],
    [
      'where a participle says a meeting was hosted',
      'The congress, hosted by Russia in Sochi, ended on Tuesday.',
      `${SOCHI} HELD_IN sochi`,
    ],
    [
      'a passive likened to another meeting',
      'The Astana talks are set to begin on Thursday and, like the Sochi congress, will be sponsored by Turkey.',
      `turkey ORGANIZES ${SOCHI}`,
    ],
    ['a subject likened to another', 'Iran, like Turkey, attended the Sochi congress.', `turkey ATTENDS ${SOCHI}`],
    [
      'a meeting described by where it took place',
      'A UN-led round of talks has taken place in Geneva.',
      'united-nations ORGANIZES geneva-talks',
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
    [
      'objections to',
      "The Syrian government's objections to the constitutional committee delayed the talks.",
      'syria OPPOSES constitutional-committee',
    ],
    [
      'a stance on forming a body',
      'Damascus voiced its rejection of the formation of the constitutional committee.',
      'syria OPPOSES constitutional-committee',
    ],
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
      'leading talks is convening them, not mediating',
      'The UN-led talks in Geneva resumed on Monday.',
      'united-nations MEDIATES geneva-talks',
    ],
    [
      'a person leading talks heads a side, convenes nothing',
      "Iran's Zarif led talks in Astana.",
      'mohammad-javad-zarif ORGANIZES astana-talks',
    ],
    [
      'a process named for a city is a track, not a venue',
      'Turkey backs the Astana process.',
      'astana-talks HELD_IN astana',
    ],
    [
      'where a meeting is put off is not where it is held',
      'Russia postponed the Sochi congress on Monday in Moscow.',
      `${SOCHI} HELD_IN moscow`,
    ],
    [
      'talks between sides elsewhere than the meeting in focus are not that meeting',
      'The Sochi congress opens on Tuesday. The talks between the Syrian government and the opposition in Geneva will focus on a new constitution.',
      `syria ATTENDS ${SOCHI}`,
    ],
    [
      'a meeting called off at a meeting is no attending',
      'A meeting of Russia and Iran at the Sochi congress was cancelled.',
      `iran ATTENDS ${SOCHI}`,
    ],
    [
      'a meeting about a meeting is no attending',
      'The SNC held meetings of its members on the Sochi congress.',
      `${SNC} ATTENDS ${SOCHI}`,
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
