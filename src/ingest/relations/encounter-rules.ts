/**
 * Rules on meetings told in passing: a participle ("Lavrov, meeting Zarif, said"), talks with
 * someone that frame what the subject does ("said after talks with Zarif", "as part of its talks
 * with Turkey and Iran"), what is done together or to someone at a meeting ("agreed at a summit",
 * "handed de Mistura a list at a meeting"), whom a meeting brings together, a meeting of several.
 */
import type { Mention } from '../types.ts';
import { ACTOR, MEETING } from './argument-types.ts';
import type { Found, RuleName } from './found.ts';
import { UNDONE } from './participant-rules.ts';
import type { Reading } from './reading.ts';
import { JOINT, MEETING_HEADS, REFUSE, TAKE_PART, TALKS } from './word-classes.ts';

/** Verbs whose object is met: "meeting Zarif", "receiving Erdogan", "hosting the Iranian minister". */
const ENCOUNTER = new Set(['meet', 'receive', 'host']);
/** Where talks frame an act: "after talks with", "at a meeting with", "as part of its talks with". */
const FRAMES = /^obl:(?:after|before|following|during|at|in|as|ahead_of|on_sidelines_of)$/;
/** Possessive pronouns: "its talks with" are the subject's own (a named owner is the nominal rule's). */
const OWN = /^(?:its|his|her|their)$/i;

/** The subjects of verb `v`, or of the verb a subjectless adjunct hangs on ("Speaking after ..., Lavrov said"). */
function doers(r: Reading, v: number): number[] {
  const own = [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')];
  if (own.length > 0) return own;
  return r.in[v]!.filter((e) => e.rel === 'dep' || e.rel.startsWith('advcl')).flatMap((e) => r.child(e.gov, 'nsubj'));
}

function talksNoun(r: Reading, i: number): boolean {
  return TALKS.has(r.lemma(i)) || /^(?:negotiation|negotiations|meetings)$/.test(r.lemma(i));
}

/** The verb talks noun `n` frames, through "as part of": the clause's verb, else none. */
function framed(r: Reading, n: number): number | null {
  for (const e of r.in[n]!) {
    if (FRAMES.test(e.rel)) return e.gov;
    if (e.rel === 'nmod:of' && r.lemma(e.gov) === 'part') {
      const up = r.in[e.gov]!.find((d) => FRAMES.test(d.rel));
      if (up) return up.gov;
    }
  }
  return null;
}

/** Whether token `i` is a meeting: a named one, or a meeting noun ("at a summit", "at a meeting"). */
function meetingAt(r: Reading, i: number): boolean {
  return r.mentionAt[i]?.type === 'Meeting' || MEETING_HEADS.has(r.lemma(i)) || talksNoun(r, i);
}

/** Each of `actors` meets each other (a list may name one twice). */
export function meetEachOther(found: Found[], rule: RuleName, actors: Mention[], negated: boolean): void {
  const distinct = [...new Map(actors.map((m) => [m.entityId, m])).values()];
  for (const [k, a] of distinct.entries()) push(found, rule, [a], distinct.slice(k + 1), negated);
}

function push(found: Found[], rule: RuleName, sources: Mention[], targets: Mention[], negated: boolean): void {
  for (const s of sources)
    for (const t of targets)
      if (s.entityId !== t.entityId) found.push({ source: s, type: 'MEETS', target: t, rule, negated });
}

export function encounterRules(r: Reading, found: Found[]): void {
  for (let i = 1; i <= r.parse.tokens.length; i++) {
    if (r.hypothetical(i)) continue;
    atMeeting(r, i, found);
    broughtTogether(r, i, found);
    meetingOf(r, i, found);
    participle(r, i, found);
    framingTalks(r, i, found);
    meetingTitled(r, i, found);
    exchangedViews(r, i, found);
    phoned(r, i, found);
    sameTable(r, i, found);
  }
}

/**
 * "the government and the opposition agreed to sit down at the same table", "Russia and Turkey sat face
 * to face": those who sit together (or with someone) meet.
 */
function sameTable(r: Reading, v: number, found: Found[]): void {
  if (r.lemma(v) !== 'sit' || !r.isVerb(v)) return;
  const table = r
    .child(v, 'obl:at')
    .some((t) => r.lemma(t) === 'table' && r.child(t, 'amod').some((a) => r.lemma(a) === 'same'));
  const facing = ['obj', 'obl:to'].every((c) => r.child(v, c).some((f) => r.lemma(f) === 'face'));
  if (!table && !facing) return;
  const sides = doers(r, v).flatMap((s) => r.entities(s, ACTOR));
  const partners = r.child(v, 'obl:with').flatMap((w) => r.entities(w, ACTOR));
  const negated = r.negated(v);
  if (partners.length > 0) push(found, 'same-table', sides, partners, negated);
  else meetEachOther(found, 'same-table', sides, negated);
}

/** "Zarif phoned Lavrov", "Erdogan telephoned Putin": a call is talking, so the two meet (as "spoke by phone"). */
function phoned(r: Reading, v: number, found: Found[]): void {
  if (!/^(?:phone|telephone)$/.test(r.lemma(v)) || !r.isVerb(v)) return;
  const called = r.child(v, 'obj').flatMap((o) => r.entities(o, ACTOR));
  push(
    found,
    'phoned',
    doers(r, v).flatMap((s) => r.entities(s, ACTOR)),
    called,
    r.negated(v),
  );
}

/** What two sides exchange when they talk: "exchanged views on Syria". */
const VIEWS = new Set(['view', 'opinion', 'idea', 'assessment']);

/**
 * "Lavrov and Zarif exchanged views on Syria", "Lavrov exchanged opinions with Zarif": exchanging views
 * is talking, so who exchange them meet (each other, or whom they exchange them with).
 */
function exchangedViews(r: Reading, v: number, found: Found[]): void {
  if (r.lemma(v) !== 'exchange') return;
  const views = r.child(v, 'obj').filter((o) => VIEWS.has(r.lemma(o)));
  if (views.length === 0) return;
  const subjects = doers(r, v).flatMap((s) => r.entities(s, ACTOR));
  const partners = [...r.child(v, 'obl:with'), ...views.flatMap((o) => r.child(o, 'nmod:with'))].flatMap((w) =>
    r.entities(w, ACTOR),
  );
  if (partners.length > 0) push(found, 'exchanged-views', subjects, partners, r.negated(v));
  else meetEachOther(found, 'exchanged-views', subjects, r.negated(v));
}

/**
 * "Russia, Turkey and Iran agreed at a summit in Ankara": who act together at a meeting meet there;
 * "The ministers handed de Mistura their list at a meeting in Geneva": whom one gives something at
 * a meeting, one meets (whom one elects or names there need not be in the room).
 */
function atMeeting(r: Reading, v: number, found: Found[]): void {
  if (!r.child(v, 'obl:at').some((m) => meetingAt(r, m))) return;
  const subjects = doers(r, v).flatMap((s) => r.entities(s, ACTOR));
  if (JOINT.has(r.lemma(v))) meetEachOther(found, 'together-at', subjects, r.negated(v));
  const given = r.child(v, 'iobj').flatMap((o) => r.entities(o, ACTOR));
  push(found, 'together-at', subjects, given, r.negated(v));
}

/**
 * Whom verb `v` brings together, when it is a bringing together that happens: its objects ("the
 * delegation of the government and representatives of the rebels": each of a list); null for
 * another verb or one that would, could or is meant to bring sides together.
 */
export function bringsTogether(r: Reading, v: number): number[] | null {
  if (r.lemma(v) !== 'bring') return null;
  if (![...r.child(v, 'advmod'), ...r.child(v, 'compound:prt')].some((t) => r.lemma(t) === 'together')) return null;
  const planned =
    r.child(v, 'aux').some((a) => /^(?:would|could|may|might|to)$/i.test(r.word(a))) ||
    r.child(v, 'mark').some((m) => r.lemma(m) === 'to');
  if (planned) return null;
  return r.child(v, 'obj').flatMap((o) => [o, ...r.children(o, 'conj')]);
}

/**
 * "The talks bring together the government and the opposition", "The SNC is meeting, bringing
 * together representatives from Cairo and Moscow": those brought together meet, and meet who brings
 * them; a meeting that would bring sides together, or is meant to, is a plan, not a meeting held.
 */
function broughtTogether(r: Reading, v: number, found: Found[]): void {
  const brought = bringsTogether(r, v)?.flatMap((o) => r.entities(o, ACTOR)) ?? [];
  meetEachOther(found, 'brought-together', brought, r.negated(v));
  push(
    found,
    'brought-together',
    doers(r, v).flatMap((s) => r.entities(s, ACTOR)),
    brought,
    r.negated(v),
  );
}

/** "A meeting of Russia and Iran was held", "meetings of the opposition and the government": the several meet. */
function meetingOf(r: Reading, n: number, found: Found[]): void {
  if (!talksNoun(r, n) || r.mentionAt[n]) return;
  if (r.in[n]!.some((d) => r.negated(d.gov) || UNDONE.has(r.lemma(d.gov)))) return;
  meetEachOther(
    found,
    'meeting-of',
    r.child(n, 'nmod:of').flatMap((o) => r.entities(o, ACTOR)),
    false,
  );
}

/**
 * "Lavrov, meeting Zarif in Moscow, said": the participle is said of the noun it hangs on; "After
 * meeting Zarif, Lavrov said": the parser may read the gerund as a modifier of its object.
 */
function participle(r: Reading, v: number, found: Found[]): void {
  if (!ENCOUNTER.has(r.lemma(v)) || r.parse.tokens[v - 1]?.pos !== 'VBG' || r.negated(v)) return;
  const met = r.child(v, 'obj').flatMap((o) => r.entities(o, ACTOR));
  for (const e of r.in[v]!.filter((d) => d.rel === 'acl'))
    push(found, 'participle', r.entities(e.gov, ACTOR), met, false);
  const gerund = r.in[v]!.filter(
    (d) => d.rel === 'amod' && d.gov === v + 1 && /^(?:after|before)$/i.test(r.word(v - 1)),
  );
  for (const e of gerund)
    for (const g of r.in[e.gov]!.filter((d) => /^obl:(?:after|before)$/.test(d.rel)).map((d) => d.gov))
      push(
        found,
        'participle',
        doers(r, g).flatMap((s) => r.entities(s, ACTOR)),
        r.entities(e.gov, ACTOR),
        r.negated(g),
      );
}

/** "Lavrov said after talks with Zarif", "as part of its talks with Turkey and Iran": the subject meets them. */
function framingTalks(r: Reading, n: number, found: Found[]): void {
  if (!talksNoun(r, n)) return;
  const partners = r.child(n, 'nmod:with').flatMap((w) => r.entities(w, ACTOR));
  if (partners.length === 0 || r.child(n, 'nmod:poss').some((o) => !OWN.test(r.word(o)))) return;
  const v = framed(r, n);
  // "Turkey attacked after talks with Russia collapsed": the parser may make the clause the subject of
  // what befell the talks; then the talks are not the frame of the act.
  if (v === null || r.hypothetical(v) || r.wished(v) || r.in[v]!.some((e) => e.rel === 'csubj')) return;
  // "refused to take part in the talks with Russia": no talks were had.
  if (r.in[v]!.some((e) => /^(?:xcomp|advcl:from)$/.test(e.rel) && REFUSE.has(r.lemma(e.gov)))) return;
  const subjects = doers(r, v).flatMap((s) => r.entities(s, ACTOR));
  push(found, 'framing-talks', subjects, partners, r.negated(v));
  // "as part of its ongoing talks in Astana with Turkey and Iran": named talks are a meeting both sides
  // attend, whatever the framed act ("did not speak after the Astana talks with Zarif" denies the speaking);
  // taking part in them is the verb rules' to read.
  if (TAKE_PART.has(r.lemma(v))) return;
  for (const m of r.entities(n, MEETING))
    for (const a of [...subjects, ...partners])
      found.push({ source: a, type: 'ATTENDS', target: m, rule: 'framing-talks', negated: false });
}

/** The verbs whose object or "with" oblique is whom one meets. */
const MET = new Set(['meet', 'receive', 'host', 'talk', 'speak', 'confer', 'discuss', 'negotiate', 'consult']);

/**
 * "Lavrov met with UN Special Envoy for Syria Staffan de Mistura to discuss ...": the parser may read
 * "for <name> to <verb>" after a title as a clause with the name its subject; the name is the
 * title's holder, whom the subject meets.
 */
function meetingTitled(r: Reading, v: number, found: Found[]): void {
  if (!MET.has(r.lemma(v)) || !r.isVerb(v)) return;
  for (const title of [...r.child(v, 'obj'), ...r.child(v, 'obl:with')]) {
    if (r.entities(title, ACTOR).length > 0 || r.word(title + 1).toLowerCase() !== 'for') continue;
    const clauses = [title, v].flatMap((g) =>
      r.out[g]!.filter((e) => /^(?:acl|advcl):to$/.test(e.rel)).map((e) => e.dep),
    );
    const holders = clauses
      .filter((c) => r.child(c, 'mark').includes(title + 1))
      .flatMap((c) => r.child(c, 'nsubj'))
      .flatMap((n) => r.entities(n, ['Person']));
    const subjects = doers(r, v).flatMap((s) => r.entities(s, ACTOR));
    push(found, 'title-for', subjects, holders, r.negated(v));
  }
}
