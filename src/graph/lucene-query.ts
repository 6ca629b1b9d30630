/**
 * Lucene query.
 *
 * Builds the full-text query for what a user typed: every word must match a name or an alias, as
 * itself, as a prefix (for type-ahead) or, for longer words, within one edit (for typos). Lucene's
 * special characters are escaped, so user input can never change the query's structure, and
 * every clause names its fields, so a word can never match the index's other field (`searchTier`).
 * A search's other queries split the same matches by importance (see search-entities.cypher).
 */
import { SEARCH_TIER } from './search-tier.ts';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const NAME_FIELDS = ['name', 'aliases'];

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

/** `clause` (a term with its operators) against every name field. */
function inNames(clause: string): string {
  return NAME_FIELDS.map((field) => `${field}:${clause}`).join(' ');
}

function termClause(term: string, typos = true): string {
  const variants = [`${term}^3`, `${term}*`];
  if (typos && term.length >= MIN_TYPO_LENGTH) variants.push(`${term}~1`);
  return `+(${variants.map(inNames).join(' ')})`;
}

/** '' when the text holds no searchable word. */
export function luceneQuery(text: string): string {
  return luceneTerms(text)
    .map((term) => termClause(term))
    .join(' ');
}

/**
 * The full-text queries of one search, narrowest first (see search-entities.cypher): a typo
 * match ranks below every match that begins with the words, and a match outside the prominent
 * tier below every prominent one but the exact ones; so when enough matches rank above, the
 * rest need not be read.
 */
export interface SearchQueries {
  /** Every match: `luceneQuery`. */
  every: string;
  /** The matches where every word begins a word of a name (no typos). */
  prefixes: string;
  /** `prefixes` split: the prominent ones, and the others that hold every word whole (the only ones that can be exact). */
  tiered: [string, string];
  /** Probes (each asked for `limit` hits): enough `prefixes`? Then enough prominent ones? */
  probes: [string, string];
}

/** null when the text holds no searchable word. */
export function searchQueries(text: string): SearchQueries | null {
  const terms = luceneTerms(text);
  if (terms.length === 0) return null;
  const prefixes = terms.map((term) => termClause(term, false)).join(' ');
  const prominent = `+searchTier:${SEARCH_TIER.tier}^0`;
  // ^0: a clause that only narrows adds nothing to a match's score.
  const wholeWords = terms.map((term) => `+(${inNames(term)})^0`).join(' ');
  return {
    every: luceneQuery(text),
    prefixes,
    tiered: [`${prominent} ${prefixes}`, `${prefixes} ${wholeWords} -searchTier:${SEARCH_TIER.tier}`],
    probes: [prefixes, `${prominent} ${prefixes}`],
  };
}

/** A looser query for suggestions: any word, with typo tolerance. */
export function luceneLooseQuery(text: string): string {
  return luceneTerms(text)
    .flatMap((term) => (term.length >= MIN_TYPO_LENGTH ? [`${term}~2`, `${term}*`] : [`${term}*`]))
    .map(inNames)
    .join(' ');
}
