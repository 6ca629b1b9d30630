/**
 * Position phrases.
 *
 * What a stance is taken on where the lexicon has no cue for it, named once by a noun phrase:
 * "Russia welcomed the Saudi efforts to unify the opposition", "Russia and Syria reject 'big
 * conditions' demanded by rebels", "the SNC insists on a federal system", "its participation was
 * blocked by Turkey". Read from the parse: the object of a verb of stance or demand (or its passive
 * subject, or the noun its participle qualifies) when an actor the sentence names holds the stance.
 * A phrase is a position only there: the report treats it as a thing actors take sides on. Its
 * words, without relative clauses, appositions, lists or the participle of the stance, name the
 * Position (a list of names, an agreement, a memorandum: a Document); the mention covers the head
 * word only, so the names inside the phrase stay mentions of their own. The stance itself is the
 * verb rules' (relations/verb-table.ts), which read these mentions as any other.
 */
import type { ParsedSentence, ParsedToken } from '../nlp/parser.ts';
import { ACTOR, type Types } from './relations/argument-types.ts';
import { FORMING, stanceNounCases } from './relations/noun-rules.ts';
import { VERBS } from './relations/verb-table.ts';
import { foldPhrase } from './tokens.ts';
import type { Mention, Sentence } from './types.ts';

/** Where a verb of stance hangs what it is on: the verb table's stances that may be on a position. */
const STANCE_SLOTS = new Map<string, string[]>();
for (const rule of VERBS.filter((v) => v.target.includes('Position') && !v.object))
  for (const lemma of rule.lemmas) STANCE_SLOTS.set(lemma, [...(STANCE_SLOTS.get(lemma) ?? []), ...rule.targets]);
// "called for a ceasefire" (the demand rules read the clause after "call" too).
STANCE_SLOTS.set('call', ['obl:for']);

/**
 * Heads that name actors, meetings or nothing in particular, and the aims every side claims ("a
 * political solution", "peace and stability"): never a position of their own.
 */
const NOT_POSITIONS = new Set([
  'solution',
  'settlement',
  'peace',
  'stability',
  'people',
  'person',
  'civilian',
  'group',
  'country',
  'state',
  'nation',
  'side',
  'force',
  'government',
  'regime',
  'party',
  'member',
  'delegation',
  'delegate',
  'official',
  'leader',
  'representative',
  'rebel',
  'fighter',
  'militant',
  'opposition',
  'ally',
  'army',
  'talk',
  'talks',
  'meeting',
  'conference',
  'congress',
  'negotiation',
  'round',
  'summit',
  'process',
  'session',
  'dialogue',
  'forum',
  'track',
  'platform',
  'statement',
  'remark',
  'comment',
  'report',
  'claim',
  'accusation',
  'allegation',
  'invitation',
  'role',
  'way',
  'thing',
  'one',
  'all',
  'action',
  'position',
  'stance',
  'view',
  'approach',
  'policy',
  'offer',
  'suggestion',
  'outcome',
  'result',
  'document',
  'text',
  'attack',
  'offensive',
  'operation',
  'war',
  'time',
  'day',
  'week',
  'month',
  'year',
]);
/** Heads that name a document: "a list of participants submitted by Russia", "the memorandum". */
const DOCUMENT_HEADS = new Set([
  'list',
  'memorandum',
  'communique',
  'communiqué',
  'declaration',
  'accord',
  'treaty',
  'roadmap',
  'charter',
]);
/** Edges that leave the phrase: clauses about it, lists, asides. */
const OUTSIDE = new Set(['acl:relcl', 'appos', 'conj', 'cc', 'parataxis', 'advcl', 'dep', 'punct', 'ref']);
const MAX_WORDS = 14;
const OBLIGE = new Set(['have', 'need']);
/** "the proposal on Monday": a date the parser hangs on the noun is the stance's, not the phrase's. */
const TIME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|day|morning|evening|night)$/i;
/** A phrase that holds one of these is read by its name (the lexicon's, a meeting's). */
const NAMED_THINGS: Types = ['Meeting', 'Document', 'Position'];

interface Tree {
  out: { rel: string; dep: number }[][];
  inn: { rel: string; gov: number }[][];
}

function treeOf(parse: ParsedSentence): Tree {
  const n = parse.tokens.length;
  const out: Tree['out'] = Array.from({ length: n + 1 }, () => []);
  const inn: Tree['inn'] = Array.from({ length: n + 1 }, () => []);
  for (const d of parse.deps) {
    out[d.gov]?.push({ rel: d.rel, dep: d.dep });
    inn[d.dep]?.push({ rel: d.rel, gov: d.gov });
  }
  return { out, inn };
}

const child = (t: Tree, i: number, rel: string): number[] =>
  (t.out[i] ?? []).filter((d) => d.rel === rel).map((d) => d.dep);

/** The words of a stance, which make a sentence with one name worth parsing for a position phrase. */
const STANCE_WORDS =
  /\b(?:support|back|endorse|welcome|favou?r|prais|hail|approv|advocat|champion|uphold|oppos|reject|condemn|denounc|critici[sz]|dismiss|resist|veto|block|demand|request|call(?:s|ed|ing)? for|press(?:es|ed|ing)? for|push(?:es|ed|ing)? for|insist|agree(?:s|d|ing)? to|object|warn(?:s|ed|ing)? against)/i;

/** Whether a sentence that names an actor may take sides on a phrase (and so should be parsed). */
export function mayTakeSides(sentence: Sentence, mentions: readonly Mention[]): boolean {
  return (
    STANCE_WORDS.test(sentence.text) && mentions.some((m) => m.sentence === sentence.index && ACTOR.includes(m.type))
  );
}

/**
 * Noun phrases the sentence takes sides on, as Position (or Document) mentions of their head word,
 * named by the phrase; `mentions` are the sentence's names, which a phrase may hold but not be.
 */
export function positionPhrases(sentence: Sentence, parse: ParsedSentence, mentions: readonly Mention[]): Mention[] {
  const tokens = parse.tokens;
  if (tokens.length === 0) return [];
  const t = treeOf(parse);
  const at = (i: number): Mention | undefined => {
    const tok = tokens[i - 1]!;
    const start = sentence.start + tok.start;
    const end = sentence.start + tok.end;
    return mentions.find((m) => m.start < end && start < m.end);
  };
  const lemma = (i: number): string => tokens[i - 1]!.lemma.toLowerCase();
  const isVerb = (i: number): boolean => tokens[i - 1]!.pos.startsWith('VB');
  /** An actor named at `i` or by a word on it ("the Turkish side", "representatives of France"). */
  const actorAt = (i: number): boolean =>
    [i, ...(t.out[i] ?? []).map((d) => d.dep)].some((j) => {
      const m = at(j);
      return !!m && ACTOR.includes(m.type);
    });
  const holders = (v: number): number[] => {
    const own = [...['nsubj', 'nsubj:xsubj'].flatMap((r) => child(t, v, r)), ...agents(v)];
    if (own.length > 0) return own;
    // "is determined to support", "wants to block": the subject of the clause it completes.
    return (t.inn[v] ?? []).filter((d) => d.rel === 'xcomp').flatMap((d) => child(t, d.gov, 'nsubj'));
  };
  /** "rejected by Russia", "conditions demanded by rebels" (a participle's "by" may be left plain). */
  const agents = (v: number): number[] => [
    ...child(t, v, 'obl:agent'),
    ...(tokens[v - 1]!.pos === 'VBN' ? child(t, v, 'obl:by') : []),
  ];
  const objects: number[] = [];
  /** "would have to be approved by", "needs to be endorsed": what a stance is owed, not one taken. */
  const owed = (v: number): boolean =>
    (t.inn[v] ?? []).some((d) => d.rel === 'xcomp' && OBLIGE.has(lemma(d.gov))) ||
    (child(t, v, 'aux').some((a) => OBLIGE.has(lemma(a))) && child(t, v, 'mark').some((m) => lemma(m) === 'to'));
  for (let v = 1; v <= tokens.length; v++) {
    if (!isVerb(v) || owed(v) || !holders(v).some(actorAt)) continue;
    const slots = STANCE_SLOTS.get(lemma(v)) ?? [];
    const heads = slots.flatMap((r) => child(t, v, r));
    // "was rejected by Turkey"; "'big conditions' demanded by rebels": the noun a participle of stance qualifies.
    if (slots.includes('obj') && agents(v).length > 0)
      heads.push(
        ...child(t, v, 'nsubj:pass'),
        ...(t.inn[v] ?? []).filter((d) => d.rel === 'acl' || d.rel === 'amod').map((d) => d.gov),
      );
    for (const h of heads) objects.push(h, ...child(t, h, 'conj'));
  }
  // "Russia's support for", "expressed their rejection of", "Turkish objections to": a stance's noun.
  for (let n = 1; n <= tokens.length; n++) {
    const cases = stanceNounCases(tokens[n - 1]!.word.toLowerCase());
    const owners = [
      ...['nmod:poss', 'nmod:by', 'nmod:from', 'amod', 'compound'].flatMap((r) => child(t, n, r)),
      ...(t.inn[n] ?? []).filter((d) => d.rel === 'obj').flatMap((d) => child(t, d.gov, 'nsubj')),
    ];
    // "the opposition": a word the entity finder took for a name is the act where it is someone's.
    if (cases.length === 0 || (at(n) && child(t, n, 'nmod:poss').length === 0) || !owners.some(actorAt)) continue;
    for (const h of cases.flatMap((c) => child(t, n, c))) objects.push(h, ...child(t, h, 'conj'));
  }
  const out: Mention[] = [];
  for (const h of new Set(objects)) {
    const phrase = phraseOf(t, h, tokens);
    if (!phrase || at(h) || phrase.some((i) => NAMED_THINGS.includes(at(i)?.type ?? 'Place'))) continue;
    const head = lemma(h);
    // "the formation of a committee" is the committee's (the nominal rules read it so).
    if (!/^NNS?$/.test(tokens[h - 1]!.pos) || NOT_POSITIONS.has(head) || FORMING.has(head)) continue;
    const first = tokens[phrase[0]! - 1]!;
    const last = tokens[phrase[phrase.length - 1]! - 1]!;
    const name = sentence.text
      .slice(first.start, last.end)
      .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
      .trim();
    const type = DOCUMENT_HEADS.has(head) ? 'Document' : 'Position';
    const word = tokens[h - 1]!;
    out.push({
      start: sentence.start + word.start,
      end: sentence.start + word.end,
      sentence: sentence.index,
      text: word.word,
      entityId: `new:${type}:${foldPhrase(name)}`,
      type,
      source: 'pattern',
      possessive: false,
      name,
    });
  }
  return out;
}

/**
 * The tokens of the noun phrase headed by `h`, in order and without a leading determiner, or null
 * when it is one word (a bare "the ceasefire" points back, or is too vague to name), too long to be
 * a name, or not one stretch of words (commas and "and" of a list inside it aside).
 */
function phraseOf(t: Tree, h: number, tokens: readonly ParsedToken[]): number[] | null {
  const pos = (i: number): string => tokens[i - 1]!.pos;
  const under = (keep: (rel: string, i: number, dep: number) => boolean): Set<number> => {
    const seen = new Set<number>();
    const grow = (i: number): void => {
      if (seen.has(i)) return;
      seen.add(i);
      for (const d of t.out[i] ?? []) if (keep(d.rel, i, d.dep)) grow(d.dep);
    };
    grow(h);
    return seen;
  };
  // A participle after the noun is the stance's own ("demanded by rebels"), not its name; the
  // head's preposition is the verb's ("called for"); what the noun tries to do is its name ("the
  // efforts to unify the opposition", which the parser may hang on the verb).
  const words = [
    ...new Set([
      ...under(
        (rel, i, dep) =>
          !OUTSIDE.has(rel) &&
          !(dep > h && pos(dep) === 'VBN' && rel.startsWith('a')) &&
          !(i === h && rel === 'case') &&
          !(rel.startsWith('nmod') && TIME.test(tokens[dep - 1]!.word)) &&
          rel !== 'ref',
      ),
      ...t.inn[h]!.filter((d) => d.rel === 'nsubj:xsubj' && d.gov > h).flatMap((d) => [...subtree(t, d.gov)]),
    ]),
  ].sort((a, b) => a - b);
  const all = new Set([...under(() => true), ...words]);
  while (words.length > 0 && /^(?:DT|``|''|,|-LRB-)$/.test(pos(words[0]!))) words.shift();
  while (words.length > 0 && /^(?:``|''|,|-RRB-|POS)$/.test(pos(words[words.length - 1]!))) words.pop();
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  for (let i = first; i <= last; i++) if (!all.has(i)) return null;
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/** The words under `i` (a clause the phrase's noun is the subject of). */
function subtree(t: Tree, i: number, seen = new Set<number>()): Set<number> {
  if (seen.has(i)) return seen;
  seen.add(i);
  for (const d of t.out[i] ?? []) if (!['punct', 'ref', 'nsubj:xsubj'].includes(d.rel)) subtree(t, d.dep, seen);
  return seen;
}
