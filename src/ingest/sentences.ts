/**
 * Sentences.
 *
 * Splits cleaned text into sentences with their character offsets. Lines are paragraphs and never
 * share a sentence. Inside a paragraph a sentence ends at ".", "!" or "?" (after any closing
 * quotes or brackets) before a capital, a digit or an opening quote, except after an abbreviation
 * ("Jan.", "Mr.", "Gen."), an initial ("J.") or an acronym with periods ("U.N.", "U.S.") that the
 * next word does not show to be a sentence end. A missing space after a full stop ("al-Assad.The
 * boycott") is a sentence end too. A run of text longer than MAX_SENTENCE_CHARS without a sentence
 * end (a 122,000-character line, 100,000 commas) is cut into pieces of at most that length, at a
 * space or punctuation where there is one, so that no later stage (the parser above all) is given
 * more than a real sentence's worth.
 */
import { MONTH_ABBREVIATIONS } from './calendar.ts';
import type { Sentence } from './types.ts';

/** Abbreviations that never end a sentence: titles and the like. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'adm',
  'brig',
  'cmdr',
  'sen',
  'rep',
  'gov',
  'pres',
  'prof',
  'rev',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'vol',
  'art',
  'para',
  'fig',
  'approx',
  'dept',
  'vs',
  'v',
  'cf',
  'ca',
  'sheikh',
  'amb',
  'messrs',
]);
/** Abbreviations that end a sentence only before a typical sentence opener. */
const SOMETIMES_FINAL = new Set([...MONTH_ABBREVIATIONS, 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'etc', 'al', 'est']);
/** Words that usually open a sentence; after "U.N." or "Jan." they show a sentence end. */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'his',
  'her',
  'their',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'in',
  'on',
  'at',
  'after',
  'before',
  'however',
  'meanwhile',
  'earlier',
  'later',
  'since',
  'while',
  'when',
  'if',
  'as',
  'according',
  'under',
  'russia',
  'iran',
  'turkey',
  'syria',
]);

const CLOSERS = '"\')]}';

/** Far above any real sentence (news sentences rarely pass 500 characters). */
export const MAX_SENTENCE_CHARS = 1_000;

function isUpperStart(c: string | undefined): boolean {
  return c !== undefined && /[\p{Lu}\p{N}"'([]/u.test(c);
}

/** Longer than any abbreviation; a longer "word" (200,000 letters and dots) is not looked at whole. */
const MAX_WORD_CHARS = 64;

/** The word before position `dot` (exclusive), with its periods ("U.N" for "U.N."). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < MAX_WORD_CHARS && /[\p{L}\p{N}.'-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number): string {
  const m = /^[\s"'([]*([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1]!.toLowerCase() : '';
}

/** Whether the "." at `dot`, followed by the sentence-like start at `next`, ends a sentence. */
function endsAt(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/^['-]+/, '').toLowerCase();
  if (bare === '') return true;
  if (/^\d+(?:\.\d+)*$/.test(bare) && /^\d/.test(text.slice(next))) return false;
  const opener = OPENERS.has(nextWord(text, next));
  if (TITLES.has(bare)) return false;
  if (/^\p{L}$/u.test(bare)) return opener && /^\p{Ll}$/u.test(word);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return opener;
  if (SOMETIMES_FINAL.has(bare)) return opener && !/^\d/.test(text.slice(next).trimStart());
  return true;
}

/** Sentence boundaries inside one paragraph, as offsets after each sentence's last character. */
function boundaries(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < to && CLOSERS.includes(text[j]!)) j++;
    if (j >= to) break;
    if (text[j] === ' ') {
      let k = j;
      while (k < to && text[k] === ' ') k++;
      if (isUpperStart(text[k]) && (c !== '.' || endsAt(text, i, k))) ends.push(j);
    } else if (
      c === '.' &&
      j === i + 1 &&
      /\p{Ll}{2}$/u.test(text.slice(Math.max(from, i - 2), i)) &&
      /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2)) &&
      !/\p{L}\.\p{L}+$/u.test(wordBefore(text, i))
    ) {
      ends.push(j);
    }
    // The run of punctuation is judged once: rescanning it from each of its marks is quadratic.
    i = j - 1;
  }
  return ends;
}

/** Ends that cut [start, end) into pieces of at most MAX_SENTENCE_CHARS, after a space or punctuation when one is near. */
function pieces(text: string, start: number, end: number): number[] {
  const ends: number[] = [];
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    let cut = from + MAX_SENTENCE_CHARS;
    const floor = from + MAX_SENTENCE_CHARS / 2;
    while (cut > floor && !/[\s,;:)\]]/.test(text[cut - 1]!)) cut--;
    if (cut === floor) cut = from + MAX_SENTENCE_CHARS;
    ends.push(cut);
    from = cut;
  }
  ends.push(end);
  return ends;
}

/** Splits `text` (cleaned, one paragraph per line) into sentences with offsets into it. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    const ends = [...boundaries(text, lineStart, lineEnd), lineEnd];
    for (const end of ends.flatMap((end, i) => pieces(text, i === 0 ? lineStart : ends[i - 1]!, end))) {
      let s = start;
      let e = end;
      while (s < e && text[s] === ' ') s++;
      while (e > s && text[e - 1] === ' ') e--;
      if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
      start = end;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}
