/** Rules on nouns and modifiers: "the Ankara-sponsored talks", "were co-sponsors of", "an ally of". */
import type { RelationType } from '../../model/vocabulary.ts';
import type { Mention } from '../types.ts';
import { ACTOR, ALLY, GROUP, MEETING, STANCE, type Types } from './argument-types.ts';
import type { Found } from './found.ts';
import { antecedent, modifiersBefore, type Reading } from './reading.ts';
import { PREVENT, TAKE_PART, WISH } from './word-classes.ts';

/** "X-sponsored talks": the relations the participle names. */
export const MODIFIERS: Record<string, readonly RelationType[]> = {
  sponsored: ['ORGANIZES'],
  organized: ['ORGANIZES'],
  organised: ['ORGANIZES'],
  convened: ['ORGANIZES'],
  hosted: ['HOSTS'],
  brokered: ['MEDIATES'],
  mediated: ['MEDIATES'],
  initiated: ['ORGANIZES'],
  arranged: ['ORGANIZES'],
  proposed: ['ORGANIZES'],
  // "the UN-led talks": who leads talks convenes them; mediating needs its own word ("UN-brokered").
  led: ['ORGANIZES'],
  chaired: ['MEDIATES'],
  facilitated: ['MEDIATES'],
  backed: ['SUPPORTS'],
};

/** "X were co-sponsors of M": the nominal predicate's relation. */
const NOUN_ROLES: Record<string, RelationType> = {
  sponsor: 'ORGANIZES',
  'co-sponsor': 'ORGANIZES',
  organizer: 'ORGANIZES',
  organiser: 'ORGANIZES',
  host: 'HOSTS',
  mediator: 'MEDIATES',
  participant: 'ATTENDS',
  member: 'MEMBER_OF',
  // "the YPG is an offshoot of the PKK", "the armed wing of the PYD".
  offshoot: 'MEMBER_OF',
  wing: 'MEMBER_OF',
  affiliate: 'MEMBER_OF',
  branch: 'MEMBER_OF',
  guarantor: 'ORGANIZES',
  initiator: 'ORGANIZES',
};

/**
 * "the sponsors of the resolution", "the signatories of the memorandum": role nouns said of a position
 * or a document back it; "opponents of the plan" oppose it.
 */
const STANCE_ROLES: Record<string, RelationType> = {
  sponsor: 'SUPPORTS',
  'co-sponsor': 'SUPPORTS',
  signatory: 'SUPPORTS',
  'co-signatory': 'SUPPORTS',
  author: 'SUPPORTS',
  architect: 'SUPPORTS',
  proponent: 'SUPPORTS',
  supporter: 'SUPPORTS',
  backer: 'SUPPORTS',
  advocate: 'SUPPORTS',
  champion: 'SUPPORTS',
  opponent: 'OPPOSES',
  critic: 'OPPOSES',
};

const BODIES: Types = ['Organization', 'ArmedGroup'];
/** What a stance noun with no meeting role of its own can be held towards. */
const STANCE_ON: Types = ['Position', 'Document', 'Meeting'];

/** What a role noun can be held towards: a meeting (its own relation), a position or document (a stance). */
function rolesOf(lemma: string): { type: RelationType; targets: Types }[] {
  const meeting = NOUN_ROLES[lemma];
  const stance = STANCE_ROLES[lemma];
  return [
    ...(meeting ? [{ type: meeting, targets: meeting === 'MEMBER_OF' ? BODIES : MEETING }] : []),
    // "a critic of the Sochi congress", "supporters of the talks": a stance on a meeting too, unless
    // the noun names a meeting role of its own ("the sponsors of the talks" organize them).
    ...(stance ? [{ type: stance, targets: (meeting ? ['Position', 'Document'] : STANCE_ON) as Types }] : []),
  ];
}

/** "the Ankara-sponsored talks": the modifier's name organizes (hosts, mediates) the meeting. */
export function modifierRules(r: Reading, found: Found[]): void {
  for (let i = 1; i <= r.parse.tokens.length; i++) {
    const match = /-(\w+)$/.exec(r.word(i));
    const types = match ? (MODIFIERS[match[1]!.toLowerCase()] ?? []) : [];
    const actor = r.mentionAt[i];
    if (!actor || !ACTOR.includes(actor.type)) continue;
    for (const type of types)
      for (const d of r.in[i]!) {
        if (d.rel !== 'amod' && d.rel !== 'compound') continue;
        for (const m of r.entities(d.gov, type === 'SUPPORTS' ? STANCE : MEETING)) {
          // "Turkish-backed FSA fighters": backing an armed group or a state is an alliance.
          const alliance = type === 'SUPPORTS' && ALLY.includes(m.type);
          found.push({
            source: actor,
            type: alliance ? 'ALLIED_WITH' : type,
            target: m,
            rule: 'modifier',
            negated: false,
          });
        }
      }
  }
}

/** "Mohammad Alloush, a leading figure of Jaish al-Islam": the nouns that make a member. */
const MEMBER_NOUNS = new Set(['figure', 'member']);

/** "Egypt, Jordan and Qatar were co-sponsors of the conference"; "X, a leading figure of G". */
export function nounRoleRules(r: Reading, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    if (MEMBER_NOUNS.has(r.lemma(n))) {
      // The parser may make the noun a compound of the apposition's head ("figure in G faction").
      const heads = [n, ...r.in[n]!.filter((d) => d.rel === 'compound').map((d) => d.gov)];
      const members = heads.flatMap((h) =>
        r.in[h]!.filter((d) => d.rel === 'appos').flatMap((d) => r.entities(d.gov, ['Person'])),
      );
      const groups = [...r.child(n, 'nmod:of'), ...r.child(n, 'nmod:in')].flatMap((i) =>
        r.entities(i, ['Organization', 'ArmedGroup']),
      );
      for (const m of members)
        for (const g of groups)
          found.push({ source: m, type: 'MEMBER_OF', target: g, rule: 'noun-role', negated: false });
    }
    const roles = rolesOf(r.lemma(n));
    if (roles.length === 0) continue;
    // "Kazakhstan, the host of the talks", "the guarantors of the talks - Russia, Iran and Turkey -".
    const holders = [
      ...r.child(n, 'nsubj'),
      // "The backer of the rebels, Turkey, is one of the sponsors": the subject's apposition.
      ...r.child(n, 'nsubj').flatMap((i) => r.child(i, 'appos')),
      ...r.child(n, 'appos'),
      // An apposition after a list hangs on its first item.
      ...r.in[n]!.filter((d) => d.rel === 'appos').flatMap((d) => [d.gov, ...r.children(d.gov, 'conj')]),
      // "the sponsors of the talks, among them Russia and Iran": the names after "them".
      ...r.child(n, 'nmod:among').flatMap((i) => r.child(i, 'dep')),
      // "Among the sponsors of the talks were Russia and Iran": the names the clause is about.
      ...r.in[n]!.filter((d) => d.rel === 'obl:among' && d.gov > n).flatMap((d) => [
        d.gov,
        ...r.children(d.gov, 'conj'),
      ]),
    ];
    // "Iran, Russia and Turkey, as sponsors of the talks, met": the clause's subjects named before
    // the role; "Jordan and the US as observers".
    const roleAs = [
      ...r.in[n]!.filter((d) => d.rel === 'obl:as').flatMap((d) => r.child(d.gov, 'nsubj').filter((i) => i < n)),
      ...r.in[n]!.filter((d) => d.rel === 'nmod:as').flatMap((d) => [d.gov, ...r.children(d.gov, 'conj')]),
    ];
    const rule = (s: Mention): Found['rule'] =>
      roleAs.some((i) => r.entities(i, ACTOR).includes(s)) && !holders.some((i) => r.entities(i, ACTOR).includes(s))
        ? 'role-as'
        : 'noun-role';
    for (const s of [...holders, ...roleAs].flatMap((i) => r.entities(i, ACTOR)))
      for (const { type, targets } of roles)
        // "the congress's organisers, Russia and Turkey": a meeting's possessive names it too, and so
        // does a name before the role ("the Astana talks sponsors").
        for (const o of ['nmod:of', 'nmod:to', 'nmod:poss', 'compound']
          .flatMap((c) => r.child(n, c))
          .flatMap((i) => r.entities(i, targets)))
          found.push({ source: s, type, target: o, rule: rule(s), negated: r.negated(n) });
  }
}

/** What a meeting may be said to be someone's: "a Russian initiative", "Moscow's brainchild". */
const INITIATIVES = new Set(['initiative', 'brainchild', 'idea', 'proposal', 'plan', 'project']);

/** "The Sochi congress, a Russian initiative", "the congress is Moscow's brainchild": whose it is organizes it. */
export function initiativeRules(r: Reading, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    if (!INITIATIVES.has(r.lemma(n))) continue;
    const meetings = [
      ...r.child(n, 'nsubj').filter(() => r.child(n, 'cop').length > 0),
      ...r.in[n]!.filter((d) => d.rel === 'appos').map((d) => d.gov),
    ].flatMap((i) => r.entities(i, MEETING));
    // A demonym ("a Russian initiative") is read as its state's mention, as the modifier rule does.
    const demonyms = r
      .child(n, 'amod')
      .map((i) => r.mentionAt[i])
      .filter((m): m is Mention => !!m && ACTOR.includes(m.type));
    const owners = [
      ...[...r.child(n, 'nmod:poss'), ...r.child(n, 'nmod:of')].flatMap((i) => r.entities(i, ACTOR)),
      ...demonyms,
    ];
    for (const o of owners)
      for (const m of meetings)
        found.push({ source: o, type: 'ORGANIZES', target: m, rule: 'initiative-of', negated: r.negated(n) });
  }
}

/** "The committee will consist of X", "is made up of X", "comprises X": the verb and where X hangs. */
const COMPOSED: Record<string, string> = { consist: 'obl:of', compose: 'obl:of', make: 'obl:of', comprise: 'obj' };

/**
 * "The committee will consist of representatives of the government, the opposition and civil
 * society": whose representatives (members, delegates) a body is made of are its members.
 */
export function compositionRules(r: Reading, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    const where = COMPOSED[r.lemma(v)];
    // "made up of": only with its particle, never "made of" a decision.
    if (!where || (r.lemma(v) === 'make' && !r.child(v, 'compound:prt').some((p) => r.lemma(p) === 'up'))) continue;
    // "The Syrian Constitutional Committee, made up of ...": a participle's body is the noun it modifies.
    const heads = [
      ...r.child(v, 'nsubj'),
      ...r.child(v, 'nsubj:pass'),
      ...r.in[v]!.filter((d) => d.rel === 'acl').map((d) => d.gov),
    ];
    const bodies = heads.flatMap((i) => r.entities(i, ['Organization']));
    if (bodies.length === 0) continue;
    const parts = r.child(v, where).flatMap((i) => [i, ...r.child(i, 'appos'), ...r.children(i, 'conj')]);
    const members = parts.flatMap((i) =>
      // "regime members", "opposition delegates": the group named before the word is whose they are.
      PARTS_OF_BODY.has(r.lemma(i))
        ? [...r.child(i, 'nmod:of'), ...r.child(i, 'nmod:from'), ...r.child(i, 'compound'), ...r.child(i, 'amod')]
        : [i],
    );
    // "of the government, the opposition and civil society": the parser may make the list an apposition.
    const listed = members.flatMap((i) => [i, ...r.child(i, 'appos'), ...r.children(i, 'conj')]);
    for (const m of listed.flatMap((i) => r.entities(i, ACTOR)))
      for (const b of bodies)
        if (m !== b) found.push({ source: m, type: 'MEMBER_OF', target: b, rule: 'noun-role', negated: r.negated(v) });
  }
}

/** Who a body is made of, named by whom they come from: "representatives of the opposition". */
const PARTS_OF_BODY = new Set(['representative', 'member', 'delegate', 'figure', 'people', 'person']);

interface NominalRule {
  type: RelationType;
  /** Where the target hangs on the noun: "boycott of", "participation in". */
  cases: readonly string[];
  targets: Types;
}

/** "the SNC's boycott of the congress", "Turkish participation in the talks": an act named by its noun. */
const NOMINALS: Record<string, NominalRule> = {
  boycott: { type: 'BOYCOTTS', cases: ['nmod:of'], targets: MEETING },
  participation: { type: 'ATTENDS', cases: ['nmod:in'], targets: MEETING },
  // "The Kurds announced their non-participation": a refusal announced.
  'non-participation': { type: 'BOYCOTTS', cases: ['nmod:in'], targets: MEETING },
  attendance: { type: 'ATTENDS', cases: ['nmod:at', 'nmod:in'], targets: MEETING },
  presence: { type: 'ATTENDS', cases: ['nmod:at', 'nmod:in'], targets: MEETING },
  withdrawal: { type: 'BOYCOTTS', cases: ['nmod:from'], targets: MEETING },
  hosting: { type: 'HOSTS', cases: ['nmod:of'], targets: MEETING },
  sponsorship: { type: 'ORGANIZES', cases: ['nmod:of'], targets: MEETING },
  organization: { type: 'ORGANIZES', cases: ['nmod:of'], targets: MEETING },
  organisation: { type: 'ORGANIZES', cases: ['nmod:of'], targets: MEETING },
  convening: { type: 'ORGANIZES', cases: ['nmod:of'], targets: MEETING },
  mediation: { type: 'MEDIATES', cases: ['nmod:of', 'nmod:in'], targets: MEETING },
  // "The talks began with UN facilitation" (as "facilitate" the talks).
  facilitation: { type: 'MEDIATES', cases: ['nmod:of', 'nmod:in'], targets: MEETING },
  invitation: { type: 'INVITES', cases: ['nmod:to'], targets: MEETING },
  // "Lavrov's meeting with Zarif", "Turkey's talks with Russia".
  meeting: { type: 'MEETS', cases: ['nmod:with'], targets: ACTOR },
  talks: { type: 'MEETS', cases: ['nmod:with'], targets: ACTOR },
  negotiations: { type: 'MEETS', cases: ['nmod:with'], targets: ACTOR },
  consultations: { type: 'MEETS', cases: ['nmod:with'], targets: ACTOR },
  support: { type: 'SUPPORTS', cases: ['nmod:for'], targets: STANCE },
  backing: { type: 'SUPPORTS', cases: ['nmod:for'], targets: STANCE },
  endorsement: { type: 'SUPPORTS', cases: ['nmod:of'], targets: STANCE },
  commitment: { type: 'SUPPORTS', cases: ['nmod:to'], targets: STANCE },
  // "reached consensus on the agreement": who agree on a text or a position back it.
  consensus: { type: 'SUPPORTS', cases: ['nmod:on'], targets: ['Position', 'Document'] },
  rejection: { type: 'OPPOSES', cases: ['nmod:of'], targets: STANCE },
  condemnation: { type: 'OPPOSES', cases: ['nmod:of'], targets: STANCE },
  criticism: { type: 'OPPOSES', cases: ['nmod:of'], targets: STANCE },
  opposition: { type: 'OPPOSES', cases: ['nmod:to'], targets: STANCE },
  // "the government's objections to the list", "objection over the committee".
  objection: { type: 'OPPOSES', cases: ['nmod:to', 'nmod:over'], targets: STANCE },
  objections: { type: 'OPPOSES', cases: ['nmod:to', 'nmod:over'], targets: STANCE },
  demand: { type: 'DEMANDS', cases: ['nmod:for'], targets: ['Position'] },
  call: { type: 'DEMANDS', cases: ['nmod:for'], targets: ['Position'] },
  offensive: { type: 'FIGHTS', cases: ['nmod:against', 'nmod:on'], targets: ACTOR },
  attack: { type: 'FIGHTS', cases: ['nmod:against', 'nmod:on'], targets: ACTOR },
  attacks: { type: 'FIGHTS', cases: ['nmod:against', 'nmod:on'], targets: ACTOR },
  assault: { type: 'FIGHTS', cases: ['nmod:against', 'nmod:on'], targets: ACTOR },
  operation: { type: 'FIGHTS', cases: ['nmod:against'], targets: ACTOR },
  campaign: { type: 'FIGHTS', cases: ['nmod:against'], targets: ACTOR },
  strikes: { type: 'FIGHTS', cases: ['nmod:against', 'nmod:on'], targets: ACTOR },
  airstrikes: { type: 'FIGHTS', cases: ['nmod:against', 'nmod:on'], targets: ACTOR },
  aggression: { type: 'FIGHTS', cases: ['nmod:against', 'nmod:on'], targets: ACTOR },
};

/** Where a stance named by its noun hangs what it is on ("support for", "rejection of"); none for other nouns. */
export function stanceNounCases(noun: string): readonly string[] {
  const rule = NOMINALS[noun];
  return rule && ['SUPPORTS', 'OPPOSES', 'DEMANDS'].includes(rule.type) && rule.targets.includes('Position')
    ? rule.cases
    : [];
}

/** Acts that bring a body or meeting about, standing for it: "support for the formation of the committee". */
export const FORMING = new Set(['formation', 'creation', 'establishment', 'holding', 'convening']);

/** What answering an invitation to a meeting says of the one invited. */
const ANSWER: Record<string, RelationType> = { reject: 'BOYCOTTS', decline: 'BOYCOTTS', accept: 'ATTENDS' };

/** "The HNC announced a boycott of the conference": the verbs whose subject owns the act they name. */
const DECLARE = new Set([
  'announce',
  'declare',
  'confirm',
  'reaffirm',
  'reiterate',
  'express',
  'voice',
  'renew',
  // "reached consensus on the memorandum".
  'reach',
  // "Turkey launched an offensive against the YPG".
  'launch',
  'begin',
  'start',
  'wage',
  'conduct',
  'mount',
  'carry',
  'continue',
]);

/**
 * Acts named by a noun: the actor is its possessor ("Russia's hosting of"), its agent ("the
 * boycott of the congress by the SNC"), the name before it ("Turkish participation in"), or who
 * announces it ("the HNC announced the boycott of").
 */
export function nominalRules(r: Reading, focus: Mention | null, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    const rule = NOMINALS[r.word(n).toLowerCase()];
    // "voted for the committee's participation": an act asked for is not one reported.
    // "preventing UN condemnation of the regime": an act kept from happening is not one reported either.
    const wished = r.in[n]!.some(
      (d) => d.rel === 'obl:for' || d.rel === 'nmod:for' || (d.rel === 'obj' && PREVENT.has(r.lemma(d.gov))),
    );
    // "Assad's opposition to the committee", "voiced its opposition to the congress": a word the entity
    // finder took for a name ("the opposition") is the act where it is someone's and names its target.
    const act = !!rule && r.child(n, 'nmod:poss').length > 0 && rule.cases.some((c) => r.child(n, c).length > 0);
    if (!rule || (r.mentionAt[n] && !act) || wished) continue;
    // "launched an offensive on Monday against the YPG": the parser may hang the target on the verb.
    const verbs = r.in[n]!.filter((d) => d.rel === 'obj').map((d) => d.gov);
    // "Assad's opposition to the formation of the committee": an act on the body is one on it.
    const heads = rule.cases
      .flatMap((c) => [...r.child(n, c), ...verbs.flatMap((v) => r.child(v, c.replace('nmod', 'obl')))])
      .flatMap((h) => (FORMING.has(r.lemma(h)) ? [h, ...r.child(h, 'nmod:of')] : [h]))
      // "the mediation of Russia": an actor no target of the act is its agent (below), not its target.
      .filter((h) => r.entities(h, rule.targets).length > 0 || r.entities(h, ACTOR).length === 0);
    // "The congress will be held with the participation of ...": an act the meeting is held with is on that meeting.
    const heldWith = r.in[n]!.filter((d) => d.rel === 'obl:with').flatMap((d) => [
      ...r.child(d.gov, 'nsubj'),
      ...r.child(d.gov, 'nsubj:pass'),
      // "is scheduled to be held with the participation of ...": the subject it shares.
      ...r.child(d.gov, 'nsubj:pass:xsubj'),
      ...r.child(d.gov, 'obj'),
    ]);
    const namedTargets = [...heads, ...(heads.length === 0 ? heldWith : [])].flatMap((i) =>
      r.entities(i, rule.targets),
    );
    // "the Russian invitation to participate": an invitation to take part in no meeting named is to the
    // one in focus (the parser may hang "to participate" on the verb that answers the invitation).
    const partake =
      rule.type === 'INVITES'
        ? [...r.children(n, 'acl'), ...r.in[n]!.filter((d) => d.rel === 'nsubj:xsubj').map((d) => d.gov)].filter((v) =>
            TAKE_PART.has(r.lemma(v)),
          )
        : [];
    const invitedTo = partake
      .flatMap((v) => [...r.child(v, 'obl:in'), ...r.child(v, 'obj')])
      .flatMap((i) => r.entities(i, MEETING));
    // "The boycott by the SNC followed ...": an act on no meeting named is on the one in focus;
    // "the presence of the UN envoy was important": so is being there (of one named; "the presence of
    // Iranian troops" is not at a meeting).
    const owned =
      r.child(n, 'nmod:by').length > 0 ||
      r.child(n, 'nmod:poss').length > 0 ||
      (rule.type === 'ATTENDS' && r.child(n, 'nmod:of').some((i) => r.entities(i, ACTOR).includes(r.mentionAt[i]!)));
    // "ensuring the participation of the armed groups": an aim, not the meeting in focus attended.
    const aimed = r.in[n]!.some((d) => d.rel === 'obj' && AIM.has(r.lemma(d.gov)));
    const targets =
      namedTargets.length === 0 &&
      heads.length === 0 &&
      (owned || partake.length > 0) &&
      !aimed &&
      rule.targets === MEETING
        ? invitedTo.length > 0
          ? invitedTo
          : antecedent(r, focus, n)
        : namedTargets;
    if (targets.length === 0) continue;
    const named = [...r.child(n, 'amod'), ...r.child(n, 'compound')]
      .map((i) => r.mentionAt[i])
      .filter((m): m is Mention => !!m && ACTOR.includes(m.type));
    // "The boycott of the congress by the SNC": the parser may hang the agent on the target.
    const agents = [n, ...heads].flatMap((i) => r.child(i, 'nmod:by'));
    // "the participation of Iran in the talks": where "of" names no target, it names the actor.
    // "with the mediation of Russia": where "of" names no target of the act, it names the actor too.
    const ofActors = r
      .child(n, 'nmod:of')
      .filter((i) => !rule.cases.includes('nmod:of') || r.entities(i, rule.targets).length === 0);
    // "objections from the government over the list", "support from Russia for the plan": a stance's source.
    const from = rule.type === 'SUPPORTS' || rule.type === 'OPPOSES' ? r.child(n, 'nmod:from') : [];
    const owners = [...r.child(n, 'nmod:poss'), ...agents, ...ofActors, ...from].flatMap((i) => r.entities(i, ACTOR));
    const declaring = r.in[n]!.filter((d) => d.rel === 'obj' && DECLARE.has(r.lemma(d.gov))).map((d) => d.gov);
    // "The opposition has rejected the invitation to the congress": who turns an invitation down boycotts the meeting.
    // "Russia's invitation was rejected by the SNC": the passive's agent answers.
    const answering =
      rule.type === 'INVITES'
        ? r.in[n]!.filter((d) => (d.rel === 'obj' || d.rel === 'nsubj:pass') && ANSWER[r.lemma(d.gov)])
        : [];
    // Who answers an invitation was invited: "rejected the Russian invitation" is also Russia's invitation of them.
    const inviters = [
      ...[...r.child(n, 'amod'), ...r.child(n, 'compound')]
        .map((i) => r.mentionAt[i])
        .filter((m): m is Mention => !!m && ACTOR.includes(m.type)),
      ...r.child(n, 'nmod:poss').flatMap((i) => r.entities(i, ACTOR)),
      // "the invitation from the Russian side".
      ...r.child(n, 'nmod:from').flatMap((i) => r.entities(i, ACTOR)),
    ];
    const answerers = answering.flatMap(({ gov, rel }) =>
      r.child(gov, rel === 'obj' ? 'nsubj' : 'obl:agent').flatMap((i) => r.entities(i, ACTOR).map((a) => ({ gov, a }))),
    );
    for (const { gov, a } of answerers) {
      // "does not accept the invitation" turns it down, as "rejected" does; "has not yet accepted" does not.
      const declined =
        r.negated(gov) &&
        ANSWER[r.lemma(gov)] === 'ATTENDS' &&
        !r.child(gov, 'advmod').some((i) => /^yet$/i.test(r.word(i)));
      for (const t of targets)
        found.push({
          source: a,
          type: declined ? 'BOYCOTTS' : ANSWER[r.lemma(gov)]!,
          target: t,
          rule: 'nominal',
          negated: r.negated(gov) && !declined,
        });
      for (const i of inviters.filter((x) => x.entityId !== a.entityId))
        found.push({
          source: i,
          type: 'INVITES',
          target: a,
          rule: 'nominal',
          negated: false,
          ...(targets[0] ? { meeting: targets[0].entityId } : {}),
        });
    }
    // "members ... coming to participate, in contrast, 50 figures announced his boycott": of two
    // subjects the parser gives a verb without joining them, the one next to it announces.
    const declarers = declaring
      .flatMap((v) => {
        const subjects = r.child(v, 'nsubj').sort((a, b) => a - b);
        const joined = subjects.slice(1).every((i) => subjects.some((j) => r.children(j, 'conj').includes(i)));
        return joined ? subjects : subjects.slice(-1);
      })
      .flatMap((i) => r.entities(i, ACTOR));
    const actors = [...named, ...owners];
    const negated = declaring.some((v) => r.negated(v));
    // An invitation someone answers is theirs (above), not the meeting's; one to take part says no more.
    if (rule.type === 'INVITES' && (answerers.length > 0 || partake.length > 0)) continue;
    for (const a of actors.length > 0 ? actors : declarers)
      for (const t of targets) {
        if (a.entityId === t.entityId) continue;
        const alliance = rule.type === 'SUPPORTS' && ALLY.includes(t.type);
        found.push({ source: a, type: alliance ? 'ALLIED_WITH' : rule.type, target: t, rule: 'nominal', negated });
      }
  }
}

/** Verbs of what one aims at ("ensure the participation of"), which report no act done. */
const AIM = new Set(['ensure', 'guarantee', 'secure', 'facilitate', 'enable', 'seek', 'demand', 'request', 'want']);

/** "insisted the talks be held", "wants the talks held": a clause (or infinitive) asked for, not reported. */
function asked(r: Reading, v: number): boolean {
  return r.in[v]!.some(
    (d) => /^(?:ccomp|xcomp)$/.test(d.rel) && (WISH.has(r.lemma(d.gov)) || r.lemma(d.gov) === 'insist'),
  );
}

/**
 * "under the auspices of", "at the initiative of": the nouns that put a meeting in someone's hands;
 * "under UN mediation", "through Russian facilitation": a third party's hands, which mediate it.
 */
const AUSPICES: Record<string, 'ORGANIZES' | 'MEDIATES'> = {
  auspices: 'ORGANIZES',
  aegis: 'ORGANIZES',
  initiative: 'ORGANIZES',
  sponsorship: 'ORGANIZES',
  patronage: 'ORGANIZES',
  mediation: 'MEDIATES',
  facilitation: 'MEDIATES',
};

/**
 * "The talks were held under the auspices of the UN", "the congress, at the initiative of Russia":
 * whose auspices a meeting is under organizes it (the meeting is the noun the phrase qualifies, or
 * the subject or object of the verb it qualifies, or the noun that verb qualifies).
 */
export function auspicesRules(r: Reading, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    const type = AUSPICES[r.lemma(n)];
    if (!type || r.mentionAt[n]) continue;
    // "insisted any talks be held under UN sponsorship": hands asked for hold no meeting yet.
    const under = r.in[n]!.filter((d) => /^(?:obl|nmod):(?:under|at|with|through)$/.test(d.rel) && !asked(r, d.gov));
    const meetings = under
      .flatMap((d) => [
        d.gov,
        ...['nsubj', 'nsubj:pass', 'obj'].flatMap((c) => r.child(d.gov, c)),
        // "the congress, held at the initiative of Russia": the noun the participle qualifies.
        ...r.in[d.gov]!.filter((e) => e.rel === 'acl').map((e) => e.gov),
      ])
      .flatMap((i) => r.entities(i, MEETING));
    // "under UN auspices", "under the UN's auspices", "under Russian sponsorship": whose they are.
    const whose = [
      ...['nmod:of', 'nmod:poss', 'compound'].flatMap((c) => r.child(n, c)).flatMap((i) => r.entities(i, ACTOR)),
      ...r.child(n, 'amod').flatMap((i) => r.entities(i, GROUP)),
    ];
    for (const a of whose)
      for (const m of meetings)
        found.push({ source: a, type, target: m, rule: 'auspices', negated: r.negated(under[0]!.gov) });
  }
}

/** Nouns that make their holder someone's ally: "regime allies Russia and Iran", "rebel backer Turkey". */
const ALLY_NOUNS = new Set(['ally', 'backer', 'supporter', 'patron']);

/**
 * "the Syrian government and its ally Russia", "Moscow's ally Bashar al-Assad", "rebel backer
 * Turkey": the ally (the noun's apposition, or the name the noun stands before) is allied with the
 * possessor, the noun's modifier, or what "its" stands for, the conjunct the ally is listed with.
 */
export function allyRules(r: Reading, found: Found[]): void {
  for (let a = 1; a <= r.parse.tokens.length; a++) {
    if (!ALLY_NOUNS.has(r.lemma(a))) continue;
    const allies = [
      ...r.child(a, 'appos').flatMap((i) => r.entities(i, ACTOR)),
      ...r.in[a]!.filter((d) => d.rel === 'compound' || d.rel === 'appos').flatMap((d) => r.entities(d.gov, ACTOR)),
    ];
    const partners: Mention[] = [];
    // "Russia, an ally of the Syrian government".
    for (const p of [...r.child(a, 'nmod:poss'), ...r.child(a, 'nmod:of'), ...modifiersBefore(r, a)]) {
      if (/^(?:its|their|his|her)$/i.test(r.word(p)) && !r.mentionAt[p])
        partners.push(...r.in[a]!.filter((d) => d.rel.startsWith('conj')).flatMap((d) => r.entities(d.gov, ACTOR)));
      else partners.push(...r.entities(p, ACTOR));
    }
    const named = [...r.child(a, 'compound'), ...r.child(a, 'amod')]
      .map((i) => r.mentionAt[i])
      .filter((m): m is Mention => !!m && ACTOR.includes(m.type) && m !== r.mentionAt[a]);
    // "Ankara and its Western allies": with no ally named beside the noun, the name before it (or the
    // name the noun is part of) is the ally and "its" gives the partner; else that name is the partner
    // ("regime allies Russia and Iran").
    const pronounOnly = allies.length === 0 && r.child(a, 'nmod:poss').some((p) => !r.mentionAt[p]);
    const own = r.mentionAt[a];
    if (pronounOnly) allies.push(...named, ...(own && ACTOR.includes(own.type) ? [own] : []));
    else partners.push(...named);
    for (const ally of allies)
      for (const partner of partners)
        if (ally !== partner)
          found.push({ source: ally, type: 'ALLIED_WITH', target: partner, rule: 'alliance', negated: false });
  }
}
