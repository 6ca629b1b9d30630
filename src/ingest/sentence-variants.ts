/**
 * Sentence variants.
 *
 * The parser misreads a long news sentence once an aside sits between its parts ("Russia, which
 * backs Assad, hosted the talks"; "the delegation - led by X - will attend"): it attaches the verb
 * elsewhere and no relation rule fires. Simpler variants parse as the writer meant: the sentence
 * without its asides ("Russia hosted the talks") and each relative clause as its own sentence with
 * its antecedent as subject ("Russia backs Assad."). Pure functions: a variant keeps, for each of
 * its characters, the offset in the sentence it came from, so the sentence's mentions map onto it.
 */
import type { Mention, Sentence } from './types.ts';

/** A simpler reading of one sentence. */
export interface SentenceVariant {
  /** The sentence it simplifies; relations read in the variant are this sentence's. */
  sentence: Sentence;
  text: string;
  /** For each character of `text`, its offset in `sentence.text`; -1 for a character added. */
  origin: number[];
}

/** Offsets into a sentence's text, end exclusive. */
interface Span {
  start: number;
  end: number;
}

/** ", which backs the opposition," up to (not with) the comma that closes it, or the sentence's end. */
const RELATIVE = /,\s+(?:which|who|whom)\s[^,;:()]*?(?=,|[.!?]?["”]?$)/g;
/**
 * " - led by X -": an aside between spaced dashes (the parser reads "-" between spaces as a dash),
 * or between hyphens set against it (" -made up of X and Y- "), never a hyphenated word's; the aside
 * may hold hyphenated words itself (" - the so-called guarantors -").
 */
const DASHED = /\s[-–—]\s?(?:[^-–—()]|(?<=\w)[-–](?=\w))+?\s?[-–—](?=\s)/g;
/** " (which backs X)": a bracketed aside of words (an acronym alone is the parser's own business). */
const BRACKETED = /\s\((?![A-Z.]{2,8}\))[^()]+\)/g;

/** "The Iranian delegation headed by ...": who leads a delegation, said in passing (not "is led by"). */
const LED_BY = /\b(?:delegations?|team|side)(,?)\s(?:led|headed|chaired)\s+by\s/g;
/** How far past "led by" the leader's name may end ("Deputy Foreign Minister Hossein Jaberi Ansari"). */
const LEADER_REACH = 90;

function spansOf(pattern: RegExp, text: string): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** "headed by Deputy Foreign Minister Hossein Jaberi Ansari": up to the end of the first person named. */
function ledBy(sentence: Sentence, mentions: readonly Mention[]): Span[] {
  const text = sentence.text;
  return [...text.matchAll(LED_BY)].flatMap((m) => {
    const start = m.index + m[0].indexOf(m[1] ? ',' : ' ');
    const from = m.index + m[0].length;
    const leader = mentions.find(
      (p) => p.type === 'Person' && p.start - sentence.start >= from && p.end - sentence.start <= from + LEADER_REACH,
    );
    if (!leader) return [];
    const end = leader.end - sentence.start;
    return [{ start, end: m[1] && text[end] === ',' && !/^,\s+[A-Z]/.test(text.slice(end)) ? end + 1 : end }];
  });
}

/** The asides of a sentence, in order and not overlapping; a relative's closing comma goes with it. */
function asides(sentence: Sentence, mentions: readonly Mention[]): Span[] {
  const text = sentence.text;
  // "Turkey, which backs the opposition, and Russia": the closing comma goes too; before a name
  // ("..., AA reported") it stays.
  const relatives = spansOf(RELATIVE, text).map((s) =>
    text[s.end] === ',' && !/^,\s+[A-Z]/.test(text.slice(s.end)) ? { ...s, end: s.end + 1 } : s,
  );
  const all = [...relatives, ...ledBy(sentence, mentions), ...spansOf(DASHED, text), ...spansOf(BRACKETED, text)].sort(
    (a, b) => a.start - b.start,
  );
  const kept: Span[] = [];
  for (const span of all) if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  return kept;
}

/** Text and origins from pieces of the sentence (spans) and added words (strings). */
function compose(sentence: Sentence, pieces: readonly (Span | string)[]): SentenceVariant {
  let text = '';
  const origin: number[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      origin.push(...Array.from(piece, () => -1));
    } else {
      text += sentence.text.slice(piece.start, piece.end);
      for (let i = piece.start; i < piece.end; i++) origin.push(i);
    }
  }
  return { sentence, text, origin };
}

/** The sentence with every aside cut, and an ended sentence kept ended. */
function withoutAsides(sentence: Sentence, cut: readonly Span[]): SentenceVariant {
  const pieces: Span[] = [];
  let at = 0;
  for (const span of cut) {
    pieces.push({ start: at, end: span.start });
    at = span.end;
  }
  pieces.push({ start: at, end: sentence.text.length });
  return compose(
    sentence,
    pieces.filter((p) => p.end > p.start),
  );
}

/** ", AA reported." ending a sentence: who says it, which a relative clause read alone keeps. */
const SPEAKER_TAIL = /,\s+(?:[\w'’.-]+\s+){1,6}(?:said|says|reported|reports|added|told\s+[\w'’.-]+)[.!]?["”]?$/;
/** "Russia, which were rejected": a plural verb does not agree with one name, so names no antecedent. */
const PLURAL_VERB = /^(?:are|were|have|do)\b/;
/** "Tehran, which it sees as": the name is the clause's object, not its subject. */
const OWN_SUBJECT = /^(?:it|he|she|they|we|i|you|the|a|an|its|his|her|their|our|this|these|[A-Z])/;

/**
 * The mention ending at `end` and the names listed before it ("Russia and Iran", "A, B and C"),
 * none before `floor` (the aside before); a negative end marks one name alone.
 */
function antecedentOf(sentence: Sentence, end: number, floor: number, mentions: readonly Mention[]): Span | null {
  const at = (to: number): Mention | undefined =>
    mentions.find((m) => m.end - sentence.start === to && !m.possessive && !m.demonym);
  const last = at(end);
  if (!last) return null;
  let start = last.start - sentence.start;
  let single = true;
  for (;;) {
    const joint = /(?:,\s+|,?\s+and\s+)$/.exec(sentence.text.slice(0, start));
    const before = joint ? at(joint.index) : undefined;
    if (!joint || !before || before.start - sentence.start < floor) break;
    start = before.start - sentence.start;
    single = false;
  }
  return { start, end: single ? -end : end };
}

/**
 * "Turkey, which backs the opposition," -> "Turkey backs the opposition.": the names that end at
 * the relative's comma are the clause's subject, and a trailing speaker (", AA reported") goes
 * with it. Null when no name ends there.
 */
function relativeClause(
  sentence: Sentence,
  span: Span,
  floor: number,
  mentions: readonly Mention[],
): SentenceVariant | null {
  const found = antecedentOf(sentence, span.start, floor, mentions);
  const pronoun = /^,\s+(?:which|who|whom)\s/.exec(sentence.text.slice(span.start, span.end));
  if (!found || !pronoun) return null;
  const body = { start: span.start + pronoun[0].length, end: span.end };
  const rest = sentence.text.slice(body.start);
  if (OWN_SUBJECT.test(rest) || (found.end < 0 && PLURAL_VERB.test(rest))) return null;
  const words = sentence.text.slice(body.start, body.end).replace(/[\s,.!?"”]+$/, '');
  const tail = SPEAKER_TAIL.exec(sentence.text.slice(span.end));
  return compose(sentence, [
    { start: found.start, end: Math.abs(found.end) },
    ' ',
    { start: body.start, end: body.start + words.length },
    ...(tail ? [{ start: span.end + tail.index, end: sentence.text.length }] : ['.']),
  ]);
}

/** The variants worth parsing for a sentence and its mentions; none when it has no aside. */
export function sentenceVariants(sentence: Sentence, mentions: readonly Mention[]): SentenceVariant[] {
  const cut = asides(sentence, mentions);
  if (cut.length === 0) return [];
  const clauses = cut
    .map((span, i) =>
      sentence.text[span.start] === ',' ? relativeClause(sentence, span, cut[i - 1]?.end ?? 0, mentions) : null,
    )
    .filter((v): v is SentenceVariant => v !== null);
  return [withoutAsides(sentence, cut), ...clauses];
}

/**
 * The sentence's mentions placed on the variant (offsets from `sentence.start`, as a sentence's
 * mentions are): those the variant keeps whole; the others (inside a cut aside) are left out.
 */
export function mentionsOn(variant: SentenceVariant, mentions: readonly Mention[]): Mention[] {
  const base = variant.sentence.start;
  const at = new Map<number, number>();
  variant.origin.forEach((from, i) => {
    if (from >= 0 && !at.has(from)) at.set(from, i);
  });
  const place = (m: Mention): Mention | null => {
    const start = at.get(m.start - base);
    if (start === undefined) return null;
    const length = m.end - m.start;
    for (let i = 0; i < length; i++) if (variant.origin[start + i] !== m.start - base + i) return null;
    return { ...m, start: base + start, end: base + start + length };
  };
  return mentions.flatMap((m) => {
    const placed = place(m);
    if (!placed) return [];
    return [m.parts ? { ...placed, parts: m.parts.map(place).filter((p): p is Mention => p !== null) } : placed];
  });
}

/** The variant as a sentence the relation rules read: the original's index, its own text. */
export function asSentence(variant: SentenceVariant): Sentence {
  const { index, start } = variant.sentence;
  return { index, start, end: start + variant.text.length, text: variant.text };
}
