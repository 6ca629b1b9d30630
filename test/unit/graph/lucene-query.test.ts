// Unit: full-text queries built from what users type.
import { describe, expect, it } from 'vitest';
import { luceneQuery, luceneTerms, searchQueries } from '../../../src/graph/lucene-query.ts';

describe('luceneQuery', () => {
  it('requires every word in a name or an alias, as itself, as a prefix, or within one edit when long', () => {
    expect(luceneQuery('de Mistura')).toBe(
      '+(name:de^3 aliases:de^3 name:de* aliases:de*) ' +
        '+(name:mistura^3 aliases:mistura^3 name:mistura* aliases:mistura* name:mistura~1 aliases:mistura~1)',
    );
  });
  it('narrows a search to the matches without typos, and those to the prominent and whole-word ones', () => {
    const queries = searchQueries('de Mistura')!;
    expect(queries.every).toBe(luceneQuery('de Mistura'));
    const prefixes =
      '+(name:de^3 aliases:de^3 name:de* aliases:de*) +(name:mistura^3 aliases:mistura^3 name:mistura* aliases:mistura*)';
    const wholeWords = '+(name:de aliases:de)^0 +(name:mistura aliases:mistura)^0';
    expect(queries.prefixes).toBe(prefixes);
    expect(queries.tiered).toEqual([
      `+searchTier:prominent^0 ${prefixes}`,
      `${prefixes} ${wholeWords} -searchTier:prominent`,
    ]);
    expect(queries.probes).toEqual([prefixes, `+searchTier:prominent^0 ${prefixes}`]);
    expect(searchQueries(' , ; ')).toBeNull();
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
