/** Rules on who is at a meeting by what the sentence has them do or be there: "met on the sidelines of the talks", "Iran's delegation at the talks". */
import { ACTOR, GROUP, MEETING } from './argument-types.ts';
import { roundInFocus } from '../coreference.ts';
import type { Gazetteer } from '../entities.ts';
import type { Mention } from '../types.ts';
import type { Found } from './found.ts';
import { antecedent, type Reading } from './reading.ts';
import { bringsTogether } from './encounter-rules.ts';
import { JOINT, LEAD, MEET, MEETING_HEADS, REFUSE, SAY, TAKE_PART, TALK } from './word-classes.ts';

/**
 * Acts done at a meeting by those who are there: meeting, talking, speaking, proposing, handing over,
 * and what is done together there ("a position adopted by opposition delegates at a meeting in Riyadh").
 */
const ACTS = new Set([
  ...MEET,
  ...SAY,
  ...TALK,
  ...JOINT,
  ...['propose', 'present', 'receive', 'host', 'hold', 'hand', 'submit', 'urge'],
]);
/** Coming to a meeting: "arrived for the talks" (not "convene", said of who holds it). */
const ARRIVE = new Set(['arrive', 'gather']);
/** Whom one meets (receives, hosts) is there too. */
const MET = new Set(['meet', 'receive', 'host']);
/**
 * The parts of a meeting one may act at: "at the opening of the talks", "at a session of the congress",
 * "in the framework of the ninth round".
 */
const SESSION_PARTS = new Set([
  'opening',
  'start',
  'close',
  'closing',
  'end',
  'session',
  'margin',
  'conclusion',
  'framework',
]);
/**
 * "Iran's delegation at the talks": the nouns for those who come to a meeting for someone (not an
 * envoy: "the UN envoy to the talks" mediates them).
 */
const DELEGATES = /^(?:delegation|delegations|representatives?|delegates?|negotiators?|team|observers?)$/i;
/** One who comes for someone: "Turkey's representative at the talks, Sedat Onal" (the name is in apposition). */
const DELEGATE = /^(?:representative|delegate|negotiator|observer)$/i;

/**
 * "During the trilateral meeting, Erdogan, Rouhani and Putin will discuss ...": an unnamed meeting
 * referred back to ("the meeting") among three or more parties is the conference in focus, not a
 * side meeting of two; none when fewer parties are named.
 */
export function meetingAmong(r: Reading, i: number, focus: Mention | null, parties: Mention[]): Mention[] {
  const own = r.mentionAt[i];
  if (!MEETING_HEADS.has(r.lemma(i)) || (own !== undefined && !own.anaphor)) return [];
  if (!r.child(i, 'det').some((d) => r.lemma(d) === 'the')) return [];
  if (new Set(parties.map((m) => m.entityId)).size < 3) return [];
  return own ? r.entities(i, MEETING) : antecedent(r, focus, i);
}

/**
 * "Lavrov met Zarif on the sidelines of the Astana talks", "Jaafari told reporters during the
 * talks", "In a meeting in Sochi, representatives from Russia and Iran are discussing ...": who
 * meets, speaks or agrees at (in, during) a meeting attends it, and whom they meet there too; on a
 * meeting's sidelines, whatever one does.
 */
export function atMeetingRules(r: Reading, focus: Mention | null, gaz: Gazetteer, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (r.hypothetical(v) || !/^(?:VB|JJ)/.test(r.parse.tokens[v - 1]?.pos ?? '')) continue;
    const lemma = r.lemma(v);
    const sidelines = r.children(v, 'obl').filter((i) => /^sidelines?$/i.test(r.word(i)));
    // "arrived for a meeting during the talks", "gathered in Sochi for the congress": who comes for a meeting is there.
    const at = [
      ...(ACTS.has(lemma) || ARRIVE.has(lemma) ? ['obl:at', 'obl:during', 'obl:in', 'obl:within'] : []),
      ...(ARRIVE.has(lemma) ? ['obl:for'] : []),
    ].flatMap((c) => r.child(v, c));
    // "Lavrov met Zarif in Moscow. During the meeting, ...": a meeting only referred back to may be
    // the two's own, not the conference in focus; it counts when named or described by its venue.
    // "spoke at the opening of the meeting", "said at the end of the talks": at a part of it.
    // "arrived for a meeting during the talks": an unnamed meeting held within one.
    const parts = at.filter(
      (i) => SESSION_PARTS.has(r.lemma(i)) || (MEETING_HEADS.has(r.lemma(i)) && r.mentionAt[i] === undefined),
    );
    const within = [...sidelines, ...parts].flatMap((i) => [...r.child(i, 'nmod:of'), ...r.child(i, 'nmod:during')]);
    // "spoke at the opening of the meeting": a meeting with an opening (sessions, sidelines) is a
    // conference, not two parties' own meeting, even when only referred back to.
    const opened = [...sidelines, ...at.filter((i) => SESSION_PARTS.has(r.lemma(i)))]
      .flatMap((i) => r.child(i, 'nmod:of'))
      .flatMap((i) => r.entities(i, MEETING));
    const meetings = [
      ...opened,
      ...[...within, ...at]
        .flatMap((i) => r.entities(i, MEETING))
        .filter((m) => !m.anaphor || (m.parts ?? []).length > 0),
    ].map((m) => roundInFocus(m, focus, gaz));
    const who = [
      ...r.child(v, 'nsubj'),
      ...r.child(v, 'nsubj:xsubj'),
      ...r.child(v, 'obl:with'),
      // "handed de Mistura their list at the meeting": whom one hands or tells something there is there.
      ...r.child(v, 'iobj'),
      ...(MET.has(lemma) ? r.child(v, 'obj') : []),
      // "held a meeting with the Iranian delegation in the framework of the round": whom one holds talks with.
      ...(lemma === 'hold' ? r.child(v, 'obj').flatMap((o) => r.child(o, 'nmod:with')) : []),
      // "Rouhani was received by Putin at the summit": the passive's agent acts, its subject is met.
      ...r.child(v, 'obl:agent'),
      // "a position adopted by opposition delegates at a meeting": a participle's agent may be a "by" oblique.
      ...(r.parse.tokens[v - 1]?.pos === 'VBN' ? r.child(v, 'obl:by') : []),
      ...(MET.has(lemma) ? r.child(v, 'nsubj:pass') : []),
    ].flatMap((i) => r.entities(i, ACTOR));
    if (meetings.length === 0) meetings.push(...at.flatMap((i) => meetingAmong(r, i, focus, who)).slice(0, 1));
    if (meetings.length === 0) continue;
    const negated = r.negated(v);
    for (const a of who)
      for (const m of meetings) found.push({ source: a, type: 'ATTENDS', target: m, rule: 'at-meeting', negated });
  }
}

/** The titles of who heads or sits in a delegation: "head of the Russian delegation". */
const HEADS = new Set(['head', 'leader', 'chief', 'member', 'chairman']);

/**
 * The meetings phrase `i` names, or, when it names the place the meeting in focus is held in ("the
 * delegation to Sochi" while the Sochi congress is in focus), that meeting; not a series of rounds
 * ("the delegation to Astana" is at one round, which the place does not say).
 */
export function meetingsAt(r: Reading, i: number, focus: Mention | null, gaz: Gazetteer): Mention[] {
  const named = r.entities(i, MEETING).map((m) => roundInFocus(m, focus, gaz));
  const lexicon = focus ? gaz.entities.get(focus.entityId)?.lexicon : undefined;
  if (named.length > 0 || !focus || lexicon?.held === undefined) return named;
  const venue = lexicon.venue;
  const held = (p: Mention): boolean =>
    (venue !== undefined && gaz.idOf(venue) === p.entityId) ||
    (focus.parts ?? []).some((q) => q.entityId === p.entityId);
  return r.entities(i, ['Place']).some(held) ? antecedent(r, focus, i) : [];
}

/**
 * "Iran's delegation at the Astana talks", "the Syrian government delegation to the talks", "the
 * opposition representatives at the Geneva talks": whose delegation (representatives, negotiators)
 * is at or goes to a meeting attends it, unless the sentence denies, refuses or only asks for it
 * ("will send no delegation to", "refused to send its delegation to", "urged X to send a delegation to").
 * "Lavrentiev, head of the Russian delegation at the talks", "Jaafari, Syria's envoy to the UN and leader
 * of its delegation to Astana": who heads the delegation attends too (the parser hangs the meeting on the title,
 * or on a title beside it).
 */
export function delegationAtRules(r: Reading, focus: Mention | null, gaz: Gazetteer, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    const own = r.mentionAt[n];
    if (!DELEGATES.test(r.word(n)) || (own && !ACTOR.includes(own.type))) continue;
    // "head of the Russian delegation", "opposition delegation member Aridi".
    const titles = r.in[n]!.filter((d) => /^(?:nmod:of|compound)$/.test(d.rel) && HEADS.has(r.lemma(d.gov))).map(
      (d) => d.gov,
    );
    // A title's fellows: "envoy to the UN and leader of ...".
    const fellows = titles.flatMap((t) => [
      ...r.in[t]!.filter((d) => d.rel.startsWith('conj')).map((d) => d.gov),
      ...r.children(t, 'conj'),
    ]);
    // "Lavrentiev led the Russian delegation at the talks", "Jaafari, heading the delegation at the talks,": the
    // parser may hang the meeting on the verb of leading; who leads the delegation is there with it.
    const leading = r.in[n]!.filter((d) => d.rel === 'obj' && LEAD.has(r.lemma(d.gov))).map((d) => d.gov);
    const named = [
      ...['nmod:at', 'nmod:to', 'nmod:in'].flatMap((c) => r.child(n, c)),
      ...[...titles, ...fellows].flatMap((t) => [...r.child(t, 'nmod:at'), ...r.child(t, 'nmod:to')]),
      ...leading.flatMap((g) => r.child(g, 'obl:at')),
    ].flatMap((i) => meetingsAt(r, i, focus, gaz));
    // "The talks went well, Jaafari, head of the government delegation, said": with no meeting named, who
    // heads or sits in a delegation is at the dated meeting the same sentence names before it (of a series,
    // the round is not said; the meeting of sentences before may be another than the delegation's).
    const spoken = r.mentionAt
      .slice(1, n)
      .filter((m): m is Mention => m?.type === 'Meeting')
      .map((m) => roundInFocus(m, focus, gaz))
      .pop();
    const dated = spoken !== undefined && gaz.entities.get(spoken.entityId)?.lexicon?.held !== undefined;
    const meetings = named.length > 0 || titles.length === 0 || !dated ? named : [spoken];
    if (meetings.length === 0) continue;
    const governors = r.in[n]!.filter((d) => !d.rel.startsWith('conj')).map((d) => d.gov);
    if (governors.some((g) => r.hypothetical(g) || r.wished(g))) continue;
    const refused = (g: number): boolean => r.in[g]!.some((d) => d.rel === 'xcomp' && REFUSE.has(r.lemma(d.gov)));
    const negated =
      r.child(n, 'det').some((d) => /^no$/i.test(r.word(d))) || governors.some((g) => r.negated(g) || refused(g));
    // The title's holder: the name it stands in apposition to, or the person it is part of.
    const heads = [...titles, ...fellows].flatMap((t) => [
      ...r.in[t]!.filter((d) => d.rel === 'appos').map((d) => d.gov),
      ...r.child(t, 'appos'),
      ...(r.mentionAt[t]?.type === 'Person' ? [t] : []),
      // "delegation member Yahya Aridi": the title stands before the name.
      ...r.in[t]!.filter((d) => d.rel === 'compound' && r.mentionAt[d.gov]?.type === 'Person').map((d) => d.gov),
    ]);
    heads.push(
      ...leading.flatMap((g) => [
        ...r.child(g, 'nsubj'),
        ...r.child(g, 'nsubj:xsubj'),
        ...r.in[g]!.filter((d) => d.rel === 'acl').map((d) => d.gov),
      ]),
    );
    // "head of the Russian delegation in Astana Alexander Lavrentiev": the parser may hang the holder's name on
    // the delegation as the place it is in.
    if (titles.length > 0)
      heads.push(
        ...['nmod:in', 'nmod:to'].flatMap((c) => r.child(n, c)).filter((i) => r.mentionAt[i]?.type === 'Person'),
      );
    // "Turkey's representative at the talks, Sedat Onal": one delegate is the name beside the noun, for whom it names.
    const single = DELEGATE.test(r.word(n));
    if (single) heads.push(...r.child(n, 'appos'), ...r.in[n]!.filter((d) => d.rel === 'appos').map((d) => d.gov));
    const sent = single
      ? ['nmod:poss', 'nmod:of', 'nmod:from'].flatMap((c) => r.child(n, c)).flatMap((i) => r.entities(i, GROUP))
      : [];
    const attendees = [...r.entities(n, ACTOR), ...sent, ...heads.flatMap((i) => r.entities(i, ['Person']))];
    for (const a of attendees)
      for (const m of meetings)
        if (a.entityId !== m.entityId)
          found.push({ source: a, type: 'ATTENDS', target: m, rule: 'delegation-at', negated });
  }
}

/**
 * "Russia, Iran and Turkey are involved in the Astana talks", "the countries involved in the
 * Astana talks - Russia, Iran and Turkey -", "The countries involved in the talks are Russia and
 * Iran": who is involved in a meeting takes part in it.
 */
export function involvedRule(r: Reading, focus: Mention | null, gaz: Gazetteer, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (r.lemma(v) !== 'involve' || r.hypothetical(v)) continue;
    const meetings = r
      .child(v, 'obl:in')
      .flatMap((i) => r.entities(i, MEETING))
      .map((m) => roundInFocus(m, focus, gaz));
    if (meetings.length === 0) continue;
    // The noun a participle modifies, and the predicate that noun is the subject of ("are Russia and Iran").
    const nouns = r.in[v]!.filter((d) => d.rel === 'amod' || d.rel === 'acl').map((d) => d.gov);
    const predicates = nouns
      .flatMap((i) => r.in[i]!.filter((d) => d.rel === 'nsubj' && r.child(d.gov, 'cop').length > 0))
      .flatMap((d) => [d.gov, ...r.children(d.gov, 'conj')]);
    const negated = r.negated(v);
    for (const a of [...r.child(v, 'nsubj:pass'), ...nouns, ...predicates].flatMap((i) => r.entities(i, ACTOR)))
      for (const m of meetings) found.push({ source: a, type: 'ATTENDS', target: m, rule: 'involved', negated });
  }
}

/**
 * "Talks in Astana involving Russia, Iran and Turkey ended", "the meeting involving the guarantors": whom a
 * meeting involves takes part in it (the parser may hang the participle on the meeting's venue).
 */
export function involvingRule(r: Reading, focus: Mention | null, gaz: Gazetteer, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (r.lemma(v) !== 'involve' || r.parse.tokens[v - 1]?.pos !== 'VBG' || r.hypothetical(v)) continue;
    const modified = r.in[v]!.filter((d) => d.rel === 'acl').flatMap((d) =>
      r.mentionAt[d.gov]?.type === 'Place'
        ? r.in[d.gov]!.filter((e) => e.rel === 'nmod:in' || e.rel === 'nmod:at').map((e) => e.gov)
        : [d.gov],
    );
    const meetings = modified.flatMap((i) => r.entities(i, MEETING)).map((m) => roundInFocus(m, focus, gaz));
    const negated = r.negated(v);
    for (const a of r.child(v, 'obj').flatMap((i) => r.entities(i, ACTOR)))
      for (const m of meetings) found.push({ source: a, type: 'ATTENDS', target: m, rule: 'involving', negated });
  }
}

/**
 * "Lavrov, attending the congress, said ...", "After attending the talks, Zarif flew home": a participle of
 * taking part with no subject of its own has the name it modifies, or the subject of the clause it adjoins,
 * take part. "Attending the talks were X and Y", "Taking part in the talks are X along with Y": put first,
 * it is the subject of a copula whose predicate names who takes part.
 */
export function attendingClauseRule(r: Reading, focus: Mention | null, gaz: Gazetteer, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    const lemma = r.lemma(v);
    if (!TAKE_PART.has(lemma) || !/^VB[GN]$/.test(r.parse.tokens[v - 1]?.pos ?? '')) continue;
    if (r.children(v, 'nsubj').length > 0 || r.hypothetical(v) || r.wished(v)) continue;
    // The parser reads an inverted "Taking part in the talks are ..." as the noun "part" it modifies.
    const part =
      lemma === 'take' ? r.in[v]!.find((d) => d.rel === 'amod' && /^part$/i.test(r.word(d.gov)))?.gov : undefined;
    if (lemma === 'take' && part === undefined && !r.child(v, 'obj').some((o) => /^part$/i.test(r.word(o)))) continue;
    const head = part ?? v;
    const meetings = r
      .child(head, part !== undefined ? 'nmod:in' : lemma === 'attend' || lemma === 'join' ? 'obj' : 'obl:in')
      .flatMap((i) => r.entities(i, MEETING))
      .map((m) => roundInFocus(m, focus, gaz));
    if (meetings.length === 0) continue;
    const who = r.in[head]!.flatMap((d) =>
      d.rel === 'acl'
        ? [d.gov]
        : d.rel === 'advcl' || d.rel.startsWith('obl:')
          ? [...r.child(d.gov, 'nsubj'), ...r.child(d.gov, 'nsubj:pass')]
          : d.rel === 'nsubj' && r.child(d.gov, 'cop').length > 0
            ? [
                d.gov,
                ...r.children(d.gov, 'conj'),
                ...r.child(d.gov, 'nmod:along_with'),
                ...r.child(d.gov, 'nmod:as_well_as'),
              ]
            : [],
    );
    const negated = r.negated(v);
    for (const a of who.flatMap((i) => r.entities(i, ACTOR)))
      for (const m of meetings)
        found.push({ source: a, type: 'ATTENDS', target: m, rule: 'attending-clause', negated });
  }
}

/**
 * "The Jordanian delegation was also at the talks", "Iran will be in the talks": with the meeting itself the
 * predicate of "be at" (or "be in"), its subject is there.
 */
export function beingAtRule(r: Reading, focus: Mention | null, gaz: Gazetteer, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    if (r.child(n, 'cop').length === 0 || !r.child(n, 'case').some((c) => /^(?:at|in)$/i.test(r.word(c)))) continue;
    // "Russia is in talks with Turkey": talks with someone are a meeting with them, not presence at one.
    if (r.hypothetical(n) || r.wished(n) || r.child(n, 'nmod:with').length > 0) continue;
    const subjects = [...r.child(n, 'nsubj'), ...r.child(n, 'nsubj:xsubj')];
    // "The delegations of Russia and Iran are in Astana": delegations at the venue of the dated meeting in
    // focus are at that meeting.
    const meetings = subjects.some((i) => DELEGATES.test(r.word(i)))
      ? meetingsAt(r, n, focus, gaz)
      : r.entities(n, MEETING).map((m) => roundInFocus(m, focus, gaz));
    const negated = r.negated(n);
    for (const a of subjects.flatMap((i) => r.entities(i, ACTOR)))
      for (const m of meetings) found.push({ source: a, type: 'ATTENDS', target: m, rule: 'being-at', negated });
  }
}

/**
 * "The talks bring together the government delegation and the armed groups", "The meeting brought together
 * representatives of the Cairo and Moscow platforms": whom a meeting brings together attends it.
 */
export function broughtToRule(r: Reading, focus: Mention | null, gaz: Gazetteer, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    const brought = bringsTogether(r, v);
    if (brought === null || r.hypothetical(v) || r.wished(v)) continue;
    const meetings = [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')]
      .flatMap((i) => r.entities(i, MEETING))
      .map((m) => roundInFocus(m, focus, gaz));
    const negated = r.negated(v);
    for (const a of brought.flatMap((i) => r.entities(i, ACTOR)))
      for (const m of meetings) found.push({ source: a, type: 'ATTENDS', target: m, rule: 'brought-to', negated });
  }
}
