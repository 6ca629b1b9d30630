// Session 18 (helper back): stances a meeting or a plan receives ("drew criticism from"), stance
// nouns said of a meeting ("a critic of the congress"), third-party hands ("under UN mediation"),
// and presiding over a meeting; each with other words, voices, lists, denial and near-misses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const CONGRESS = 'syrian-national-dialogue-congress';

describe('a stance a meeting or a plan receives', () => {
  it.each([
    [
      'met with suspicion by a list (dev)',
      "Moscow's plan to hold the Sochi congress had been met with suspicion by the United States and the United Nations.",
      [`united-states OPPOSES ${CONGRESS}`, `united-nations OPPOSES ${CONGRESS}`],
    ],
    [
      'drew criticism from',
      'The Sochi congress drew sharp criticism from the opposition.',
      [`syrian-opposition OPPOSES ${CONGRESS}`],
    ],
    [
      '"opposition" as the stance, its giver named',
      'The Sochi congress faced opposition from the Syrian National Coalition.',
      [`syrian-national-coalition OPPOSES ${CONGRESS}`],
    ],
    [
      'received support from',
      'The Sochi congress has received support from Turkey and Iran.',
      [`turkey SUPPORTS ${CONGRESS}`, `iran SUPPORTS ${CONGRESS}`],
    ],
    [
      'won the backing of',
      'The Astana talks have won the backing of the United Nations.',
      ['united-nations SUPPORTS astana-talks'],
    ],
    [
      "a plan's clause the parser makes the subject",
      "Russia's proposal to convene a congress in Sochi has drawn criticism from the opposition.",
      [`syrian-opposition OPPOSES ${CONGRESS}`],
    ],
  ])('%s', async (_, text, facts) => {
    const found = await statedFacts(text);
    for (const f of facts) expect(found).toContain(f);
  });

  it('a denied stance is not stated', async () => {
    const found = await statedFacts('The Sochi congress did not receive support from the United States.');
    expect(found).not.toContain(`united-states SUPPORTS ${CONGRESS}`);
  });

  it.each([
    ['an actor that faces a side', 'The Syrian government faced the opposition in Astana.'],
    ['an actor criticised is no meeting', 'The opposition faced criticism from Russia at the Astana talks.'],
  ])('no stance: %s', async (_, text) => {
    const found = await statedFacts(text);
    expect(found.filter((f) => / (?:SUPPORTS|OPPOSES) /.test(f))).toEqual([]);
  });
});

describe('stance nouns said of a meeting', () => {
  it.each([
    [
      'an apposition',
      'The United States, a critic of the Sochi congress, sent no delegation.',
      `united-states OPPOSES ${CONGRESS}`,
    ],
    ['a predicate', 'Turkey is a strong supporter of the Astana talks.', 'turkey SUPPORTS astana-talks'],
  ])('%s', async (_, text, fact) => {
    expect(await statedFacts(text)).toContain(fact);
  });

  it('the sponsors of a meeting organize it, with no stance besides', async () => {
    const found = await statedFacts('Russia is the main sponsor of the Sochi congress.');
    expect(found).toContain(`russia ORGANIZES ${CONGRESS}`);
    expect(found).not.toContain(`russia SUPPORTS ${CONGRESS}`);
  });
});

describe('a third party that mediates or presides', () => {
  it.each([
    ['under UN mediation', 'The Geneva talks resumed under UN mediation.', ['united-nations MEDIATES geneva-talks']],
    [
      'through the mediation of a list',
      'The Astana talks were held through the mediation of Russia and Turkey.',
      ['russia MEDIATES astana-talks', 'turkey MEDIATES astana-talks'],
    ],
    [
      'presided over',
      'Staffan de Mistura presided over the Geneva talks.',
      ['staffan-de-mistura MEDIATES geneva-talks'],
    ],
    [
      'auspices still organize',
      'The Astana talks were held under the auspices of Russia.',
      ['russia ORGANIZES astana-talks'],
    ],
  ])('%s', async (_, text, facts) => {
    const found = await statedFacts(text);
    for (const f of facts) expect(found).toContain(f);
  });

  it('mediation asked for is not done', async () => {
    const found = await statedFacts('The opposition did not want the talks to be held under UN mediation.');
    expect(found.filter((f) => f.includes(' MEDIATES '))).toEqual([]);
  });
});

describe('auspices asked for', () => {
  it('a demand that talks be held under UN sponsorship states no organizer (fresh: Daily Sabah)', async () => {
    const found = await statedFacts(
      'The opposition rejected the congress and insisted any peace talks be held under U.N. sponsorship in Geneva.',
    );
    expect(found.filter((f) => f.startsWith('united-nations ORGANIZES'))).toEqual([]);
  });

  it('talks reported held under UN sponsorship are organized by it', async () => {
    const found = await statedFacts('The Geneva talks were held under U.N. sponsorship.');
    expect(found).toContain('united-nations ORGANIZES geneva-talks');
  });
});
