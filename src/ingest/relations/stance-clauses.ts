/** Clauses and words that state a stance or a demand: verdicts, "the importance of", "refuses to", "as demanded". */
import type { Mention } from '../types.ts';
import type { Types } from './argument-types.ts';
import type { Reading } from './reading.ts';
import { REFUSE } from './word-classes.ts';

/** Words that judge what they are said of: "successful", "an important step"; "a failure", "a sham". */
const PRAISE = new Set([
  'success',
  'successful',
  'important',
  'positive',
  'productive',
  'constructive',
  'fruitful',
  'useful',
  'significant',
  'historic',
  'breakthrough',
  'essential',
  'crucial',
  'vital',
]);
const BLAME = new Set([
  'failure',
  'sham',
  'farce',
  'flop',
  'useless',
  'futile',
  'pointless',
  'meaningless',
  'illegitimate',
  'unacceptable',
  'illegal',
  'invalid',
]);
/** What is worked for: "efforts to unify the opposition", "a plan to hold the congress". */
// "welcomed the decision to hold the congress", "rejected the idea of talks in Sochi".
export const EFFORT = new Set(['effort', 'initiative', 'plan', 'proposal', 'bid', 'push', 'decision', 'idea', 'move']);
/** "an attempt to undermine": the acts that make an attempt a blame. */
const ATTEMPT = new Set(['attempt', 'bid', 'effort', 'ploy', 'plot']);
export const SUBVERT = new Set([
  'undermine',
  'bypass',
  'sabotage',
  'sideline',
  'circumvent',
  'hijack',
  'replace',
  'derail',
]);

/** The stance a predicate (a copula's head: "was successful", "is an important step") takes on its subject. */
export function verdict(r: Reading, c: number): 'SUPPORTS' | 'OPPOSES' | null {
  const words = [c, ...r.child(c, 'amod')].map((i) => r.lemma(i));
  if (words.some((w) => BLAME.has(w))) return 'OPPOSES';
  if (ATTEMPT.has(r.lemma(c)) && r.children(c, 'acl').some((a) => SUBVERT.has(r.lemma(a)))) return 'OPPOSES';
  return words.some((w) => PRAISE.has(w)) ? 'SUPPORTS' : null;
}

/** "is opposed to", "is committed to": participles that state a stance on what follows "to". */
export const STANCE_PARTICIPLES: Record<string, 'SUPPORTS' | 'OPPOSES'> = {
  oppose: 'OPPOSES',
  commit: 'SUPPORTS',
  dedicate: 'SUPPORTS',
};
/** "stressed the importance of", "underlined the need for": what makes a thing matter. */
export const STRESS = new Set(['underline', 'underscore', 'highlight', 'emphasize', 'emphasise', 'stress']);
export const WORTH = new Set(['importance', 'need', 'necessity', 'significance']);
export const WORTHY: Types = ['Meeting', 'Document', 'Position'];

/** The verbs that demand what their clause says: "called on X to", "urged X to", "demanded that". */
export const DEMAND_CLAUSE = new Set(['demand', 'call', 'urge', 'insist', 'press', 'ask', 'request']);

/** Verbs whose object is a topic: "insisted that the transition be discussed" demands a discussion. */
const TOPIC_VERBS = new Set(['discuss', 'debate', 'negotiate', 'address', 'consider', 'examine', 'study']);

/** The positions (or other types) stated in the phrases headed by `heads` (their whole subtrees, but no topic of talks). */
export function positionsUnder(r: Reading, heads: number[], types: Types = ['Position']): Mention[] {
  const seen = new Set<number>();
  const grow = (i: number): void => {
    if (seen.has(i) || TOPIC_VERBS.has(r.lemma(i))) return;
    seen.add(i);
    for (const d of r.out[i] ?? []) if (d.rel !== 'punct') grow(d.dep);
  };
  heads.forEach(grow);
  return [...new Set([...seen].map((i) => r.mentionAt[i]).filter((m): m is Mention => !!m && types.includes(m.type)))];
}

/** The verbs of demanding, for "as the rebels have demanded". */
export const DEMAND = new Set(['demand', 'call', 'urge', 'insist', 'seek', 'want']);
/** "unwilling to", "reluctant to"; and readiness, which "not" or "far from" denies. */
const UNWILLING = new Set(['unwilling', 'reluctant']);
const READY = new Set(['ready', 'willing', 'prepared']);

/** Whether the clause of verb `v` is something its subject will not do: refused, unwilling, not ready. */
export function unwilling(r: Reading, v: number): boolean {
  // The parser may hang the infinitive on an adjective as a bare `dep` ("unwilling to negotiate").
  const governors = r.in[v]!.filter((d) => d.rel === 'xcomp' || d.rel === 'dep').map((d) => d.gov);
  const far = (i: number): boolean =>
    [...r.child(i, 'case'), ...r.child(i, 'advmod')].some((f) => r.lemma(f) === 'far');
  return (
    governors.some((g) => REFUSE.has(r.lemma(g)) || UNWILLING.has(r.lemma(g))) ||
    governors.some((g) => READY.has(r.lemma(g)) && (r.negated(g) || far(g))) ||
    // "far from ready to negotiate" may also come as "far" on the verb, with "from ready" on it.
    r.child(v, 'advmod').some((f) => r.lemma(f) === 'far' && r.children(f, 'advcl').some((a) => READY.has(r.lemma(a))))
  );
}

/** Who does (or will not do) what verb `v` says: its subject, or the subject of the clause it completes. */
export function controller(r: Reading, v: number): number[] {
  const seen = new Set<number>();
  for (let i: number | undefined = v; i !== undefined && !seen.has(i);) {
    seen.add(i);
    const subjects = [...r.child(i, 'nsubj'), ...r.child(i, 'nsubj:xsubj')];
    if (subjects.length > 0) return subjects;
    i = r.in[i]!.find((d) => d.rel === 'xcomp' || d.rel === 'dep')?.gov;
  }
  return [];
}

/**
 * The positions verb `v` states: the one its own words are in ("negotiate with foes"), and those
 * "let alone" adds ("let alone step down").
 */
export function positionsAt(r: Reading, v: number): Mention[] {
  const letAlone = r
    .children(v, 'dep')
    .filter((l) => r.lemma(l) === 'let' && r.child(l, 'fixed').some((a) => r.lemma(a) === 'alone'));
  const tokens = [v, ...letAlone.flatMap((l) => [...r.children(l, 'obl'), ...r.child(l, 'dep')])];
  return [...new Set(tokens.map((i) => r.mentionAt[i]).filter((m): m is Mention => m?.type === 'Position'))];
}
