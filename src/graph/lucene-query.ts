/**
 * Lucene query.
 *
 * Builds the full-text query for what a user typed: every word must match, as itself, as a
 * prefix (for type-ahead) or, for longer words, within one edit (for typos). Lucene's special
 * characters are escaped, so user input can never change the query's structure.
 */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneTerms(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .split(/[\s,;."()]+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .map((word) => word.replace(SPECIAL, ' ').trim().toLowerCase())
    .flatMap((word) => word.split(/\s+/))
    .filter((word) => word.length > 0 && !['and', 'or', 'not', 'to'].includes(word));
}

/** Words this short match only as themselves or as a prefix: one edit would match too much. */
const MIN_TYPO_LENGTH = 4;

/** The words `luceneQuery` also matches within one edit. */
export function typoTolerantTerms(text: string): string[] {
  return luceneTerms(text).filter((term) => term.length >= MIN_TYPO_LENGTH);
}

/** '' when the text holds no searchable word. */
export function luceneQuery(text: string): string {
  return luceneTerms(text)
    .map((term) => {
      const variants = [`${term}^3`, `${term}*`];
      if (term.length >= MIN_TYPO_LENGTH) variants.push(`${term}~1`);
      return `+(${variants.join(' ')})`;
    })
    .join(' ');
}

/** A looser query for suggestions: any word, with typo tolerance. */
export function luceneLooseQuery(text: string): string {
  return luceneTerms(text)
    .map((term) => (term.length >= MIN_TYPO_LENGTH ? `${term}~2 ${term}*` : `${term}*`))
    .join(' ');
}
