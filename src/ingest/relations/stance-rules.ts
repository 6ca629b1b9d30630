/** Stances said by a predicate: "called the congress a sham", "is against the talks", "was critical of the plan". */
import { ACTOR, type Types } from './argument-types.ts';
import type { Found } from './found.ts';
import type { Reading } from './reading.ts';
import { verdict } from './stance-clauses.ts';
import { PLAN } from './word-classes.ts';

/** What a judgement is passed on: not actors (branding an actor is its own rule). */
const JUDGED: Types = ['Meeting', 'Document', 'Position'];
/** The verbs that name their object with a second predicate: "called the congress a farce". */
const NAMING = new Set(['call', 'describe', 'term', 'dub', 'label', 'brand', 'deem', 'consider', 'see', 'view']);

/**
 * "The SNC called the Sochi congress a farce", "Lavrov described the talks as successful": who
 * names a meeting, a document or a position good or bad takes that stance on it (the parser hangs
 * the predicate as `xcomp`, `obl:as`, or a bare `dep` on the object).
 */
export function namingVerdictRules(r: Reading, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (!NAMING.has(r.lemma(v)) || r.hypothetical(v)) continue;
    const objects = r.child(v, 'obj');
    const predicates = [
      ...r.child(v, 'xcomp'),
      ...r.child(v, 'obl:as'),
      ...objects.flatMap((o) => r.child(o, 'dep')),
    ].filter((p) => !objects.includes(p));
    for (const p of predicates) {
      const type = verdict(r, p);
      if (!type) continue;
      // "called the congress a farce": the object; "called it a farce": xcomp's own subject when the parser gives one.
      const judged = [...objects, ...r.child(p, 'nsubj')].flatMap((i) => r.entities(i, JUDGED));
      for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
        for (const t of judged)
          found.push({ source: s, type, target: t, rule: 'naming-verdict', negated: r.negated(v) });
    }
  }
}

/** "is critical of", "is hostile to", "is supportive of": adjectives of a stance, and where its object hangs. */
const STANCE_ADJECTIVES: Record<string, { type: 'SUPPORTS' | 'OPPOSES'; cases: readonly string[] }> = {
  critical: { type: 'OPPOSES', cases: ['obl:of', 'nmod:of'] },
  skeptical: { type: 'OPPOSES', cases: ['obl:of', 'nmod:of', 'obl:about'] },
  sceptical: { type: 'OPPOSES', cases: ['obl:of', 'nmod:of', 'obl:about'] },
  hostile: { type: 'OPPOSES', cases: ['obl:to', 'nmod:to'] },
  supportive: { type: 'SUPPORTS', cases: ['obl:of', 'nmod:of'] },
};

/**
 * "The SNC is against the Sochi congress", "Turkey was critical of the plan", "Iran is in favour of
 * the talks" (the verb rules have that one): a copula's predicate that states a stance on its object.
 */
export function predicateStanceRules(r: Reading, found: Found[]): void {
  for (let p = 1; p <= r.parse.tokens.length; p++) {
    if (r.child(p, 'cop').length === 0) continue;
    const against = r.child(p, 'case').some((c) => r.lemma(c) === 'against');
    const adjective = STANCE_ADJECTIVES[r.lemma(p)];
    const targets = against
      ? r.entities(p, JUDGED)
      : (adjective?.cases ?? []).flatMap((c) => r.child(p, c)).flatMap((i) => r.entities(i, JUDGED));
    const type = against ? 'OPPOSES' : adjective?.type;
    if (!type) continue;
    for (const s of r.child(p, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
      for (const t of targets)
        found.push({ source: s, type, target: t, rule: 'predicate-stance', negated: r.negated(p) });
  }
}

/** What is hoped: "hopes for", "expressed hope that", "is hopeful that". */
const HOPE = new Set(['hope', 'hopeful']);

/**
 * "Sabra hopes for the meeting to achieve positive results", "he expressed hope that the talks will
 * succeed", "is hopeful the congress can end the war": who hopes a meeting, a document or a position
 * does well supports it (what the hope is for, or the subject of the clause hoped).
 */
export function hopeRules(r: Reading, found: Found[]): void {
  for (let h = 1; h <= r.parse.tokens.length; h++) {
    if (!HOPE.has(r.lemma(h)) || r.mentionAt[h]) continue;
    const verb = r.isVerb(h);
    // The noun is its expresser's ("expressed hope", "voiced the hope"); the verb and the adjective their subject's.
    const holders =
      verb || r.child(h, 'cop').length > 0
        ? r.child(h, 'nsubj')
        : r.in[h]!.filter((d) => d.rel === 'obj').flatMap((d) => r.child(d.gov, 'nsubj'));
    const clauses = [...r.child(h, 'ccomp'), ...r.child(h, 'acl'), ...r.child(h, 'xcomp'), ...r.children(h, 'advcl')];
    const hoped = [
      ...['obl:for', 'nmod:for'].flatMap((c) => r.child(h, c)),
      ...clauses.flatMap((c) => [...r.child(c, 'nsubj'), ...r.child(c, 'nsubj:pass')]),
    ].flatMap((i) => r.entities(i, JUDGED));
    for (const s of holders.flatMap((i) => r.entities(i, ACTOR)))
      for (const t of hoped)
        found.push({ source: s, type: 'SUPPORTS', target: t, rule: 'hope', negated: r.negated(h) });
  }
}

/** Nouns of a stance one can receive, and the stance: "drew criticism from", "won the backing of". */
const RECEIVED_STANCES: Record<string, 'SUPPORTS' | 'OPPOSES'> = {
  support: 'SUPPORTS',
  backing: 'SUPPORTS',
  endorsement: 'SUPPORTS',
  approval: 'SUPPORTS',
  blessing: 'SUPPORTS',
  praise: 'SUPPORTS',
  criticism: 'OPPOSES',
  opposition: 'OPPOSES',
  suspicion: 'OPPOSES',
  skepticism: 'OPPOSES',
  scepticism: 'OPPOSES',
  rejection: 'OPPOSES',
  condemnation: 'OPPOSES',
  objection: 'OPPOSES',
  resistance: 'OPPOSES',
  hostility: 'OPPOSES',
  scorn: 'OPPOSES',
};

/** Verbs by which a meeting or a plan gets a stance: "received", "drew", "faced", "was met with". */
const RECEIVE = new Set([
  'receive',
  'get',
  'win',
  'gain',
  'garner',
  'earn',
  'enjoy',
  'draw',
  'attract',
  'face',
  'encounter',
  'meet',
  'greet',
]);

/**
 * "The Sochi congress drew criticism from the opposition", "the plan was met with suspicion by the
 * UN", "the talks have won the backing of Turkey": who gives the stance a meeting, a document or a
 * position receives takes it (the receiver is the verb's subject; the giver hangs "from", "by", "of"
 * on the noun or the verb).
 */
export function receivedStanceRules(r: Reading, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (!RECEIVE.has(r.lemma(v)) || r.hypothetical(v)) continue;
    // "drew criticism", "was met with suspicion", "was greeted with scepticism".
    // The noun may be read as a name ("opposition"); a giver named with it makes it the stance.
    const nouns = [...r.child(v, 'obj'), ...r.child(v, 'obl:with')].filter((n) => RECEIVED_STANCES[r.lemma(n)]);
    const subjects = [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:pass')];
    // "Moscow's plan to hold a congress drew criticism": a stance on the plan is on what it would
    // convene. The parser may make the plan's clause the subject (`csubj`), or the verb a `dep` of it.
    const clauses = [
      ...subjects.filter((i) => PLAN.has(r.lemma(i))).flatMap((i) => [...r.child(i, 'acl'), ...r.child(i, 'acl:to')]),
      ...r.child(v, 'csubj'),
      ...(subjects.length > 0
        ? []
        : r.in[v]!.filter((d) => d.rel === 'dep' && r.child(d.gov, 'nsubj').some((i) => PLAN.has(r.lemma(i)))).map(
            (d) => d.gov,
          )),
    ];
    const planned = clauses.flatMap((a) => r.child(a, 'obj'));
    const receivers = [...subjects, ...planned].flatMap((i) => r.entities(i, JUDGED));
    for (const n of nouns) {
      const givers = [
        ...['nmod:from', 'nmod:by', 'nmod:of', 'nmod:poss', 'nmod:among'].flatMap((c) => r.child(n, c)),
        ...['obl:from', 'obl:by', 'obl:agent', 'obl:among'].flatMap((c) => r.child(v, c)),
      ].flatMap((i) => r.entities(i, ACTOR));
      for (const s of givers)
        for (const t of receivers)
          found.push({
            source: s,
            type: RECEIVED_STANCES[r.lemma(n)]!,
            target: t,
            rule: 'received-stance',
            negated: r.negated(v),
          });
    }
  }
}
