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
  it('ranks by importance bucket, then as luceneQuery scores, keeping prefix, alias or typo matches', () => {
    const scored = luceneQuery('de Mistura').replace(/\+\(/g, '(');
    expect(luceneRankedQuery('de Mistura', 'prefix')).toMatch(
      /^\+\(name:de\* aliases:de\*\)\^0 \+\(name:mistura\* aliases:mistura\*\)\^0 /,
    );
    expect(luceneRankedQuery('de Mistura', 'prefix')).toContain(` ${scored} `);
    expect(luceneRankedQuery('SNC', 'alias')).toMatch(/^\+\(aliases:snc\)\^0 \(name:snc\^3 /);
    const typo = luceneRankedQuery('de Mistura', 'typo');
    expect(typo.startsWith(`${luceneQuery('de Mistura')} `)).toBe(true);
    expect(typo).toContain(' searchRank:[rb6 TO rb6]^64000 ');
    expect(typo).toMatch(/searchRank:\[rb0 TO rb0\]\^1000$/);
    expect(luceneRankedQuery(' , ', 'typo')).toBe('');
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
