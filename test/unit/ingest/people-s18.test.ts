// Session 18: people the lexicon does not know, named by a title, an apposition or the verb that
// quotes them; the state whose ministry a title is held at; the capital a demonym names; bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

async function entities(text: string, published = '2019-12-09'): Promise<string[]> {
  return (await extract(text, { published })).entities.map((e) => `${e.id}:${e.type}`);
}

describe('people the lexicon does not know', () => {
  it('takes a name its title follows as a person, in any order of the clause', async () => {
    for (const text of [
      '"The talks went well," said Artyom Kozhin, senior diplomat at the Russian Foreign Ministry.',
      'Artyom Kozhin, a senior diplomat at the Russian Foreign Ministry, said the talks went well.',
      'Artyom Kozhin, an official at the ministry, did not attend the meeting.',
    ])
      expect(await entities(text)).toContain('artyom-kozhin:Person');
  });

  it('takes the name after "according to" as a person, but not a body', async () => {
    expect(await entities('According to Aibek Smadyarov, the delegations have arrived in Nur-Sultan.')).toContain(
      'aibek-smadyarov:Person',
    );
    const observatory = await entities('According to the Syrian Observatory for Human Rights, 20 people were killed.');
    expect(observatory.some((e) => e.endsWith(':Person'))).toBe(false);
  });

  it('reads no person in a title whose holder is not named, nor in a day before a title', async () => {
    const spokesperson = await entities(
      'Today at a briefing, Official Spokesperson of the Kazakh MFA, informed about the preparations for the talks.',
    );
    expect(spokesperson.some((e) => e.endsWith(':Person'))).toBe(false);
    expect(spokesperson).toContain('kazakhstan:State');
    const day = await entities('Last Wednesday, UN Secretary-General Antonio Guterres announced the committee.');
    expect(day.some((e) => e.startsWith('last-wednesday'))).toBe(false);
  });
});

describe('the state whose ministry a title is held at', () => {
  it('gives REPRESENTS for a post at a state ministry, before or after the name', async () => {
    for (const text of [
      'Artyom Kozhin, senior diplomat at the Russian Foreign Ministry, said the talks went well.',
      'Aibek Smadyarov, spokesman for the Kazakh Foreign Ministry, said the talks would start on Tuesday.',
      'All delegations have arrived, spokesman of the Kazakh Foreign Ministry Anuar Zhainakov told Sputnik.',
    ]) {
      const facts = await statedFacts(text, '2019-12-09', 'REPRESENTS');
      expect(facts.some((f) => / REPRESENTS (?:russia|kazakhstan)$/.test(f))).toBe(true);
    }
  });

  it('gives the title to a name the parser hangs on its portfolio, and not the portfolio’s state', async () => {
    for (const text of [
      "The delegation of Russia is headed by Russian President's Special Envoy on Syria Ivan Petrov.",
      'Russian Presidential Envoy for Syria Ivan Petrov arrived in Astana.',
    ]) {
      const facts = await statedFacts(text, '2019-12-09', 'REPRESENTS');
      expect(facts).toContain('ivan-petrov REPRESENTS russia');
      expect(facts).not.toContain('ivan-petrov REPRESENTS syria');
    }
  });

  it('reads an ambassador to a body as the state’s, not the body’s', async () => {
    const facts = await statedFacts(
      'The Syrian government is sending its U.N. ambassador, Bashar Ja’afari, and military delegates.',
      '2017-01-22',
      'REPRESENTS',
    );
    expect(facts).not.toContain('bashar-al-jaafari REPRESENTS united-nations');
  });

  it('does not make a ministry’s state out of a place the diplomat is in', async () => {
    const facts = await statedFacts(
      'Artyom Kozhin, a senior diplomat in Damascus, said the talks went well.',
      '2019-12-09',
      'REPRESENTS',
    );
    expect(facts).toEqual([]);
  });
});

describe('places and bodies named by what they are', () => {
  it('reads "the Kazakh capital" as Astana, under either of its names', async () => {
    expect(await entities('The delegations arrived in the Kazakh capital on Monday.', '2017-12-20')).toContain(
      'astana:Place',
    );
    expect(await entities('The talks will be held in the Kazakh capital Nur-Sultan on December 10.')).toContain(
      'astana:Place',
    );
    // Astana alone stays the place, not Kazakhstan standing for it.
    expect(await entities('Astana hosted the talks.', '2017-12-20')).not.toContain('kazakhstan:State');
  });

  it('knows the State Duma and the UN refugee agency, and Duma alone stays Douma', async () => {
    expect(await entities('Then in the Russian state Duma, the idea was considered useless.')).toContain(
      'state-duma:Organization',
    );
    expect(
      await entities('Observers from the UN Office of the High Commissioner for Refugees are expected to participate.'),
    ).toContain('unhcr:Organization');
    expect(await entities('Fighting in Duma continued.')).toContain('douma:Place');
  });
});
