// Session 15 rules for stances on documents and positions (signing, reaching consensus on),
// each with sentences written for the construction (about the entities of seed/lexicon.yaml), and what
// each must not read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statedFacts } from './stated-facts.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

const stated = (text: string) => statedFacts(text);

const COMMUNIQUE = 'geneva-communique';
const TRANSITION = 'political-transition';

describe('stances on documents and positions (session 15)', () => {
  it.each([
    [
      'signing a document',
      'Russia, Iran and Turkey signed the Geneva Communique in Astana.',
      `iran SUPPORTS ${COMMUNIQUE}`,
    ],
    [
      'a document signed by its agent',
      'The Geneva Communique was signed by Russia, Iran and Turkey.',
      `turkey SUPPORTS ${COMMUNIQUE}`,
    ],
    [
      'reaching consensus on a document',
      'Russia, Iran and Turkey have reached consensus on the Geneva Communique.',
      `russia SUPPORTS ${COMMUNIQUE}`,
    ],
    [
      'reaching a consensus on a position',
      'Russia and Iran reached a consensus on the political transition.',
      `iran SUPPORTS ${TRANSITION}`,
    ],
    [
      'rejecting a position a participle says whose it is (misparsed as a clause on the verb)',
      'Russia and Syria reject the political transition demanded by the rebels.',
      `syria OPPOSES ${TRANSITION}`,
    ],
  ])('%s', async (_name, sentence, triple) => {
    expect(await stated(sentence)).toContain(triple);
  });

  it('a consensus no one is said to reach is no one’s stance', async () => {
    const facts = await stated('There is a broad consensus on the political transition.');
    expect(facts.filter((f) => f.includes('SUPPORTS'))).toEqual([]);
  });

  it('a position signing is about is not what is signed', async () => {
    expect(await stated('Russia, Iran and Turkey signed a memorandum on the political transition.')).not.toContain(
      `russia SUPPORTS ${TRANSITION}`,
    );
  });

  it('signing something that is no document backs nothing', async () => {
    const facts = await stated('Lavrov signed a letter to Zarif.');
    expect(facts.filter((f) => f.includes('SUPPORTS'))).toEqual([]);
  });

  it('the participle’s agent keeps its own act and takes no stance', async () => {
    const facts = await stated('Russia rejected the political transition demanded by the rebels.');
    expect(facts).toContain(`syrian-rebel-groups DEMANDS ${TRANSITION}`);
    expect(facts).not.toContain(`syrian-rebel-groups OPPOSES ${TRANSITION}`);
  });
});
