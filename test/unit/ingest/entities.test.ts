// Unit tests for src/ingest/entities.ts (gazetteer matching, demonyms, documents, unknown names, positions).
import { describe, expect, it } from 'vitest';
import { buildGazetteer, findNewNames, findPositions, matchNames } from '../../../src/ingest/entities.ts';
import { defaultLexicon } from '../../../src/ingest/lexicon.ts';
import type { Sentence } from '../../../src/ingest/types.ts';

const gaz = buildGazetteer(defaultLexicon());
const sentence = (text: string): Sentence => ({ index: 0, start: 0, end: text.length, text });
const ids = (text: string): string[] => matchNames(sentence(text), text, gaz).map((m) => m.entityId);

describe('matchNames', () => {
  it('finds nothing in text without names', () => {
    expect(ids('nothing to see here')).toEqual([]);
  });

  it('matches longest first, case- and accent-insensitively, with possessives', () => {
    expect(ids("Moscow's ally Bashar al-Assad met Mevlüt Çavuşoğlu")).toEqual([
      'russia',
      'bashar-al-assad',
      'mevlut-cavusoglu',
    ]);
    expect(ids('the Syrian Negotiations Commission (SNC)')).toEqual([
      'syrian-negotiations-commission',
      'syrian-negotiations-commission',
    ]);
  });

  it('reads transliterations alike', () => {
    expect(ids("Ja'afari and Jaafari and al-Jaafari")).toEqual([
      'bashar-al-jaafari',
      'bashar-al-jaafari',
      'bashar-al-jaafari',
    ]);
  });

  it('knows the spellings of a name the press uses (syriatimes: "Hussein Jabri Ansari")', () => {
    expect(ids('the visiting Assistant to the Iranian Foreign Minister Hussein Jabri Ansari')).toContain(
      'hossein-jaberi-ansari',
    );
  });

  it('takes a capital as its state, except after a preposition of place', () => {
    expect(ids('Moscow said it would attend talks in Moscow')).toEqual(['russia', 'moscow']);
    expect(ids("Riyadh's envoy met opposition groups in Riyadh and Beirut")).toEqual([
      'saudi-arabia',
      'syrian-opposition',
      'riyadh',
      'beirut',
    ]);
  });

  it('matches acronyms only in capitals and capitalized names only capitalized', () => {
    expect(ids('the un said')).toEqual([]);
    expect(ids('west of Damascus')).toEqual(['damascus']);
    expect(ids('the UN said')).toEqual(['united-nations']);
  });

  it('takes demonyms before a head word, and resolution numbers as documents', () => {
    const ms = matchNames(
      sentence('Turkish forces and Turkish-backed rebels cited Resolution 2254 of the UN Security Council'),
      'x',
      gaz,
    );
    expect(ms.map((m) => [m.entityId, m.demonym ?? false])).toEqual([
      ['turkey', false],
      ['turkey', true],
      ['syrian-rebel-groups', false],
      ['new:Document:2254', false],
    ]);
  });

  it('takes a demonym as its state before the office of a person ("Turkish negotiator", "an Iranian lawmaker")', () => {
    expect(ids('The Turkish negotiator and an Iranian lawmaker met Kazakh observers.')).toEqual([
      'turkey',
      'iran',
      'kazakhstan',
    ]);
  });

  it('takes every demonym of a list before a head word as its state ("the Russian and Iranian sides")', () => {
    expect(ids('Talks with the Russian and Iranian sides went on.')).toEqual(['russia', 'iran']);
    expect(ids('Russian, Turkish and Iranian forces met.')).toEqual(['russia', 'turkey', 'iran']);
    expect(ids('Russian and Iranian.')).toEqual([]);
  });

  it('takes a city named as a capital as the place, and "the Saudi capital" alone as its capital', () => {
    expect(ids('He spoke in capital Ankara.')).toEqual(['ankara']);
    expect(ids('They met in the Iranian capital Tehran.')).toEqual(['tehran']);
    expect(ids('Delegates gathered in the Saudi capital on Monday.')).toEqual(['riyadh']);
    expect(ids('The Saudi capital, Riyadh, hosted them.')).toEqual(['riyadh']);
  });

  it('matches a name the lexicon also gives in lower case in lower case ("a constitutional committee")', () => {
    expect(ids('They agreed on forming a constitutional committee.')).toEqual(['constitutional-committee']);
  });

  it('takes a demonym as its state before an act ("the Turkish attack", "the Russian invitation")', () => {
    expect(ids('The Kurds left after the Turkish attack and turned down the Russian invitation.')).toEqual([
      'kurdish-forces',
      'turkey',
      'russia',
    ]);
  });

  it('keeps the names inside a meeting name as parts', () => {
    const text = 'two days of United Nations talks in Vienna';
    const [m] = matchNames(sentence(text), text, gaz);
    expect(m!.parts!.map((p) => p.entityId)).toEqual(['united-nations', 'vienna']);
  });

  it('lets the graph ids win over the lexicon', () => {
    const g = buildGazetteer(defaultLexicon(), [
      { id: 'snc', name: 'Syrian Negotiations Commission', type: 'Organization', aliases: [] },
    ]);
    expect(matchNames(sentence('the HNC said'), 'x', g).map((m) => m.entityId)).toEqual(['snc']);
  });
});

describe('datelines', () => {
  it('reads the city a report is filed from as the place', () => {
    expect(ids('TEHRAN (IRNA) - Delegates met.')).toEqual(['tehran']);
    expect(ids('Ankara, AA - Delegates met.')).toEqual(['ankara']);
    expect(ids("Ankara's envoy met delegates.")).toEqual(['turkey']);
  });

  it('reads a city in capitals alone on its line, or before a colon or a list of cities, as the place', () => {
    expect(ids('ANKARA')).toEqual(['ankara']);
    expect(ids('BEIRUT: Delegates met.')).toEqual(['beirut']);
    expect(ids('Moscow, Beirut- Delegates met.')).toEqual(['moscow', 'beirut']);
    expect(ids('Moscow: we will attend.')).toEqual(['russia']);
  });
});

describe('generic groups', () => {
  it('reads the opposition as a whole, the armed opposition as the rebels, and no describing noun as a name', () => {
    expect(ids('The Syrian opposition and the opposition delegation arrived.')).toEqual([
      'syrian-opposition',
      'syrian-opposition',
    ]);
    expect(ids('armed opposition groups')).toEqual(['syrian-rebel-groups']);
    expect(ids('Turkey backs Syrian opposition militants.')).toEqual(['turkey', 'syrian-rebel-groups']);
    expect(ids('the opposition High Negotiations Committee')).toEqual(['syrian-negotiations-commission']);
  });
});

describe('findNewNames', () => {
  it('takes no newspaper a source talks to for a person ("told Asharq Al-Awsat")', () => {
    const text = 'The delegate told Asharq Al-Awsat that talks went well.';
    expect(findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz)).toEqual([]);
  });

  it("takes no name in quotation marks (an operation's) for an actor", () => {
    const text = 'Turkey launched operation “Olive Branch” against the militia in the north.';
    expect(findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz)).toEqual([]);
  });

  it('takes people after a title and organizations by head word, not news agencies', () => {
    const text = 'Opposition spokesman Ahmad Ramadan said the Southern Front Brigades told Reuters.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.map((m) => [m.text, m.type])).toEqual([
      ['Ahmad Ramadan', 'Person'],
      ['Southern Front Brigades', 'ArmedGroup'],
    ]);
  });

  it('takes a person set off by commas after a title (smmsyria)', () => {
    const text =
      'Kazakhstan’s Ambassador to Russia, Imanghali Tasmaghambetov, discussed with Russia’s Ambassador to Kazakhstan, Alexey Borodavkin, preparations for the 9th round of Astana meeting on Syria which is to follow the meeting of foreign ministers of Russia, Iran and Turkey.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.map((m) => [m.text, m.type])).toEqual([
      ['Imanghali Tasmaghambetov', 'Person'],
      ['Alexey Borodavkin', 'Person'],
    ]);
  });

  it('takes a person whose title follows the name (tass)', () => {
    const text = 'Qadri Jamil, the chairman of the Moscow group of the Syrian opposition, told TASS about the vote.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.map((m) => [m.text, m.type])).toEqual([['Qadri Jamil', 'Person']]);
  });

  it('takes no portfolio for a name (syriatimes: "for Arab and African Affairs")', () => {
    const text =
      'H.E. President Bashar Al-Assad received here today the visiting Assistant to the Iranian Foreign Minister for Arab and African Affairs Hussein Jabri Ansari and an accompanying delegation.';
    expect(findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz)).toEqual([]);
  });

  it('takes no title or its portfolio for a person (made up, of a TASS kind)', () => {
    const text =
      'The Russian delegation is led by Presidential Envoy for the Syrian Settlement, Alexander Petrov, and the Turkish one by Special Envoy for the Aleppo Crisis, Karim Haddad.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.map((m) => [m.text, m.type])).toEqual([
      ['Alexander Petrov', 'Person'],
      ['Karim Haddad', 'Person'],
    ]);
  });

  it('keeps a body named after an office\'s "for" (made up)', () => {
    const text = 'He spoke to the Special Envoy for the Civil Relief Council on Monday.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.map((m) => [m.text, m.type])).toEqual([['Civil Relief Council', 'Organization']]);
  });

  it('takes a person after a long title, or after the body in the title (made up, of the dev-2 kind)', () => {
    for (const text of [
      'In the talks at Sochi, Egypt is represented by Deputy Foreign Undersecretary Karim Haddad.',
      'The delegation is chaired by the Deputy Undersecretary of the Egyptian Foreign Ministry Karim Haddad.',
      'The delegation is chaired by the deputy undersecretary of the Foreign Ministry, Karim Haddad, today.',
    ]) {
      const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
      expect(names.map((m) => [m.text, m.type])).toEqual([['Karim Haddad', 'Person']]);
    }
  });

  it('takes people by their first name, in lists, after a counterpart or "led by" (made up, of the dev-3 kind)', () => {
    const text =
      'Delegates include Karim Haddad, Randa Sayegh from the Cairo group, members led by Fadi Nasrallah and Haytham Rifai, and his Turkish counterpart, Ozan Demir.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.map((m) => [m.text, m.type])).toEqual([
      ['Karim Haddad', 'Person'],
      ['Randa Sayegh', 'Person'],
      ['Fadi Nasrallah', 'Person'],
      ['Haytham Rifai', 'Person'],
      ['Ozan Demir', 'Person'],
    ]);
  });

  it('takes a body and the name its title ends with apart, and a body named for its purpose', () => {
    const text =
      'The chairman of the Majlis Energy and Mining Commission Ozan Demir met the National Council for Democratic Change, then flew from Rafic Tannous Airport.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.map((m) => [m.text, m.type])).toEqual([
      ['Majlis Energy and Mining Commission', 'Organization'],
      ['Ozan Demir', 'Person'],
      ['National Council for Democratic Change', 'Organization'],
    ]);
  });

  it('takes a surname alone right after an office, not after a describing word', () => {
    const text = 'Deputy Prime Minister Kurtulmus said that the Opposition Delegate Haddad would come.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.map((m) => [m.text, m.type])).toEqual([['Kurtulmus', 'Person']]);
  });

  it('takes a body whose head follows its name in lower case, not a demonym with it', () => {
    const text = 'Members of the Renewal movement and a Syrian party met in Cairo.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.map((m) => [m.text, m.type])).toEqual([['Renewal movement', 'Organization']]);
  });

  it('takes no name after a comma that follows no title, unless a first name shows it', () => {
    const text = 'Delegates from Russia, Kazan Arena and others arrived.';
    const names = findNewNames(sentence(text), text, matchNames(sentence(text), text, gaz), gaz);
    expect(names.filter((m) => m.type === 'Person')).toEqual([]);
  });
});

describe('findPositions', () => {
  it('needs Assad in the sentence for "step down", and makes a cease-fire per place', () => {
    const a = 'Rebels demanded that Assad step down.';
    expect(findPositions(sentence(a), matchNames(sentence(a), a, gaz), gaz).map((m) => m.entityId)).toEqual([
      'assad-steps-down',
    ]);
    const b = 'The envoy will step down.';
    expect(findPositions(sentence(b), matchNames(sentence(b), b, gaz), gaz)).toEqual([]);
    const d = 'The talks will focus on freeing prisoners, releases of captives and the delivery of humanitarian aid.';
    expect(findPositions(sentence(d), matchNames(sentence(d), d, gaz), gaz).map((m) => m.entityId)).toEqual([
      'release-of-detainees',
      'release-of-detainees',
      'humanitarian-access',
    ]);
    const c = 'The cease-fire in Eastern Ghouta held.';
    expect(findPositions(sentence(c), matchNames(sentence(c), c, gaz), gaz).map((m) => m.name)).toEqual([
      'Cease-fire in Eastern Ghouta',
    ]);
  });
});

describe('names news reports use that the lexicon now holds', () => {
  it('reads a ruling party, a parliament, a yearly assembly and the short names of the opposition committee', () => {
    expect(ids("He spoke after the ruling Justice and Development (AK) Party's group meeting.")).toEqual([
      'justice-and-development-party',
    ]);
    expect(ids('The Turkish parliament met.')).toEqual(['grand-national-assembly-of-turkey']);
    expect(ids('He may speak at the UN General Assembly in New York.')).toEqual(['un-general-assembly', 'new-york']);
    expect(ids('Salem al-Musallat of the Higher Committee said so.')).toEqual([
      'salem-al-musallat',
      'syrian-negotiations-commission',
    ]);
  });

  it('reads places of datelines and captions', () => {
    expect(ids('ERBIL, Kurdistan Region - The talks went on in Geneva, Switzerland.')).toEqual([
      'erbil',
      'kurdistan-region',
      'geneva',
      'switzerland',
    ]);
  });
});
