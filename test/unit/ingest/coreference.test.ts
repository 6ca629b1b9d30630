// Unit tests for src/ingest/coreference.ts: each kind of reference the extractor resolves.
import { describe, expect, it } from 'vitest';
import { resolveCoreference } from '../../../src/ingest/coreference.ts';
import { buildGazetteer, findMentions } from '../../../src/ingest/entities.ts';
import { defaultLexicon } from '../../../src/ingest/lexicon.ts';
import { splitSentences } from '../../../src/ingest/sentences.ts';

const gaz = buildGazetteer(defaultLexicon());

function refs(text: string, published: string | null = '2018-01-28'): Array<[string, string]> {
  const sentences = splitSentences(text);
  const mentions = resolveCoreference(sentences, findMentions(sentences, text, gaz), { gazetteer: gaz, published });
  return mentions.filter((m) => m.anaphor || m.source === 'pattern').map((m) => [m.text, m.entityId]);
}

function meetings(text: string, published: string): Array<[string, string]> {
  const sentences = splitSentences(text);
  const mentions = resolveCoreference(sentences, findMentions(sentences, text, gaz), { gazetteer: gaz, published });
  return mentions.filter((m) => m.type === 'Meeting').map((m) => [m.text, m.entityId]);
}

describe('resolveCoreference', () => {
  it('adds nothing to text without references', () => {
    expect(refs('Russia hosted talks.')).toEqual([]);
  });

  it('resolves an office to its holder on the article date', () => {
    expect(refs('The UN special envoy arrived.')).toEqual([['The UN special envoy', 'staffan-de-mistura']]);
    expect(refs('The UN special envoy arrived.', '2019-03-01')).toEqual([['The UN special envoy', 'geir-pedersen']]);
    expect(refs('De Mistura spoke. The special envoy left.')).toEqual([['The special envoy', 'staffan-de-mistura']]);
    expect(refs('The Turkish foreign minister spoke.')).toEqual([['The Turkish foreign minister', 'mevlut-cavusoglu']]);
  });

  it('resolves an office with no article after whose office it is, unless a name or another title follows', () => {
    expect(refs('Putin hosted Syrian President in Sochi.', '2017-11-21')).toEqual([
      ['Syrian President', 'bashar-al-assad'],
    ]);
    expect(refs('Russia president is in Sochi.', '2017-11-21')).toEqual([['Russia president', 'vladimir-putin']]);
    expect(refs('Syrian President Bashar al-Assad spoke.')).toEqual([]);
    expect(refs('He met UN envoy to Syria Staffan de Mistura.')).toEqual([]);
    expect(refs('It was led by Russian President special envoy Alexander Lavrentiev.')).toEqual([]);
    expect(refs('Foreign Minister said so.')).toEqual([]);
  });

  it('resolves "counterparts" to the holders of the office of the person before, in each state listed', () => {
    expect(refs('Putin is meeting with Iranian and Turkish counterparts.', '2017-11-22')).toEqual([
      ['Iranian', 'hassan-rouhani'],
      ['Turkish', 'recep-tayyip-erdogan'],
    ]);
    expect(refs('Lavrov met his Turkish counterpart.')).toEqual([['Turkish', 'mevlut-cavusoglu']]);
    expect(refs('Lavrov met his Turkish counterpart, Mevlut Cavusoglu.')).toEqual([]);
  });

  it('resolves "the main opposition" and "his group"', () => {
    expect(refs('A spokesman for the main opposition said his group will boycott.')).toEqual([
      ['A spokesman', 'new:Person:snc spokesman'],
      ['the main opposition', 'syrian-negotiations-commission'],
      ['his group', 'syrian-negotiations-commission'],
    ]);
  });

  it('resolves an office after a possessor, by its longest title, and "it" after "said Saturday"', () => {
    // AP, 2018-01-27 (test/fixtures/news/dev/ap-opposition-boycott-sochi.txt): "main opposition"
    // alone names two bodies; "opposition negotiating body" names the SNC.
    expect(refs("Syria's main opposition negotiating body said Saturday it will boycott the talks.")).toEqual([
      ['main opposition negotiating body', 'syrian-negotiations-commission'],
      ['it', 'syrian-negotiations-commission'],
    ]);
  });

  it('resolves "the Commission" to the body named before whose name ends so', () => {
    expect(refs("The Syrian Negotiations Commission met. The Commission's delegation left.")).toEqual([
      ['Commission', 'syrian-negotiations-commission'],
    ]);
    expect(refs("The Commission's delegation left.")).toEqual([]);
  });

  it('resolves the last word of an office alone ("the minister") only to a holder the text named', () => {
    expect(refs('Nasr al-Hariri spoke in Vienna. The negotiator said the SNC would boycott.')).toEqual([
      ['The negotiator', 'nasr-al-hariri'],
    ]);
    expect(refs('The minister said the congress would go ahead.')).toEqual([]);
  });

  it('takes an office followed by the body it is of only for one who holds it there', () => {
    // The SNC's head is no head of Syria's delegation: "the head" alone would name Nasr al-Hariri.
    expect(refs('The head of the government delegation, Bashar Jaafari, spoke.')).toEqual([]);
    expect(refs('The head of the HNC spoke.')).toEqual([['The head', 'nasr-al-hariri']]);
  });

  it('lets a demonym sit inside an office: "the main Syrian opposition group"', () => {
    expect(refs('The main Syrian opposition group will boycott the congress.')).toContainEqual([
      'The main Syrian opposition group',
      'syrian-negotiations-commission',
    ]);
    expect(refs('The main Foo opposition group will boycott the congress.')).toEqual([]);
  });

  it('resolves meeting descriptions to the meeting in focus or by place', () => {
    expect(refs('Russia hosts the Sochi congress. The two-day conference opens Monday.')).toEqual([
      ['The two-day conference', 'syrian-national-dialogue-congress'],
    ]);
    expect(refs('Delegates met in Astana. The latest round of UN-led talks was underway in Vienna.')).toEqual([
      ['The latest round of UN-led talks', 'vienna-talks'],
    ]);
  });

  it('makes an indefinite meeting with a place a new meeting with its date', () => {
    const sentences = splitSentences('Jaberi Ansari took part in a preliminary meeting in Sochi on January 20.');
    const ms = resolveCoreference(sentences, findMentions(sentences, sentences[0]!.text, gaz), {
      gazetteer: gaz,
      published: '2018-01-28',
    });
    const meeting = ms.find((m) => m.type === 'Meeting')!;
    expect([meeting.name, meeting.date]).toEqual(['Preliminary meeting in Sochi', '2018-01-20']);
  });

  it('reads "a ... congress in Sochi" as the congress known there, unless its words make it another', () => {
    expect(refs('The SNC will not attend a Russia-sponsored "peace congress" in Sochi.')).toEqual([
      ['a Russia-sponsored "peace congress" in Sochi', 'syrian-national-dialogue-congress'],
    ]);
    expect(refs('The SNC will boycott a peace conference in Russia next week.')).toEqual([
      ['a peace conference in Russia', 'syrian-national-dialogue-congress'],
    ]);
    expect(refs('Russia announced a second congress in Sochi.')).toEqual([
      ['a second congress in Sochi', 'new:Meeting:second congress in sochi'],
    ]);
  });

  // The dev set (test/fixtures/news/dev/): a new round the text names is its own meeting, the
  // round the lexicon dates next after the report (the ninth began on 2018-05-14).
  it('makes "the next round of ... talks in Astana" the next dated round, not the Astana talks (kazinform)', () => {
    const text =
      'ASTANA. KAZINFORM - The guarantor states have moved the date of the next round of Syrian talks in Astana which were initially scheduled to take place in February 2018, Kazinform informs.';
    expect(refs(text, '2018-02-13')).toEqual([['the next round of Syrian talks in Astana', 'astana-talks-9']]);
    // No dated round starts within four months: a meeting of its own, named by its words.
    expect(refs(text, '2020-06-01')).toEqual([
      ['the next round of Syrian talks in Astana', 'new:Meeting:next round of syrian talks in astana'],
    ]);
    expect(refs('Russia, Iran and Turkey sponsored a new round of the Astana talks.')).toEqual([]);
  });

  it('reads "a fresh round", "the new round" and "the previous round" of a series by the rounds it dates', () => {
    expect(refs('A fresh round of Syria talks in Astana is set for next week.', '2017-03-08')).toEqual([
      ['A fresh round of Syria talks in Astana', 'astana-talks-3'],
    ]);
    expect(refs('Delegates arrived in Astana. A new round of peace talks began.', '2018-05-14')).toEqual([
      ['new round of peace talks', 'astana-talks-9'],
    ]);
    // The round before the one in focus, or before the report when none is.
    expect(refs('The seventh round of the Astana talks opened. It is larger than the previous round.')).toEqual([
      ['The seventh round of the Astana talks', 'astana-talks-7'],
      ['the previous round', 'astana-talks-6'],
    ]);
    expect(refs('Delegates met in Astana. The talks were calmer than the last round.', '2017-02-15')).toEqual([
      ['the last round', 'astana-talks-1'],
    ]);
    expect(refs('Alloush will go to the upcoming talks in Geneva.', '2017-02-15')).toEqual([
      ['talks in Geneva', 'geneva-talks-4'],
    ]);
  });

  it('reads a process or track at a place as the series of talks held there, and no other', () => {
    expect(refs('Russia has been steering a separate negotiating track in Astana.')).toEqual([
      ['a separate negotiating track in Astana', 'astana-talks'],
    ]);
    expect(refs('The political process in Geneva has stalled.')).toEqual([['The political process', 'geneva-talks']]);
    expect(refs('The political process has stalled. A peace process in Damascus began.')).toEqual([]);
    expect(refs('The SNC said the process undermined the UN-led effort in Geneva.')).toEqual([]);
  });

  it('names a new round by its topic, its place a part (smmsyria)', () => {
    const text =
      'Ambassadors of Russia and Kazakhstan have discussed the preparations for the start of a new round of peace talks on Syria in Astana city.';
    const sentences = splitSentences(text);
    const ms = resolveCoreference(sentences, findMentions(sentences, text, gaz), { gazetteer: gaz, published: null });
    const meeting = ms.find((m) => m.type === 'Meeting')!;
    expect([meeting.name, meeting.parts?.map((p) => p.entityId)]).toEqual([
      'New round of peace talks on Syria',
      ['astana'],
    ]);
  });

  it('makes "the meeting of foreign ministers" one meeting (smmsyria, kazinform)', () => {
    expect(
      refs(
        'The talks are to follow the meeting of foreign ministers of Russia, Iran and Turkey. They plan to call a meeting of Foreign Ministers of these countries.',
      ),
    ).toEqual([
      ['meeting of foreign ministers', 'new:Meeting:meeting of foreign ministers'],
      ['meeting of Foreign Ministers', 'new:Meeting:meeting of foreign ministers'],
    ]);
  });

  // Made-up sentences of the kinds the dev-2 reports use: each numbered round is its own meeting.
  it('makes a numbered round of a series a meeting of its own, by the series named, a place, or the text', () => {
    expect(refs('The fourth round of the Geneva talks opened.')).toEqual([
      ['The fourth round of the Geneva talks', 'geneva-talks-4'],
    ]);
    expect(refs('The 8th round of peace talks opened in Astana.')).toEqual([
      ['The 8th round of peace talks', 'astana-talks-8'],
    ]);
    expect(refs('Delegates left for the Geneva talks. The third round ended early.')).toEqual([
      ['The third round', 'geneva-talks-3'],
    ]);
    // Talks held on known days are no series: "the ninth round" is the Vienna talks in focus, no round of theirs.
    expect(refs('Delegates left for the Vienna talks. The ninth round ended early.')).toEqual([
      ['The ninth round', 'vienna-talks'],
    ]);
    expect(refs('The third round ended early.')).toEqual([]);
  });

  it('names the meeting in focus by its number: "a new round ... It is the fifth round"', () => {
    expect(refs('A new round of peace talks began. It is the fifth round of the Astana talks.')).toEqual([
      ['new round of peace talks', 'astana-talks-5'],
      ['the fifth round of the Astana talks', 'astana-talks-5'],
    ]);
  });

  it('makes "fresh talks" a meeting of their own, and "the last round" none that is in focus', () => {
    expect(refs('Delegates left for fresh talks. The talks will be smaller than the last round.')).toEqual([
      ['fresh talks', 'new:Meeting:fresh talks'],
      ['The talks', 'new:Meeting:fresh talks'],
    ]);
  });

  it('resolves pronouns at a sentence start and after "said"', () => {
    expect(refs('De Mistura arrived. He met Lavrov.')).toEqual([['He', 'staffan-de-mistura']]);
    expect(refs('De Mistura says he has received an invitation.')).toEqual([['he', 'staffan-de-mistura']]);
  });

  it('resolves "It" and "They" at a sentence start to the body or state last a subject; "They" never to a state', () => {
    expect(refs('The SNC met in Riyadh on Friday. It will boycott the congress.')).toEqual([
      ['It', 'syrian-negotiations-commission'],
    ]);
    expect(refs('Jaish al-Islam met on Friday. But they decided to stay.')).toEqual([['they', 'jaish-al-islam']]);
    expect(refs('Turkey met Iran on Friday. They decided to stay.')).toEqual([]);
    expect(refs('Turkey met Iran on Friday. It decided to stay.')).toEqual([['It', 'turkey']]);
  });

  it('resolves "its delegation" to a state as to a body, but "its group" only to a body', () => {
    expect(refs('Iran said its delegation would attend.')).toEqual([['its delegation', 'iran']]);
    expect(refs('Iran said its group would attend.')).toEqual([]);
  });

  it('resolves "the group", "the organization" to the last body of a fitting type in this sentence or the two before', () => {
    expect(refs('The SNC met in Riyadh. The group said it would boycott.')).toEqual([
      ['The group', 'syrian-negotiations-commission'],
      ['it', 'syrian-negotiations-commission'],
    ]);
    expect(refs("The SNC will not go, the organization's leader said.")).toEqual([
      ['the organization', 'syrian-negotiations-commission'],
    ]);
    expect(refs('Jaish al-Islam left. The faction was in Astana.')).toEqual([['The faction', 'jaish-al-islam']]);
    // A body named otherwise ("Group") is not "the committee"; a state is no "group"; too far back is none.
    expect(refs('The Moscow Group met. The committee voted.')).toEqual([]);
    expect(refs('Turkey met. The group voted.')).toEqual([]);
    expect(refs('The SNC met. Russia spoke. Iran spoke. Turkey spoke. The group voted.')).toEqual([]);
  });

  it('reads the talks a report leads with as the round held on its day, but not their process or talks elsewhere', () => {
    expect(
      meetings('Syrian peace talks in Astana opened on Monday. The talks will resume on Tuesday.', '2017-01-23'),
    ).toEqual([
      ['talks in Astana', 'astana-talks-1'],
      ['The talks', 'astana-talks-1'],
    ]);
    expect(meetings('The Astana talks went on. The Astana process began last year.', '2017-07-05')).toEqual([
      ['Astana talks', 'astana-talks-5'],
      ['Astana process', 'astana-talks'],
    ]);
    // No round on the report's day; talks mentioned after the report's own meeting.
    expect(meetings('Syrian peace talks in Astana opened on Monday.', '2017-01-10')).toEqual([
      ['talks in Astana', 'astana-talks'],
    ]);
    expect(meetings('The Sochi congress opened. It runs in parallel to the talks in Geneva.', '2017-12-01')).toEqual([
      ['Sochi congress', 'syrian-national-dialogue-congress'],
      ['talks in Geneva', 'geneva-talks'],
    ]);
  });

  it('reads an office "for" a state as the office of the body that holds it, unless the name follows', () => {
    expect(refs('The UN special envoy for Syria arrived.', '2017-01-23')).toEqual([
      ['The UN special envoy', 'staffan-de-mistura'],
    ]);
    expect(refs('The UN Special Envoy for Syria Staffan de Mistura arrived.', '2017-01-23')).toEqual([]);
    // The lexicon's ambassadors are to the UN: an ambassador to a state is someone else, a person of the office.
    expect(refs('The US ambassador to Kazakhstan arrived.', '2017-01-23')).toEqual([
      ['US ambassador to Kazakhstan', 'new:Person:us ambassador to kazakhstan'],
    ]);
    expect(refs('The US ambassador arrived.', '2017-03-01')).toEqual([['The US ambassador', 'nikki-haley']]);
  });

  it('reads "a ... conference in <place> on <day>" as the meeting held there that day, however described', () => {
    expect(
      meetings(
        'He spoke at a Russian-hosted Syrian peace conference in the Black Sea resort of Sochi on Jan. 30.',
        '2018-10-26',
      ),
    ).toEqual([
      [
        'a Russian-hosted Syrian peace conference in the Black Sea resort of Sochi',
        'syrian-national-dialogue-congress',
      ],
    ]);
    expect(meetings('He spoke at a Syrian peace conference in Sochi on Jan. 30.', '2018-12-20')).toEqual([
      ['a Syrian peace conference in Sochi', 'syrian-national-dialogue-congress'],
    ]);
    // Another day there: no known meeting, a new one.
    expect(meetings('He spoke at a conference in Sochi on May 3.', '2018-12-20')).toEqual([
      ['a conference in Sochi', 'new:Meeting:conference in sochi'],
    ]);
  });
});

describe('rounds a report means without numbering them', () => {
  it('reads "the previous meeting" after a round of a series as the round before it, and after other meetings as none', () => {
    expect(
      meetings(
        'The fifth round of Astana talks ended. The zones were discussed at the previous meeting.',
        '2017-07-05',
      ),
    ).toEqual([
      ['The fifth round of Astana talks', 'astana-talks-5'],
      ['the previous meeting', 'astana-talks-4'],
    ]);
    expect(meetings('The Sochi congress opened. It recalled the previous meeting.', '2018-01-30')).toEqual([
      ['Sochi congress', 'syrian-national-dialogue-congress'],
    ]);
  });

  it('reads the talks a report leads with in the week before a round opens as that round', () => {
    expect(
      meetings('Syrian peace talks in Geneva start on Tuesday. The talks will last two weeks.', '2017-11-25'),
    ).toEqual([
      ['peace talks in Geneva', 'geneva-talks-8'],
      ['The talks', 'geneva-talks-8'],
    ]);
    // Weeks before the round, the talks are the series.
    expect(meetings('Syrian peace talks in Geneva start soon.', '2017-11-10')).toEqual([
      ['peace talks in Geneva', 'geneva-talks'],
    ]);
  });
});
