// Unit tests for src/ingest/dependency-path.ts over a parse written by hand (CoreNLP's enhanced++
// edges for "Russia and Iran will attend the talks in Astana"), so no parser runs.
import { describe, expect, it } from 'vitest';
import { dependencyPath, pathShape } from '../../../src/ingest/dependency-path.ts';
import type { ParsedSentence } from '../../../src/nlp/parser.ts';

const words = ['Russia', 'and', 'Iran', 'will', 'attend', 'the', 'talks', 'in', 'Astana'];
const lemmas = ['Russia', 'and', 'Iran', 'will', 'attend', 'the', 'talk', 'in', 'Astana'];
const sentence: ParsedSentence = {
  tokens: words.map((word, i) => ({ word, start: 0, end: 0, lemma: lemmas[i]!, pos: 'X' })),
  deps: [
    { gov: 0, dep: 5, rel: 'root' },
    { gov: 5, dep: 1, rel: 'nsubj' },
    { gov: 1, dep: 3, rel: 'conj:and' },
    { gov: 5, dep: 3, rel: 'nsubj' },
    { gov: 1, dep: 2, rel: 'cc' },
    { gov: 5, dep: 4, rel: 'aux' },
    { gov: 5, dep: 7, rel: 'obj' },
    { gov: 7, dep: 6, rel: 'det' },
    { gov: 7, dep: 9, rel: 'nmod:in' },
    { gov: 9, dep: 8, rel: 'case' },
  ],
};

describe('dependencyPath', () => {
  it('joins a subject to the object of its verb through the verb', () => {
    const path = dependencyPath(sentence, [1], [6, 7]);
    expect(path && pathShape(sentence, path)).toBe('<nsubj attend >obj');
  });

  it('takes the shortest way: the second conjunct is a subject of its own in enhanced edges', () => {
    const path = dependencyPath(sentence, [3], [7]);
    expect(path?.map((step) => step.rel)).toEqual(['nsubj', 'obj']);
  });

  it('walks down nominal modifiers, naming every token it passes', () => {
    const path = dependencyPath(sentence, [1], [9]);
    expect(path && pathShape(sentence, path)).toBe('<nsubj attend >obj talk >nmod:in');
  });

  it('answers null when no edge joins the phrases, and an empty path when they share a token', () => {
    expect(dependencyPath({ tokens: sentence.tokens, deps: [] }, [1], [7])).toBeNull();
    expect(dependencyPath(sentence, [1, 2], [2, 3])).toEqual([]);
  });
});
