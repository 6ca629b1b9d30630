// Session 16 rules for membership and alliance (a body described by a participle, an ally named only
// by "its"), each with sentences written for the construction (about the entities of
// seed/lexicon.yaml), and what each must not read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const stated = (text: string) => statedFacts(text);

const COMMITTEE = 'constitutional-committee';

describe('membership and alliance (session 16)', () => {
  it.each([
    [
      'a body a participle says is made up of groups',
      'The constitutional committee, made up of Syrian government and opposition delegates, met in Geneva.',
      `syria MEMBER_OF ${COMMITTEE}`,
    ],
    [
      'a body made up of groups, set off by dashes',
      'The constitutional committee -made up of opposition and civil society figures- met on Monday.',
      `syrian-opposition MEMBER_OF ${COMMITTEE}`,
    ],
    [
      'allies named by a word before the noun and "its"',
      'The PKK is proscribed by Ankara and its Western allies.',
      'the-west ALLIED_WITH turkey',
    ],
  ])('%s', async (_name, sentence, triple) => {
    expect(await stated(sentence)).toContain(triple);
  });

  it('what a meeting is made up of is no member of it', async () => {
    const facts = await stated('The Sochi congress, made up of Russian and Turkish speeches, ended on Tuesday.');
    expect(facts.filter((f) => f.includes('MEMBER_OF'))).toEqual([]);
  });

  it('something made by a group, without "up", is no membership', async () => {
    const facts = await stated('The constitutional committee made a decision by the opposition and the government.');
    expect(facts.filter((f) => f.includes('MEMBER_OF'))).toEqual([]);
  });

  it('a name before "allies" with an ally named after it stays the partner', async () => {
    expect(await stated('The Astana talks were attended by regime allies Russia and Iran.')).toContain(
      'russia ALLIED_WITH syria',
    );
  });
});

describe('role nouns and stance nouns towards positions and documents, participles (session 16)', () => {
  it.each([
    [
      'sponsors of a document back it',
      'France and Britain were the sponsors of Resolution 2254.',
      'france SUPPORTS un-security-council-resolution-2254',
    ],
    [
      'signatories named in apposition back the document',
      'Turkey and Iran, signatories of the Geneva Communique, welcomed the talks.',
      'iran SUPPORTS geneva-communique',
    ],
    [
      'backers of a position back it',
      'France and Britain, backers of the political transition, met in Paris.',
      'united-kingdom SUPPORTS political-transition',
    ],
    [
      'an opponent of a position opposes it',
      'Russia is an opponent of the political transition.',
      'russia OPPOSES political-transition',
    ],
    [
      'role holders named after "among them"',
      'Supporters of the political transition, among them France and Britain, met in Paris.',
      'france SUPPORTS political-transition',
    ],
    [
      'role holders named by "among the ... were"',
      'Among the sponsors of the Astana talks were Russia and Iran.',
      'iran ORGANIZES astana-talks',
    ],
    [
      'objections from someone over a position',
      'The effort has been dogged by objections from the Syrian government over the political transition.',
      'syria OPPOSES political-transition',
    ],
    [
      "talks held with a body's facilitation",
      'The Geneva talks began on Wednesday with UN facilitation.',
      'united-nations MEDIATES geneva-talks',
    ],
    [
      'initiators of a meeting organize it',
      'Iran and Turkey are the initiators of the Astana talks.',
      'turkey ORGANIZES astana-talks',
    ],
    [
      'coordinated participles the parser leaves bare on the noun',
      'The Sochi congress, organised by Russia and co-sponsored by Turkey, opened on Monday.',
      'turkey ORGANIZES syrian-national-dialogue-congress',
    ],
  ])('%s', async (_name, sentence, triple) => {
    expect(await stated(sentence)).toContain(triple);
  });

  it('a sponsor of a meeting organizes it and takes no stance', async () => {
    const facts = await stated('Russia and Iran are the sponsors of the Astana talks.');
    expect(facts).toContain('russia ORGANIZES astana-talks');
    expect(facts.filter((f) => f.includes('SUPPORTS'))).toEqual([]);
  });
});

describe('decisions announced for a body (session 16)', () => {
  it.each([
    [
      'a head named in apposition',
      'The head of the Syrian Negotiations Commission, Nasr al-Hariri, announced the decision to boycott the Sochi congress.',
    ],
    [
      'a spokesman named by the body before his title',
      'SNC spokesman Yahya al-Aridi announced the decision to boycott the Sochi congress.',
    ],
  ])('%s: the body decided, not the one announcing', async (_name, sentence) => {
    const facts = await stated(sentence);
    expect(facts).toContain('syrian-negotiations-commission BOYCOTTS syrian-national-dialogue-congress');
    expect(
      facts.filter((f) => f.startsWith('nasr-al-hariri BOYCOTTS') || f.startsWith('yahya-al-aridi BOYCOTTS')),
    ).toEqual([]);
  });

  it('one announcing a decision with no body named is its maker', async () => {
    expect(await stated('Lavrov announced the decision to postpone the Astana talks.')).toContain(
      'sergey-lavrov ORGANIZES astana-talks',
    );
  });
});
