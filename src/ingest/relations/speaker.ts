/** Who says a sentence: "X said", "according to X". */
import type { Mention, Sentence } from '../types.ts';
import { ACTOR } from './argument-types.ts';
import { phrase, phraseTokens, type Reading } from './reading.ts';
import { SAY } from './word-classes.ts';

export const ACCORDING = /\baccording to ((?:[\w'’-]+ ?){1,6})/i;

export interface Speaker {
  mention: Mention | null;
  words: string;
  head: number;
}

/**
 * Who makes the sentence's claims: the subject of "said" (or its body, for "a spokeswoman for"),
 * or who it is "according to" ("he said" is resolved by coreference).
 */
export function speakerOf(r: Reading, sentence: Sentence): Speaker | null {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (!SAY.has(r.lemma(v))) continue;
    const trailing = trailingSpeaker(r, v);
    if (
      r.child(v, 'ccomp').length === 0 &&
      r.child(v, 'parataxis').length === 0 &&
      !r.in[v]!.some((d) => d.rel === 'parataxis') &&
      trailing === undefined
    )
      continue;
    const subject = r.child(v, 'nsubj')[0] ?? trailing;
    if (subject === undefined) continue;
    const mention =
      namedSpeaker(r, subject) ??
      r.entities(subject, ACTOR)[0] ??
      [...r.child(subject, 'nmod:for'), ...r.child(subject, 'nmod:of')].flatMap((i) => r.entities(i, ACTOR))[0] ??
      (/^(?:he|she)$/i.test(r.word(subject)) ? clausePerson(r, v) : null) ??
      null;
    return { mention, words: phrase(r, subject), head: v };
  }
  const according = ACCORDING.exec(sentence.text);
  if (!according) return null;
  // "according to National Coalition member Ahmad Ramadan": the person the words name, else the body.
  const from = sentence.start + according.index;
  const to = from + according[0].length;
  const named = r.mentions.filter((m) => m.start >= from && m.end <= to && ACTOR.includes(m.type) && !m.demonym);
  const mention = named.filter((m) => m.type === 'Person').pop() ?? named[0] ?? null;
  return { mention, words: according[1]!.trim().replace(/[,.]$/, ''), head: 0 };
}

/**
 * "head of the Russian delegation in Astana Alexander Lavrentiev said": the person named at the end
 * of the speaker's title, wherever the parser hung the name in it (here under "Astana", so the title
 * alone would give the delegation's state). Not a person after a preposition: "an aide to Lavrov"
 * is not Lavrov.
 */
function namedSpeaker(r: Reading, subject: number): Mention | undefined {
  const tokens = phraseTokens(r, subject);
  const last = r.mentionAt[tokens.at(-1)!];
  if (last?.type !== 'Person' || last.demonym) return undefined;
  const first = tokens.find((i) => r.mentionAt[i] === last)!;
  return first > 1 && /^(?:IN|TO|POS)$/.test(r.parse.tokens[first - 2]?.pos ?? '') ? undefined : last;
}

/**
 * "X will not participate in the congress in Sochi, the organization's leader Nasr al-Hariri said":
 * the parser may take the name for an apposition of the word before the comma and leave "said" a
 * bare `dep` of the claim; the actor named between that comma and "said" is its subject.
 */
function trailingSpeaker(r: Reading, v: number): number | undefined {
  if (!r.in[v]!.some((d) => d.rel === 'dep') || r.child(v, 'nsubj').length > 0) return undefined;
  const named = r.mentionAt[v - 1];
  if (!named || !ACTOR.includes(named.type) || named.demonym) return undefined;
  // Back over the name and its title ("the organization's leader"), with no verb, to the comma.
  let k = v - 1;
  while (k > 1 && v - k < 12 && !/^[,"”]$/.test(r.word(k)) && !r.isVerb(k)) k--;
  return /^[,"”]$/.test(r.word(k)) ? v - 1 : undefined;
}

/** "Hariri described the Commission's performance as positive as he stressed that ...": the person subject of the clause "he" hangs on. */
function clausePerson(r: Reading, v: number): Mention | null {
  for (
    let d = r.in[v]!.find((e) => /^(?:advcl|conj)/.test(e.rel));
    d;
    d = r.in[d.gov]!.find((e) => /^(?:advcl|conj)/.test(e.rel))
  ) {
    const person = r
      .child(d.gov, 'nsubj')
      .map((i) => r.mentionAt[i])
      .find((m) => m?.type === 'Person');
    if (person) return person;
  }
  return null;
}
