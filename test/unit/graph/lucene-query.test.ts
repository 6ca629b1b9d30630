// Unit: full-text queries built from what users type.
import { describe, expect, it } from 'vitest';
import { luceneQuery, luceneRankedQuery, luceneTerms } from '../../../src/graph/lucene-query.ts';

describe('luceneQuery', () => {
  it('requires every word, as itself, as a prefix, or within one edit when long, in a name or an alias', () => {
    expect(luceneQuery('de Mistura')).toBe(
      '+(name:de^3 aliases:de^3 name:de* aliases:de*) ' +
        '+(name:mistura^3 aliases:mistura^3 name:mistura* aliases:mistura* name:mistura~1 aliases:mistura~1)',
    );
  });
  it('ranks by importance alone: the words only select, each bucket scores its number', () => {
    const prefixed = luceneRankedQuery('de Mistura', false);
    expect(prefixed).toMatch(/^\+\(name:de\* aliases:de\*\)\^0 \+\(name:mistura\* aliases:mistura\*\)\^0 /);
    expect(luceneRankedQuery('de Mistura', true)).toContain(
      '+(name:mistura* aliases:mistura* name:mistura~1 aliases:mistura~1)^0',
    );
    expect(prefixed).toContain('searchRank:[r01 TO r01]^1 ');
    expect(prefixed).toMatch(/searchRank:\[r99 TO r99\]\^99$/);
    expect(luceneRankedQuery(' , ', true)).toBe('');
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
