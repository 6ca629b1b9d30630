// Session 17: a purpose infinitive on a copular predicate ("X is in Astana to attend the talks")
// is done by the predicate's subject, as one on a verb ("X arrived in Sochi to attend ...") is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';
import { statedFacts } from './stated-facts.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

describe('purpose infinitives', () => {
  it('reads "X is in Astana to attend the round" as X attending it', async () => {
    const facts = await statedFacts(
      'The 11th round of the Astana talks opened on Wednesday. ' +
        'UN Special Envoy for Syria Staffan de Mistura is also in Astana to attend the 11th round of the negotiations.',
      '2018-11-28',
    );
    expect(facts).toContain('staffan-de-mistura ATTENDS astana-talks-11');
  });

  it('reads "X is in Geneva to meet Y" as X meeting Y', async () => {
    const facts = await statedFacts('Sergei Lavrov is in Geneva to meet Staffan de Mistura.');
    expect(facts).toContain('sergey-lavrov MEETS staffan-de-mistura');
  });

  it('gives the purpose to nobody when the clause is a noun complement ("a decision to attend")', async () => {
    const facts = await statedFacts(
      "Russia criticised the opposition's decision to attend the Syrian National Dialogue Congress.",
    );
    expect(facts).not.toContain('russia ATTENDS syrian-national-dialogue-congress');
  });
});
