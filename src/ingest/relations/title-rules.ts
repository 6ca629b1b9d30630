/** Rules on titles and delegations: "Iraqi Prime Minister X", "the head of the Turkish delegation". */
import type { RelationType } from '../../model/vocabulary.ts';
import { rolesOf } from '../entities.ts';
import type { Mention } from '../types.ts';
import { GROUP, MEETING } from './argument-types.ts';
import type { Found, RelationContext } from './found.ts';
import { modifiersBefore, type Reading } from './reading.ts';
import { DELEGATION, ROLE_NOUNS, SERVE } from './word-classes.ts';

/**
 * "The UN's Syria envoy", "US Syria envoy James Jeffrey": a state named right before the title, after
 * another body or state the title belongs to, is the title's subject (the envoy is sent to Syria),
 * not whom it speaks for.
 */
function isTitleTopic(r: Reading, title: number, state: Mention): boolean {
  const topic = title - 1;
  if (state.type !== 'State' || r.mentionAt[topic] !== state || !r.child(title, 'compound').includes(topic))
    return false;
  return [...r.child(title, 'compound'), ...r.child(title, 'nmod:poss')].some(
    (i) => i < topic && r.mentionAt[i] && r.mentionAt[i] !== state && GROUP.includes(r.mentionAt[i]!.type),
  );
}

/**
 * Titles: "Iraqi Prime Minister Haider al-Abadi", "Moscow's special envoy Mikhail Bogdanov", "a
 * spokeswoman for the opposition bloc". The state is the title's adjective, compound or possessor;
 * "for"/"of" counts only for a body ("envoy for Libya" is an envoy sent to Libya, not its envoy).
 */
export function titleRules(r: Reading, ctx: RelationContext, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    if (!ROLE_NOUNS.has(r.lemma(n)) && !POSTS.has(r.lemma(n))) continue;
    const holders: Mention[] = [];
    const own = r.mentionAt[n];
    if (own?.type === 'Person') holders.push(own);
    // "Erdogan, his Russian counterpart Vladimir Putin and ...": a title that names its own holder is
    // not also held by the name the parser makes it an apposition of.
    const namesOwn = r.child(n, 'appos').some((a) => r.mentionAt[a]?.type === 'Person');
    // "the UN envoy, the US ambassador and ...": a title beside a title is a list of offices, not a name.
    const named = (i: number): boolean => !ROLE_NOUNS.has(r.lemma(i));
    for (const d of r.in[n]!) {
      const m = r.mentionAt[d.gov];
      if ((d.rel === 'compound' || (d.rel === 'appos' && !namesOwn && named(d.gov))) && m?.type === 'Person')
        holders.push(m);
    }
    // "Jaberi Ansari, who also serves as the ... Special Assistant": who serves as the title holds it.
    const serving = r.in[n]!.filter((d) => d.rel === 'obl:as' && SERVE.has(r.lemma(d.gov))).map((d) => d.gov);
    for (const a of [
      ...r.child(n, 'appos').filter(named),
      ...serving.flatMap((v) => r.child(v, 'nsubj')),
      ...portfolioHolders(r, n),
    ]) {
      const m = r.mentionAt[a];
      if (m?.type === 'Person') holders.push(m);
    }
    // "the Iranian Foreign Minister's Special Assistant": an aide holds the office of the one they assist.
    // "the UN Secretary General's Special Envoy": the office's own body too (a title of two words).
    const office = r
      .child(n, 'nmod:poss')
      .filter((p) => ROLE_NOUNS.has(r.lemma(p)) || r.child(p, 'compound').some((c) => ROLE_NOUNS.has(r.lemma(c))));
    const states = [
      ...[...r.child(n, 'amod'), ...r.child(n, 'compound'), ...r.child(n, 'nmod:poss'), ...modifiersBefore(r, n)].map(
        (i) => r.mentionAt[i],
      ),
      ...[...r.child(n, 'compound'), ...office].flatMap((c) => r.child(c, 'amod').map((i) => r.mentionAt[i])),
      ...office.flatMap((c) => r.child(c, 'compound').map((i) => r.mentionAt[i])),
    ]
      .filter((m): m is Mention => !!m && GROUP.includes(m.type))
      .filter((m) => !isTitleTopic(r, n, m))
      // "its U.N. ambassador": an ambassador is sent by a state to the body, not the body's.
      .filter((m) => r.lemma(n) !== 'ambassador' || m.type === 'State');
    // "the head of the Syrian government delegation": a delegation's (or government's) head speaks for its state too.
    const bodies = [
      ...[...r.child(n, 'nmod:for'), ...r.child(n, 'nmod:of')].flatMap((i) =>
        r.entities(
          i,
          DELEGATION.test(r.word(i)) || /^government$/i.test(r.word(i)) ? GROUP : ['Organization', 'ArmedGroup'],
        ),
      ),
      ...ministryStates(r, n),
    ];
    // "The Kremlin has confirmed ..., and his spokesman Dmitry Peskov said": a possessive pronoun
    // stands for the subject of the clause the title's clause is joined to.
    const pronoun = r.child(n, 'nmod:poss').some((p) => !r.mentionAt[p] && /^(?:his|her|its|their)$/i.test(r.word(p)));
    const clauses = pronoun
      ? [n, ...r.in[n]!.filter((d) => d.rel === 'compound').map((d) => d.gov)].flatMap((h) =>
          r.in[h]!.filter((d) => d.rel === 'nsubj').map((d) => d.gov),
        )
      : [];
    const joined = clauses
      .flatMap((c) => r.in[c]!.filter((d) => d.rel.startsWith('conj')).flatMap((d) => r.child(d.gov, 'nsubj')))
      .flatMap((i) => r.entities(i, GROUP));
    // "National Coalition member Ahmad Ramadan" belongs to the body; other titles speak for it.
    const type: RelationType = r.lemma(n) === 'member' ? 'MEMBER_OF' : 'REPRESENTS';
    for (const h of holders)
      for (const s of [...states, ...bodies, ...joined])
        found.push({ source: h, type, target: bodyHeld(h, s, ctx), rule: 'title', negated: false });
  }
  // "Iran's Hassan Rouhani", "The Negotiations Committee's representative Firas al-Khaldi" (the
  // parser makes the title an adjective of the name): the name's possessor is whom the person speaks
  // for; so is the body "Qadri Jamil from the Moscow Platform" comes from (the nearest "from": the
  // parser hangs a list's later "from"s on its first name too).
  for (let p = 1; p <= r.parse.tokens.length; p++) {
    const person = r.mentionAt[p];
    if (person?.type !== 'Person') continue;
    // "Moscow's ally Bashar al-Assad": a word other than a title says what the person is to the possessor.
    const described = [...r.child(p, 'amod'), ...r.child(p, 'compound')].some(
      (c) => !r.mentionAt[c] && /^\p{Ll}/u.test(r.word(c)) && !ROLE_NOUNS.has(r.lemma(c)),
    );
    const from = r.child(p, 'nmod:from').filter((i) => i > p)[0];
    const bodies = [
      ...(described ? [] : r.child(p, 'nmod:poss').flatMap((i) => r.entities(i, GROUP))),
      ...(from ? r.entities(from, ['Organization', 'ArmedGroup']) : []),
    ];
    for (const s of bodies)
      if (s !== person && !s.demonym)
        found.push({ source: person, type: 'REPRESENTS', target: s, rule: 'title', negated: false });
  }
  // "the regime of Bashar al-Assad", "Erdogan's government": the state named as the person's.
  for (let g = 1; g <= r.parse.tokens.length; g++) {
    const state = r.mentionAt[g];
    if (state?.type !== 'State' || !/^(?:government|regime)$/.test(r.lemma(g))) continue;
    for (const p of [...r.child(g, 'nmod:of'), ...r.child(g, 'nmod:poss')]) {
      const person = r.mentionAt[p];
      if (person?.type === 'Person')
        found.push({ source: person, type: 'REPRESENTS', target: state, rule: 'title', negated: false });
    }
  }
}

/**
 * "Special Envoy on Syria Ivan Petrov", "Envoy for Syria Geir Pedersen": the parser hangs the name on
 * the portfolio's preposition, with the portfolio as its compound; the name holds the title.
 */
function portfolioHolders(r: Reading, title: number): number[] {
  return ['nmod:on', 'nmod:for', 'nmod:to']
    .flatMap((rel) => r.child(title, rel))
    .filter((i) => r.child(i, 'compound').some((c) => c < i && r.mentionAt[c] && r.mentionAt[c] !== r.mentionAt[i]));
}

/** Posts that are no office of their own but speak for the ministry they serve: "a diplomat at ...". */
const POSTS = new Set(['diplomat']);
/** A state's office a title is held in: "the Russian Foreign Ministry", "the Kazakh MFA", "the Turkish embassy". */
const MINISTRY = /^(?:ministry|mfa|embassy|consulate)$/i;

/**
 * "Artyom Kozhin, senior diplomat at the Russian Foreign Ministry", "spokesman for the Kazakh MFA":
 * the state whose ministry the title is held at (named by its adjective, compound or possessor).
 */
function ministryStates(r: Reading, title: number): Mention[] {
  return ['nmod:at', 'nmod:of', 'nmod:for', 'nmod:in']
    .flatMap((rel) => r.child(title, rel))
    .filter((i) => MINISTRY.test(r.word(i)) && !r.mentionAt[i])
    .flatMap((i) => [...r.child(i, 'amod'), ...r.child(i, 'compound'), ...r.child(i, 'nmod:poss')])
    .map((i) => r.mentionAt[i])
    .filter((m): m is Mention => m?.type === 'State');
}

/**
 * "Syrian opposition leader Naser al-Hariri", "rebel negotiator Mohammad Alloush": a title that
 * names a body loosely (the opposition, the rebels) stands for the body of that kind the lexicon
 * knows the holder is in (the SNC, Jaish al-Islam); a state is named as it is.
 */
function bodyHeld(holder: Mention, body: Mention, ctx: RelationContext): Mention {
  const gaz = ctx.gazetteer;
  const known = gaz.entities.get(holder.entityId);
  if (body.type === 'State' || !known) return body;
  const held = rolesOf(known, ctx.published)
    .map((role) => (role.of ? gaz.idOf(role.of) : null))
    .find((id) => id !== null && id !== body.entityId && gaz.entities.get(id)?.type === body.type);
  return held ? { ...body, entityId: held } : body;
}

/**
 * "The High Negotiations Committee is meeting on Monday in Riyadh": the verb is the body's own
 * meeting (coreference made it one), which the body holds and attends.
 */
export function ownMeetingRules(r: Reading, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    const m = r.mentionAt[v];
    if (m?.type !== 'Meeting' || r.lemma(v) !== 'meet' || !r.isVerb(v)) continue;
    for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, GROUP))) {
      found.push({ source: s, type: 'ORGANIZES', target: m, rule: 'verb', negated: false });
      found.push({ source: s, type: 'ATTENDS', target: m, rule: 'verb', negated: false });
    }
  }
}

/** Titles of who leads a delegation: "Head of the Syrian delegation". */
const DELEGATION_HEADS = new Set(['head', 'chief', 'leader', 'chairman', 'chair']);

/**
 * "Head of the Syrian Arab Republic delegation to the 6th round of Astana meeting, Bashar
 * al-Jaafari": who heads a state's or a body's delegation represents it and attends the meeting
 * the delegation goes to, as the state or body does.
 */
export function delegationHeadRules(r: Reading, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    // "Kuzbari, leading the regime delegation, said": who leads a delegation represents its side.
    const led = /^(?:lead|head)$/.test(r.lemma(n)) && r.parse.tokens[n - 1]!.pos === 'VBG';
    for (const o of led ? r.child(n, 'obj').filter((i) => DELEGATION.test(r.word(i))) : [])
      for (const h of r.in[n]!.filter((d) => d.rel === 'acl').flatMap((d) => r.entities(d.gov, ['Person'])))
        for (const g of r.entities(o, GROUP).filter((m) => m.entityId !== h.entityId))
          found.push({ source: h, type: 'REPRESENTS', target: g, rule: 'delegation-head', negated: false });
    if (!DELEGATION_HEADS.has(r.lemma(n)) || r.mentionAt[n]) continue;
    const heads = [
      ...r.child(n, 'appos'),
      ...r.in[n]!.filter((d) => d.rel === 'appos' || d.rel === 'compound').map((d) => d.gov),
    ].flatMap((i) => r.entities(i, ['Person']));
    for (const o of r.child(n, 'nmod:of').filter((i) => DELEGATION.test(r.word(i)))) {
      const groups = r.entities(o, GROUP);
      // The parser may hang "to the talks" on the title instead of the delegation.
      const meetings = [o, n]
        .flatMap((i) => [...r.child(i, 'nmod:to'), ...r.child(i, 'nmod:for'), ...r.child(i, 'nmod:at')])
        .flatMap((i) => r.entities(i, MEETING));
      for (const h of heads) {
        for (const g of groups)
          found.push({ source: h, type: 'REPRESENTS', target: g, rule: 'delegation-head', negated: false });
        for (const m of meetings)
          found.push({ source: h, type: 'ATTENDS', target: m, rule: 'delegation-head', negated: false });
      }
      for (const g of groups)
        for (const m of meetings)
          found.push({ source: g, type: 'ATTENDS', target: m, rule: 'delegation-head', negated: false });
    }
  }
}

/** A state named as a side, not as where one comes from ("the Syrian regime", not "Russia"). */
const SIDE_WORDS = /\b(?:regime|government|authorities|side)\b/i;

/**
 * "the co-chairs, Ahmad Kuzbari from the Syrian regime and Hadi al-Bahra from the opposition": one
 * named just before "from the" side represents it (read from the words: the parser hangs a list's
 * "from" phrases on its first name); "an envoy from Russia" tells where one comes from, not whom for.
 */
export function fromSideRule(r: Reading, found: Found[]): void {
  const text = (from: number, to?: number): string =>
    r.sentence.text.slice(from - r.sentence.start, to === undefined ? undefined : to - r.sentence.start);
  const mentions = [...new Set(r.mentionAt)].filter((m): m is Mention => m !== undefined);
  for (const person of mentions.filter((m) => m.type === 'Person')) {
    const gap = /^\s+from\s+the\s+/i.exec(text(person.end));
    if (!gap) continue;
    const start = person.end + gap[0].length;
    // The side is the next name, with at most a few words before it ("from the armed opposition").
    const side = mentions
      .filter((m) => m.start >= start && /^(?:[\p{L}-]+\s+){0,2}$/u.test(text(start, m.start)))
      .sort((a, b) => a.start - b.start)[0];
    const named =
      side && side.type === 'State' ? SIDE_WORDS.test(text(start, side.end) + text(side.end).slice(0, 15)) : true;
    if (side && GROUP.includes(side.type) && named)
      found.push({ source: person, type: 'REPRESENTS', target: side, rule: 'from-side', negated: false });
  }
}
