/**
 * Lucene query.
 *
 * Builds the full-text query for what a user typed: every word must match, as itself, as a
 * prefix (for type-ahead) or, for longer words, within one edit (for typos). Lucene's special
 * characters are escaped, so user input can never change the query's structure. Words are matched
 * in the names and aliases only: the index also holds each entity's importance bucket
 * (`searchRank`), which the ranked queries score by so that Lucene itself returns the most
 * important matches first.
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

/** The index's fields a word is looked up in (never `searchRank`, whose tokens are not words). */
const NAME_FIELDS = ['name', 'aliases'] as const;

function inNames(variants: string[]): string {
  return variants.flatMap((variant) => NAME_FIELDS.map((field) => `${field}:${variant}`)).join(' ');
}

/** '' when the text holds no searchable word. */
export function luceneQuery(text: string): string {
  return luceneTerms(text)
    .map((term) => {
      const variants = [`${term}^3`, `${term}*`];
      if (term.length >= MIN_TYPO_LENGTH) variants.push(`${term}~1`);
      return `+(${inNames(variants)})`;
    })
    .join(' ');
}

/** A looser query for suggestions: any word, with typo tolerance. */
export function luceneLooseQuery(text: string): string {
  return luceneTerms(text)
    .map((term) => inNames(term.length >= MIN_TYPO_LENGTH ? [`${term}~2`, `${term}*`] : [`${term}*`]))
    .join(' ');
}

/**
 * Importance buckets as update-importance.cypher stores them in `searchRank`: 0 to 127, the
 * degree itself below 32, then six per doubling, written as the tokens of its binary digits
 * (`rb0` for 1 to `rb6` for 64). A range of one term scores a constant (its boost), so seven
 * clauses make an entity in bucket b score RANK_WEIGHT * b on top of its text score (ninety-nine
 * clauses, one per bucket, cost Lucene four times a plain query).
 */
export const RANK_WEIGHT = 1000;
const RANK_SCORE = Array.from({ length: 7 }, (_, bit) => `searchRank:[rb${bit} TO rb${bit}]^${2 ** bit * RANK_WEIGHT}`)
  .reverse()
  .join(' ');

/** Which matches a ranked query keeps: every word begins a word of a name or alias; is a word of an alias; or `luceneQuery`'s. */
export type RankedMatch = 'prefix' | 'alias' | 'typo';

/**
 * The words of `luceneQuery`, scored as it scores them plus RANK_WEIGHT per importance bucket
 * (text scores stay far below it): Lucene's top hits are then the most important matches, and
 * among equally important ones the best text matches, so a prefix that thousands of names begin
 * with is cut to a few in the index. '' when no word.
 */
export function luceneRankedQuery(text: string, match: RankedMatch): string {
  const matched = luceneQuery(text);
  if (matched === '') return '';
  if (match === 'typo') return `${matched} ${RANK_SCORE}`;
  // The filters select (scoring nothing); the same clauses as `luceneQuery`, optional, score.
  const filters = luceneTerms(text).map((term) =>
    match === 'prefix' ? `+(${inNames([`${term}*`])})^0` : `+(aliases:${term})^0`,
  );
  return `${filters.join(' ')} ${matched.replace(/\+\(/g, '(')} ${RANK_SCORE}`;
}
