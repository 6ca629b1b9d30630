// Unit: full-text queries built from what users type.
import { describe, expect, it } from 'vitest';
import { luceneQuery, luceneTerms } from '../../../src/graph/lucene-query.ts';

describe('luceneQuery', () => {
  it('requires every word, as itself, as a prefix, or within one edit when long', () => {
    expect(luceneQuery('de Mistura')).toBe('+(de^3 de*) +(mistura^3 mistura* mistura~1)');
  });
  it('escapes Lucene syntax so input cannot change the query', () => {
    for (const hostile of [
      'name:*',
      'a OR b',
      '"quoted" (x)',
      'x^10 y~3',
      'a && b || !c',
      'path/to\\x',
      'a AND NOT b',
    ]) {
      for (const term of luceneTerms(hostile)) expect(term).toMatch(/^[\p{L}\p{N}']+$/u);
    }
    expect(luceneTerms('name:* a OR b')).toEqual(['name', 'a', 'b']);
  });
  it('keeps apostrophes inside names and drops lone punctuation', () => {
    expect(luceneTerms('Ja’afari')).toEqual(["ja'afari"]);
    expect(luceneQuery(' , ; ')).toBe('');
  });
});
