// Session 17: ends a sentence does not name. A group the report says who is in ("the guarantor
// countries", "the leaders") stands for each member, and for no one where the report does not say;
// a "he" that opens a clause is the person the sentence opened with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/extract.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const GUARANTORS = ['russia', 'turkey', 'iran'];

describe('the guarantors the report names', () => {
  it('reads "the guarantor countries" as each state a later list calls guarantors', async () => {
    const facts = await statedFacts(
      '"Delegations of the guarantor countries are arriving in Astana to participate in the next round of talks," ' +
        'the Kazakh foreign ministry said. Earlier zones were agreed, with Russia, Turkey, and Iran acting as guarantors.',
      '2017-12-20',
    );
    for (const state of GUARANTORS) expect(facts).toContain(`${state} ATTENDS astana-talks-8`);
  });

  it('reads the list an apposition calls guarantors, in another word', async () => {
    const facts = await statedFacts(
      'Russia, Iran and Turkey, the guarantors of the ceasefire, met on Monday. ' +
        'In Astana, the country-guarantors signed a Memorandum on the establishment of de-escalation zones.',
      '2017-05-04',
    );
    for (const state of GUARANTORS) expect(facts.some((f) => f.startsWith(`${state} SUPPORTS memorandum`))).toBe(true);
  });

  it('counts back "the three guarantor countries" and reads the guarantors after it, denied too', async () => {
    const opening =
      'Turkey, Russia and Iran have reached an agreement on the lists. ' +
      'The representatives of the three guarantor countries met in Geneva. ';
    const attended = await statedFacts(`${opening}The Astana guarantors attended the Sochi congress.`, '2018-09-11');
    for (const state of GUARANTORS) expect(attended).toContain(`${state} ATTENDS syrian-national-dialogue-congress`);
    const x = await extract(`${opening}The Astana guarantors did not attend the Sochi congress.`, {
      published: '2018-09-11',
    });
    const denied = x.relations.filter((r) => r.negated).map((r) => `${r.source} ${r.type} ${r.target}`);
    for (const state of GUARANTORS) expect(denied).toContain(`${state} ATTENDS syrian-national-dialogue-congress`);
  });

  it('stands for no one where the report never says who the guarantors are', async () => {
    const facts = await statedFacts(
      'Russia, Iran and Turkey have reached consensus. The guarantor countries signed a memorandum on de-escalation zones.',
      '2017-05-04',
    );
    expect(facts.filter((f) => /SUPPORTS memorandum/.test(f))).toEqual([]);
  });

  it('does not read the guarantor words right after the list as a second subject', async () => {
    const facts = await statedFacts(
      'The foreign ministers of Russia, Iran and Turkey - the guarantor states in the so-called Astana process - ' +
        'handed de Mistura their list at a meeting in Geneva.',
      '2018-12-20',
    );
    expect(facts.filter((f) => / ATTENDS astana-talks$/.test(f))).toEqual([]);
  });
});

describe('the leaders the sentence before listed', () => {
  const MET = 'Erdogan, Putin and Rouhani met in Tehran on Friday. ';

  it('reads "the leaders" as each person of the list', async () => {
    const facts = await statedFacts(`${MET}The leaders backed the Sochi congress.`, '2018-01-28');
    for (const p of ['recep-tayyip-erdogan', 'vladimir-putin', 'hassan-rouhani'])
      expect(facts).toContain(`${p} SUPPORTS syrian-national-dialogue-congress`);
  });

  it('reads no one where the count does not fit or the people were no one list', async () => {
    expect(
      (await statedFacts(`${MET}The two leaders backed the Sochi congress.`, '2018-01-28')).filter((f) =>
        f.endsWith('SUPPORTS syrian-national-dialogue-congress'),
      ),
    ).toEqual([]);
    const apart = await statedFacts(
      'Lavrov met Zarif in Moscow, and de Mistura met Jaafari in Geneva. The ministers backed the Sochi congress.',
      '2018-01-28',
    );
    expect(apart.filter((f) => f.endsWith('SUPPORTS syrian-national-dialogue-congress'))).toEqual([]);
  });
});

describe('a pronoun that opens a clause', () => {
  it('is the person the sentence opened with', async () => {
    const facts = await statedFacts(
      'Hariri said Geneva is the only venue, and he rejected the Sochi congress.',
      '2018-01-28',
    );
    expect(facts).toContain('nasr-al-hariri OPPOSES syrian-national-dialogue-congress');
    const because = await statedFacts(
      'Hariri did not attend the Sochi congress because he backed the Geneva talks.',
      '2018-01-28',
    );
    expect(because).toContain('nasr-al-hariri SUPPORTS geneva-talks');
  });

  it('is no one where another person comes between', async () => {
    const facts = await statedFacts('Hariri said Lavrov was wrong, and he rejected the Sochi congress.', '2018-01-28');
    expect(facts.filter((f) => f.endsWith('OPPOSES syrian-national-dialogue-congress'))).toEqual([]);
  });
});
