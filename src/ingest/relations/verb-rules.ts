/** Rules on verbs: subject and object, passives, refusals, demands, votes (branding and stance clauses have their own files). */
import type { Gazetteer } from '../entities.ts';
import type { Mention } from '../types.ts';
import { ACTOR, ALLY, GROUP, MEETING, STANCE } from './argument-types.ts';
import { BRAND, brandClaimRule, brandRule, hostState } from './branding-rules.ts';
import { agendaRule, SETTLE } from './agenda-rule.ts';
import { gappedSide } from './ellipsis-rule.ts';
import { meetEachOther } from './encounter-rules.ts';
import type { Found } from './found.ts';
import { antecedent, type Reading } from './reading.ts';
import {
  controller,
  DEMAND,
  DEMAND_CLAUSE,
  EFFORT,
  positionsAt,
  positionsUnder,
  STANCE_PARTICIPLES,
  STRESS,
  SUBVERT,
  unwilling,
  verdict,
  WORTH,
  WORTHY,
} from './stance-clauses.ts';
import { VERBS } from './verb-table.ts';
import {
  ARRIVE,
  BACK,
  BACKING,
  BASE,
  COUNTED,
  DECIDE,
  DELEGATION,
  GIVE,
  GO,
  HELD,
  INVOLVE,
  LEAD,
  MEET,
  MEETING_HEADS,
  OUTCOME,
  PLAN,
  REFUSE,
  SAY,
  SCHEDULE,
  SEND,
  SPEAKS_FOR,
  TAKE_PART,
  TALK,
  TALKS,
} from './word-classes.ts';

/** Possessive pronouns: "its decision", "their plan". */
const POSSESSIVE = /^(?:its|their|his|her|our)$/i;

/** Verbs that give up or deny a plan: "dropped its plan to attend", "denied any intention to take part". */
const FORSAKE = new Set(['deny', 'drop', 'abandon', 'scrap', 'shelve', 'cancel', 'withdraw']);

/**
 * "has no intention to attend", "did not announce a decision to take part", "denied its intention to
 * participate": the act of a plan or decision that is denied or given up is denied.
 */
function forsaken(r: Reading, v: number): boolean {
  const plan = (i: number): boolean => DECIDE.has(r.lemma(i)) || PLAN.has(r.lemma(i));
  // The parser hangs the act on the plan ("its plan to attend") or on the verb, the plan its subject.
  return [
    ...r.in[v]!.filter((e) => e.rel.startsWith('acl') && plan(e.gov)).map((e) => e.gov),
    ...r.child(v, 'nsubj:xsubj').filter(plan),
  ].some(
    (d) =>
      r.child(d, 'det').some((x) => /^no$/i.test(r.word(x))) ||
      r.in[d]!.some((e) => e.rel === 'obj' && (r.negated(e.gov) || FORSAKE.has(r.lemma(e.gov)))),
  );
}

/**
 * "The US and Jordan participated as observers in the talks": the parser may hang the verb's oblique on the
 * role it is done in.
 */
function inRole(r: Reading, v: number, targets: readonly string[]): number[] {
  const obliques = targets.filter((t) => t.startsWith('obl:'));
  return r
    .child(v, 'obl:as')
    .flatMap((a) => obliques.flatMap((t) => r.child(a, t.replace(/^obl:/, 'nmod:'))))
    .filter((i) => r.mentionAt[i]?.type === 'Meeting');
}

/** What a relative clause hung on `head` is said of: the meeting the head's phrase names, where it names one. */
function relativeHead(r: Reading, head: number): number[] {
  // "Supporters of the congress, who are backed by Iran": "who" is said of people.
  if (r.child(head, 'ref').some((i) => /^(?:who|whom)$/i.test(r.word(i)))) return [head];
  const named = r.mentionAt[head];
  const isMeeting = (i: number): boolean => r.mentionAt[i]?.type === 'Meeting';
  const meetings =
    named?.type === 'Place'
      ? r.in[head]!.filter((d) => /^nmod:(?:in|at)$/.test(d.rel) && isMeeting(d.gov)).map((d) => d.gov)
      : named
        ? []
        : r.child(head, 'nmod:of').filter(isMeeting);
  return meetings.length > 0 ? meetings : [head];
}

/** The verb's subjects and objects, passives turned round. */
function arguments_(r: Reading, v: number, targets: readonly string[]): { subjects: number[]; objects: number[] } {
  // "A new round of talks brokered by Iran, Russia and Turkey began": the parser may read the
  // participle's agents as "by" obliques, and the participle as the sentence's verb, its noun the subject.
  const participle = r.parse.tokens[v - 1]?.pos === 'VBN';
  // "talks sponsored by Saudi Arabia": the parser may read the participle as the noun's adjective
  // and hang its agent on the noun.
  const described = participle ? r.in[v]!.filter((d) => d.rel === 'amod').map((d) => d.gov) : [];
  const agents = participle
    ? [
        ...r.child(v, 'obl:agent'),
        ...r.child(v, 'obl:by'),
        ...described.flatMap((i) => [...r.child(i, 'nmod:agent'), ...r.child(i, 'nmod:by')]),
      ]
    : [];
  const reduced = agents.length > 0 && r.child(v, 'aux').length === 0 && r.child(v, 'nsubj').length > 0;
  // "The Iranian delegation headed by Hossein Jaberi Ansari": a participle's noun is its passive subject.
  // "Russia sponsored a new round of the talks, hosted by Kazakhstan": a participle the parser hangs
  // on the verb (`dep`) is said of the verb's object.
  // "The talks in Astana, sponsored by Russia": the parser may hang the participle on the venue.
  const modified =
    agents.length > 0
      ? [
          ...r.in[v]!.filter((d) => d.rel === 'acl').map((d) => d.gov),
          ...described,
          ...r.in[v]!.filter((d) => d.rel === 'dep').flatMap((d) => r.child(d.gov, 'obj')),
          // "The congress, organised by Russia and co-sponsored by Turkey": participles the parser
          // leaves a bare `dep` of the noun are said of it.
          ...r.in[v]!.filter((d) => d.rel === 'dep' && !r.isVerb(d.gov) && r.mentionAt[d.gov]).map((d) => d.gov),
        ].flatMap((i) =>
          r.mentionAt[i]?.type === 'Place'
            ? [i, ...r.in[i]!.filter((d) => d.rel === 'nmod:in' || d.rel === 'nmod:at').map((d) => d.gov)]
            : [i],
        )
      : [];
  // "The talks are set to begin and will be sponsored by Turkey": a passive's subject may be shared.
  // "Critics of the Sochi Congress, which is backed by Turkey", "the congress in Sochi, which is opposed
  // by ...": the parser may hang a relative clause on the phrase's head or on the venue, not on the
  // meeting the phrase names.
  const passiveSubjects = [...r.child(v, 'nsubj:pass'), ...r.child(v, 'nsubj:pass:xsubj')].flatMap((i) =>
    r.in[v]!.some((d) => d.rel === 'acl:relcl' && d.gov === i) ? relativeHead(r, i) : [i],
  );
  const passive = passiveSubjects.length > 0 || reduced || modified.length > 0;
  // "Russia was represented by Lavrentiev, Turkey - by Onal": a gapped side's agent is not the verb's.
  const subjects = passive
    ? [...new Set([...r.child(v, 'obl:agent'), ...agents])].filter((a) => gappedSide(r, v, a) === undefined)
    : [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')];
  // "Russia rejected the transition demanded by the rebels": the parser may hang the participle on the
  // verb (`dep`) and make the verb's object the participle's subject.
  const misread =
    !passive && targets.includes('obj') && r.child(v, 'obj').length === 0
      ? r
          .child(v, 'dep')
          .filter((d) => r.parse.tokens[d - 1]?.pos === 'VBN' && d > v && r.child(d, 'obl:by').length > 0)
          .flatMap((d) => r.child(d, 'nsubj').filter((i) => i > v))
      : [];
  const objects = passive
    ? [...passiveSubjects, ...(reduced ? r.child(v, 'nsubj') : []), ...modified]
    : [...targets.flatMap((t) => r.child(v, t)), ...misread, ...inRole(r, v, targets)];
  if (passive) objects.push(...targets.filter((t) => t !== 'obj').flatMap((t) => r.child(v, t)));
  // "The talks, like an earlier round, will be sponsored by Turkey", "Iran, like Russia, attended":
  // what the clause is likened to stands where its subject does.
  (passive ? objects : subjects).push(...r.child(v, 'obl:like'));
  // "the SNC announced the decision to boycott the meeting": who makes the decision is the subject.
  const owned = (i: number): boolean => DECIDE.has(r.lemma(i)) || PLAN.has(r.lemma(i));
  const decisions = passive
    ? []
    : [...subjects.filter(owned), ...r.in[v]!.filter((e) => e.rel.startsWith('acl') && owned(e.gov)).map((e) => e.gov)];
  for (const d of decisions) {
    // "Iran backed Moscow's plan to hold a congress", "rejected the Russian proposal": whose plan it
    // is; else who announces it (one who takes a stance on it does not make it).
    // "Iran confirmed its intention to take part": a possessive pronoun no entity stands for is the announcer's.
    const owners = [...r.child(d, 'nmod:poss'), ...r.child(d, 'amod')].filter(
      (i) => r.mentionAt[i] || (r.child(d, 'nmod:poss').includes(i) && !POSSESSIVE.test(r.word(i))),
    );
    const announcing = r.in[d]!.filter((e) => e.rel === 'obj' && !STANCE_VERBS.has(r.lemma(e.gov)));
    if (owners.length > 0) subjects.push(...owners);
    else for (const g of announcing) subjects.push(...r.child(g.gov, 'nsubj').flatMap((s) => spokenFor(r, s)));
  }
  return { subjects, objects };
}

/**
 * "The head of the SNC, Nasr al-Hariri, announced the decision to boycott", "SNC spokesman Yahya
 * al-Aridi announced the decision": a decision its head or spokesman announces is the body's.
 */
function spokenFor(r: Reading, announcer: number): number[] {
  const titles = [
    announcer,
    ...r.child(announcer, 'appos'),
    ...r.child(announcer, 'compound'),
    ...r.in[announcer]!.filter((d) => d.rel === 'appos').map((d) => d.gov),
  ].filter((i) => SPEAKS_FOR.has(r.lemma(i)));
  const bodies = titles
    .flatMap((t) => [...r.child(t, 'nmod:of'), ...r.child(t, 'nmod:poss'), ...r.child(t, 'compound')])
    .filter((i) => r.entities(i, GROUP).length > 0);
  return bodies.length > 0 ? bodies : [announcer];
}

/** The verbs that take a stance on what they are said of. */
const STANCE_VERBS = new Set(
  VERBS.filter((rule) => rule.type === 'SUPPORTS' || rule.type === 'OPPOSES').flatMap((rule) => rule.lemmas),
);

export function verbRules(
  r: Reading,
  focus: Mention | null,
  gaz: Gazetteer,
  voice: Mention | null,
  found: Found[],
): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (r.hypothetical(v)) continue;
    const lemma = r.lemma(v);
    const negated = r.negated(v) || r.in[v]!.some((d) => d.rel === 'xcomp' && r.negated(d.gov)) || forsaken(r, v);
    // "refused to attend", "refrained from attending".
    const refused = r.in[v]!.some((d) => /^(?:xcomp|advcl:from)$/.test(d.rel) && REFUSE.has(r.lemma(d.gov)));
    // "decided not to go", "the decision has been made to not go": a refusal, not only a denial.
    const decided =
      negated &&
      (r.in[v]!.some((d) => /^(?:xcomp|acl)/.test(d.rel) && DECIDE.has(r.lemma(d.gov))) ||
        r.child(v, 'nsubj:xsubj').some((i) => DECIDE.has(r.lemma(i))));
    // "will not take part" announces a refusal; "did not attend" only denies the attending.
    const announced = r.child(v, 'aux').some((a) => /^(?:will|would|wo|'ll|shall)$/i.test(r.word(a)));
    const refusing = refused || decided || (negated && announced && TAKE_PART.has(lemma));
    for (const rule of VERBS) {
      if (!rule.lemmas.includes(lemma)) continue;
      if (rule.object && !r.child(v, 'obj').some((o) => r.lemma(o) === rule.object)) continue;
      if (rule.type === 'ORGANIZES' && naming(r, v)) continue;
      // "urged the opposition to attend", "was invited to take part": a wish for the act reports no attending.
      if (rule.type === 'ATTENDS' && r.wished(v)) continue;
      const { subjects, objects } = arguments_(r, v, rule.targets);
      const passive = r.child(v, 'nsubj:pass').length > 0;
      const hosts =
        rule.type === 'HOSTS'
          ? subjects.flatMap((i) => r.entities(i, ['Place']).flatMap((p) => hostState(p, gaz) ?? []))
          : [];
      const fellows = rule.type === 'ATTENDS' && !passive && !negated && !refusing ? companions(r, v, objects) : [];
      for (const s of [...subjects.flatMap((i) => r.entities(i, rule.source)), ...hosts, ...fellows]) {
        // "The heads of delegations held talks": holding talks is meeting (below), not organizing
        // the meeting the talks are read as; "hold the congress" is.
        // "Zarif held talks in Astana": bare talks held are a meeting of their holders too.
        const held =
          lemma === 'hold'
            ? objects.filter(
                (i) =>
                  !(TALKS.has(r.lemma(i)) && (r.mentionAt[i]?.anaphor || r.child(i, 'det').length === 0)) ||
                  newRound(r, v, i, subjects),
              )
            : objects;
        // "welcomed the outcome of the talks": a stance on what a meeting gave is on the meeting.
        const stance = rule.type === 'SUPPORTS' || rule.type === 'OPPOSES';
        const gave = stance ? held.filter((i) => OUTCOME.has(r.lemma(i)) && !r.mentionAt[i]) : [];
        // "welcomed Saudi efforts to unify the opposition", "backed Moscow's plan to hold the congress":
        // a stance on an effort is on what it works for.
        const efforts = stance ? held.filter((i) => EFFORT.has(r.lemma(i)) && !r.mentionAt[i]) : [];
        // The parser may hang the aim on the verb, the effort its subject.
        const aims = [
          ...efforts.flatMap((i) => r.children(i, 'acl')),
          ...r.child(v, 'xcomp').filter((x) => r.child(x, 'nsubj:xsubj').some((i) => efforts.includes(i))),
        ].filter((a) => !SUBVERT.has(r.lemma(a)));
        const meetings = [
          ...gave.flatMap((i) => r.child(i, 'nmod:of')).flatMap((i) => r.entities(i, MEETING)),
          ...aims.flatMap((a) => r.child(a, 'obj')).flatMap((i) => r.entities(i, MEETING)),
          ...positionsUnder(r, aims),
        ];
        // "arrived in Astana for talks spearheaded by Russia": bare talks a participle tells of are
        // the talks in focus, unless the sentence places them elsewhere ("met in Riyadh for talks ...").
        const bare =
          rule.target.includes('Meeting') && !elsewhere(r, focus, gaz)
            ? held
                .filter((i) => !r.mentionAt[i] && MEETING_HEADS.has(r.word(i).toLowerCase()) && modifies(r, v, i))
                .flatMap((i) => antecedent(r, focus, i))
            : [];
        for (const o of [...held.flatMap((i) => r.entities(i, rule.target)), ...meetings, ...bare]) {
          const described = bare.includes(o) && !held.some((i) => r.entities(i, rule.target).includes(o));
          const meeting =
            rule.type === 'INVITES' && o.type !== 'Meeting'
              ? (r.children(v, 'obl').flatMap((i) => r.entities(i, MEETING))[0] ?? focus)
              : null;
          const refusal = refusing && rule.type === 'ATTENDS';
          // "The summit was hosted by Erdogan": a person hosts no meeting (a state or a body does); he is at it.
          const host = rule.type === 'HOSTS' && s.type === 'Person';
          // "Turkey and the United States support different rebel groups": backing a state or an
          // armed group is an alliance (DESIGN.md), a stance is for positions, meetings, people.
          const alliance = rule.type === 'SUPPORTS' && BACK.has(lemma) && ALLY.includes(o.type);
          found.push({
            source: s,
            type: refusal ? 'BOYCOTTS' : alliance ? 'ALLIED_WITH' : host ? 'ATTENDS' : rule.type,
            target: o,
            rule: refusal
              ? 'refusal'
              : alliance
                ? 'alliance'
                : described
                  ? 'participle-focus'
                  : passive
                    ? 'passive'
                    : 'verb',
            // "refused to condemn the talks", "refrained from criticizing them": a refusal denies any other act.
            negated: refusal ? false : negated || refused,
            ...(meeting ? { meeting: meeting.entityId } : {}),
            ...(hosts.includes(s) ? { inferred: true } : {}),
          });
        }
      }
    }
    // "organized by Russia together with Turkey and Iran", "launched the talks with Turkey": who
    // convenes (mediates) a named meeting with others does it with them; one holds talks with a side.
    const convening = VERBS.find(
      (rule) => (rule.type === 'ORGANIZES' || rule.type === 'MEDIATES') && rule.lemmas.includes(lemma),
    );
    if (convening && lemma !== 'hold' && !naming(r, v)) {
      const { subjects, objects } = arguments_(r, v, ['obj']);
      const named = objects.filter((i) => r.mentionAt[i]).flatMap((i) => r.entities(i, MEETING));
      // States: "organized the talks with the SNC" names a side, not a co-sponsor.
      const partners = [...r.child(v, 'obl:with'), ...objects.flatMap((i) => r.child(i, 'nmod:with'))].flatMap((i) =>
        r.entities(i, ['State']),
      );
      if (subjects.some((i) => r.entities(i, ACTOR).length > 0))
        for (const p of partners)
          for (const m of named)
            found.push({ source: p, type: convening.type, target: m, rule: 'co-organizers', negated });
    }
    if (SETTLE.has(lemma)) {
      const { subjects, objects } = arguments_(r, v, ['obj']);
      agendaRule(r, v, subjects, objects, found);
    }
    // "Astana, which will host the next round", "Sochi hosted the congress": a place that hosts a
    // meeting is its venue (its state, read through the lexicon above, hosts it).
    if (lemma === 'host' || lemma === 'co-host') {
      const { subjects, objects } = arguments_(r, v, ['obj']);
      for (const p of subjects.flatMap((i) => r.entities(i, ['Place'])))
        for (const m of objects.flatMap((i) => r.entities(i, MEETING)))
          found.push({ source: m, type: 'HELD_IN', target: p, rule: 'host-venue', negated });
    }
    // "decided not to travel to Astana", "will not attend": a refusal of the meeting there or in
    // focus; "won't go to Sochi": a denial that it attends.
    if (GO.has(lemma) && (negated || refused)) {
      const subjects = [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')];
      const place = r.children(v, 'obl').some((i) => r.mentionAt[i]?.type === 'Place');
      const meeting =
        [...r.child(v, 'obj'), ...r.children(v, 'obl')].flatMap((i) => r.entities(i, MEETING))[0] ??
        (place || r.child(v, 'obj').length === 0 ? focus : null);
      // '"The decision has been made to not go to Sochi," a spokesperson for the HNC told EFE': a
      // decision that names no one is the speaker's side's.
      const sources = subjects.flatMap((i) => r.entities(i, ACTOR));
      const unnamed = subjects.every((i) => DECIDE.has(r.lemma(i)));
      if (sources.length === 0 && unnamed && refusing && voice) sources.push(voice);
      if (meeting && !(VERBS.some((rule) => rule.lemmas.includes(lemma)) && r.child(v, 'obj').length > 0)) {
        for (const s of sources)
          found.push(
            refusing
              ? { source: s, type: 'BOYCOTTS', target: meeting, rule: 'refusal', negated: false }
              : { source: s, type: 'ATTENDS', target: meeting, rule: 'verb', negated: true },
          );
      }
    }
    // "The Turkish delegation will be chaired by Sedat Onal", "Lavrentiev is leading Moscow's
    // delegation": who heads a state's or a body's delegation represents it.
    if (LEAD.has(lemma)) {
      const { subjects, objects } = arguments_(r, v, ['obj']);
      // "refused to lead the delegation to the talks" denies the heading, as "will not head" does.
      const denied = negated || refused;
      for (const o of objects.filter((i) => DELEGATION.test(r.word(i)))) {
        for (const g of r.entities(o, GROUP))
          for (const p of subjects.flatMap((i) => r.entities(i, ['Person'])))
            found.push({ source: p, type: 'REPRESENTS', target: g, rule: 'delegation-head', negated: denied });
        // "was picked to lead a negotiating team for the talks": who leads a delegation to a meeting attends it.
        const meetings = [
          ...r.child(v, 'obl:for'),
          ...r.child(v, 'obl:to'),
          ...r.child(o, 'nmod:for'),
          ...r.child(o, 'nmod:to'),
        ].flatMap((i) => r.entities(i, MEETING));
        // "Jaafari will head the government delegation to the talks": the delegation's side attends too
        // (whoever heads it: "will not head" denies only the heading).
        const attendees = [...subjects, ...(denied ? [] : [o])].flatMap((i) => r.entities(i, ACTOR));
        for (const m of meetings)
          for (const a of attendees)
            found.push({ source: a, type: 'ATTENDS', target: m, rule: 'delegation-head', negated: denied });
      }
    }
    // "FSA fighters are fighting alongside Turkish troops": who fights alongside is an ally.
    if (lemma === 'fight' || lemma === 'battle') {
      for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
        for (const o of r.child(v, 'obl:alongside').flatMap((i) => r.entities(i, ACTOR)))
          if (s.entityId !== o.entityId)
            found.push({ source: s, type: 'ALLIED_WITH', target: o, rule: 'alliance', negated });
    }
    if (BRAND.has(lemma)) brandRule(r, v, gaz, negated, found);
    if (SAY.has(lemma)) brandClaimRule(r, v, gaz, negated, found);
    // "Russia has invited more than 1,500 delegates to the conference": with no one named, the
    // meeting invited to.
    if (lemma === 'invite') {
      const { subjects, objects } = arguments_(r, v, ['obj']);
      if (objects.every((o) => r.entities(o, ACTOR).length === 0))
        for (const s of subjects.flatMap((i) => r.entities(i, ACTOR)))
          for (const m of r
            .child(v, 'obl:to')
            .flatMap((i) =>
              r
                .entities(i, MEETING)
                .concat(!r.mentionAt[i] && MEETING_HEADS.has(r.lemma(i)) ? antecedent(r, focus, i) : []),
            ))
            found.push({ source: s, type: 'INVITES', target: m, rule: 'verb', negated });
    }
    // "In the congress at Sochi, Turkey is represented by Sedat Önal", "the external opposition will be
    // presented at the congress": who is represented at a meeting attends it.
    if (lemma === 'represent' || lemma === 'present') {
      const represented = [...r.child(v, 'nsubj:pass'), ...(lemma === 'represent' ? r.child(v, 'obj') : [])].flatMap(
        (i) => r.entities(i, GROUP),
      );
      // The parser may hang "at the congress" on the object ("represent the opposition at ...").
      const meetings = [
        ...['obl:in', 'obl:at', 'obl:during'].flatMap((c) => r.child(v, c)),
        ...r.child(v, 'obj').flatMap((o) => ['nmod:at', 'nmod:during'].flatMap((c) => r.child(o, c))),
      ].flatMap((i) => r.entities(i, MEETING));
      // "Sedat Onal will represent Turkey at the Sochi summit": who represents someone at a meeting
      // attends it too; "Turkey would represent the opposition during the talks": a group a state
      // speaks for there does not (an official's state does).
      const representers = (lemma === 'represent' ? [...r.child(v, 'nsubj'), ...r.child(v, 'obl:agent')] : []).flatMap(
        (i) => r.entities(i, ACTOR),
      );
      const officials = representers.length > 0 && representers.every((p) => p.type === 'Person');
      const attends = lemma === 'present' || r.child(v, 'nsubj:pass').length > 0 || officials;
      for (const g of [...representers, ...(attends ? represented : [])])
        for (const m of meetings) found.push({ source: g, type: 'ATTENDS', target: m, rule: 'verb', negated });
    }
    if (SEND.has(lemma)) {
      const { subjects, objects } = arguments_(r, v, ['obj']);
      for (const g of subjects.flatMap((i) => r.entities(i, GROUP)))
        for (const p of objects.flatMap((i) => r.entities(i, ['Person'])))
          found.push({ source: p, type: 'REPRESENTS', target: g, rule: 'sent', negated });
      // "Jordan sent observers to the Astana talks": whoever sends someone to a meeting takes part in it;
      // "abstained from sending a delegation to the talks" refuses it.
      // "urged the government to send a delegation to the talks": asked for, not done.
      const meetings =
        objects.length > 0 && !r.wished(v) ? r.child(v, 'obl:to').flatMap((i) => r.entities(i, MEETING)) : [];
      for (const g of subjects.flatMap((i) => r.entities(i, GROUP)))
        for (const m of meetings)
          found.push(
            refused
              ? { source: g, type: 'BOYCOTTS', target: m, rule: 'refusal', negated: false }
              : { source: g, type: 'ATTENDS', target: m, rule: 'sent', negated },
          );
    }
    // "Jordan attended the Astana talks. Iran also took part.": taking part in no meeting named is in
    // the one in focus.
    const named = [
      ...r.child(v, 'obj').filter((o) => r.lemma(o) !== 'part'),
      ...r.child(v, 'obl:in'),
      ...r.child(v, 'obl:at'),
    ];
    // "The talks opened on Monday. Jaafari was present.": being present at no meeting named is at the one in focus.
    const present = lemma === 'present' && r.child(v, 'cop').length > 0;
    const partaking =
      lemma === 'take' ? r.child(v, 'obj').some((o) => r.lemma(o) === 'part') : TAKE_PART.has(lemma) || present;
    if (partaking && named.length === 0 && !negated && !refused && !r.wished(v))
      for (const m of antecedent(r, focus, v))
        for (const s of [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')].flatMap((i) => r.entities(i, ACTOR)))
          found.push({ source: s, type: 'ATTENDS', target: m, rule: 'verb', negated: false });
    // "The SNC is in Geneva for the talks", "figures were en route to Astana for the talks": being
    // at a place, or on the way, for a meeting attends it.
    const whereabouts = r.mentionAt[v]?.type === 'Place' || /^(?:route|way)$/.test(lemma);
    if (whereabouts && r.child(v, 'cop').length > 0)
      for (const m of [...r.child(v, 'obl:for'), ...r.child(v, 'nmod:for')].flatMap((i) => r.entities(i, MEETING)))
        for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
          found.push({ source: s, type: 'ATTENDS', target: m, rule: 'verb', negated });
    // "Lavrov travelled to Sochi for the congress", "arrived for the talks": who comes to a meeting attends it.
    if (ARRIVE.has(lemma) && !negated && !refused)
      for (const m of [...r.child(v, 'obl:for'), ...r.child(v, 'obl:to'), ...r.child(v, 'obl:at')].flatMap((i) =>
        r.entities(i, MEETING),
      ))
        for (const s of [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')].flatMap((i) => r.entities(i, ACTOR)))
          found.push({ source: s, type: 'ATTENDS', target: m, rule: 'verb', negated: false });
    // "The talks are based on Resolution 2254", "a settlement based on the resolution": what is based on a document refers to it.
    if (BASE.has(lemma)) {
      const based = [...r.child(v, 'nsubj:pass'), ...r.in[v]!.filter((d) => d.rel === 'acl').map((d) => d.gov)];
      for (const s of based.flatMap((i) => r.entities(i, [...ACTOR, 'Meeting'])))
        for (const d of [...r.child(v, 'obl:on'), ...r.child(v, 'obl:upon')].flatMap((i) =>
          r.entities(i, ['Document']),
        ))
          found.push({ source: s, type: 'REFERS_TO', target: d, rule: 'verb', negated });
    }
    if (SCHEDULE.has(lemma))
      for (const m of r.child(v, 'nsubj:pass').flatMap((i) => r.entities(i, MEETING)))
        for (const p of r.child(v, 'obl:in').flatMap((i) => r.entities(i, ['Place'])))
          found.push({ source: m, type: 'HELD_IN', target: p, rule: 'passive', negated });
    if (INVOLVE.has(lemma)) {
      const { subjects, objects } = arguments_(r, v, ['obj']);
      for (const m of subjects.flatMap((i) => r.entities(i, MEETING)))
        for (const a of objects.flatMap((i) => r.entities(i, ACTOR)))
          found.push({ source: a, type: 'ATTENDS', target: m, rule: 'verb', negated });
    }
    // "Ambassadors of Russia and Kazakhstan have discussed ...": a meeting among the subjects.
    // "Lavrov and Zarif spoke by phone".
    const phoned =
      (lemma === 'speak' || lemma === 'talk') &&
      ['obl:by', 'obl:on', 'obl:over'].some((c) => r.child(v, c).some((i) => /^(?:tele)?phone$/.test(r.lemma(i))));
    if ((MEET.has(lemma) || phoned) && r.child(v, 'obl:with').length === 0) {
      const among = r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR));
      // What is discussed is a topic ("discussed Syria"); whom one meets is another party.
      const others = lemma === 'meet' ? r.child(v, 'obj').flatMap((i) => r.entities(i, ACTOR)) : [];
      if (others.length === 0) meetEachOther(found, 'meeting-among', among, negated);
    }
    // "Lavrov discussed the Astana talks with Zarif": the parser may hang "with" on what is discussed;
    // a person is met, and a group where what is discussed is named ("discussed ties with Iran" is a topic).
    if ((MEET.has(lemma) || TALK.has(lemma)) && r.child(v, 'obl:with').length === 0) {
      const partners = r
        .child(v, 'obj')
        .flatMap((o) => r.child(o, 'nmod:with').flatMap((i) => r.entities(i, r.mentionAt[o] ? ACTOR : ['Person'])));
      for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
        for (const p of partners)
          if (s.entityId !== p.entityId) found.push({ source: s, type: 'MEETS', target: p, rule: 'verb', negated });
    }
    // "the Commission's delegation held dialogue with the Russian side, the United Nations, ...".
    if (lemma === 'hold' || lemma === 'have') {
      for (const o of r.child(v, 'obj').filter((i) => talksNoun(r, i))) {
        const withs = [...r.child(v, 'obl:with'), ...r.child(o, 'nmod:with')];
        // The parser hangs the rest of a long "with" list on the verb as objects.
        const rest = withs.length > 0 ? r.child(v, 'obj').filter((i) => i !== o) : [];
        const partners = [...withs, ...rest].flatMap((i) => r.entities(i, ACTOR));
        const holders = r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR));
        for (const s of holders)
          for (const p of partners) found.push({ source: s, type: 'MEETS', target: p, rule: 'talks-with', negated });
        // "Iran, Russia and Turkey will hold trilateral meetings": with no one else named, among themselves;
        // "Erdogan, Putin and Rouhani held a trilateral meeting in Tehran": the meeting so held, they attend.
        if (partners.length === 0) {
          meetEachOther(found, 'meeting-among', holders, negated);
          for (const m of holders.length > 1 ? r.entities(o, MEETING) : [])
            for (const a of holders)
              found.push({ source: a, type: 'ATTENDS', target: m, rule: 'meeting-among', negated });
        }
      }
    }
    // "Zarif arrived in Moscow for talks with Lavrov": who comes for talks with someone meets them;
    // "the rebels set out conditions in talks with Russia": who acts in talks with someone too.
    // Being "ready for talks with" someone is no act: only a verb's talks are held.
    const inTalks = r.isVerb(v) ? ['obl:for', 'obl:in', 'obl:during'].flatMap((c) => r.child(v, c)) : [];
    for (const o of inTalks.filter((i) => talksNoun(r, i))) {
      const partners = r.child(o, 'nmod:with').flatMap((i) => r.entities(i, ACTOR));
      for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
        for (const p of partners)
          if (s.entityId !== p.entityId)
            found.push({ source: s, type: 'MEETS', target: p, rule: 'talks-with', negated });
    }
    // "Russia, along with Iran, has given Assad's government crucial support": backing a state or
    // an armed group is an alliance, anything else a stance.
    if (GIVE.has(lemma)) {
      const backing = r.child(v, 'obj').filter((i) => BACKING.has(r.lemma(i)));
      // The parser hangs "behind X" on the verb or on the backing.
      const backed = [
        ...r.child(v, 'iobj'),
        ...r.child(v, 'obl:to'),
        ...r.child(v, 'obl:behind'),
        ...backing.flatMap((b) => r.child(b, 'nmod:behind')),
      ].flatMap((i) => r.entities(i, STANCE));
      const givers = [...r.child(v, 'nsubj'), ...r.child(v, 'obl:along_with'), ...r.child(v, 'obl:together_with')];
      if (backing.length > 0)
        for (const g of givers.flatMap((i) => r.entities(i, ACTOR)))
          for (const t of backed) {
            const alliance = ALLY.includes(t.type);
            found.push({ source: g, type: alliance ? 'ALLIED_WITH' : 'SUPPORTS', target: t, rule: 'backing', negated });
          }
    }
    // "four members of the Moscow Group had voted for the committee's participation in the
    // Congress": a vote for taking part in a meeting (or for the meeting) supports it.
    if (lemma === 'vote') {
      const fors = r.child(v, 'obl:for');
      const meetings = [
        ...fors,
        ...fors.filter((i) => /^(?:participation|attendance)$/.test(r.lemma(i))).flatMap((i) => r.child(i, 'nmod:in')),
      ].flatMap((i) => r.entities(i, MEETING));
      for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
        for (const m of meetings) found.push({ source: s, type: 'SUPPORTS', target: m, rule: 'vote', negated });
    }
    // "Russia, which has received backing from Turkey and Iran for the congress".
    if (lemma === 'receive' || lemma === 'get' || lemma === 'win') {
      // The parser may read the backing as a verb of its own (`dep`), with "from" and "for" on it.
      const backing = (i: number): boolean => BACKING.has(r.lemma(i)) || BACKING.has(r.word(i).toLowerCase());
      for (const o of [...r.child(v, 'obj'), ...r.child(v, 'dep')].filter(backing)) {
        const backers = [...r.child(v, 'obl:from'), ...r.child(o, 'nmod:from'), ...r.child(o, 'obl:from')].flatMap(
          (i) => r.entities(i, ACTOR),
        );
        // "backing for holding a congress in Sochi": backing for convening a meeting is for the meeting.
        const fors = [...r.child(v, 'obl:for'), ...['nmod:for', 'acl:for', 'advcl:for'].flatMap((c) => r.child(o, c))];
        const convened = fors.filter((i) => HELD.has(r.lemma(i)) || ORGANIZING.has(r.lemma(i)));
        const backed = [...fors, ...convened.flatMap((i) => r.child(i, 'obj'))].flatMap((i) => r.entities(i, STANCE));
        for (const b of backers)
          for (const t of backed) found.push({ source: b, type: 'SUPPORTS', target: t, rule: 'backing', negated });
      }
    }
    // "The guarantors ... announced at a meeting held in Astana that the Congress would take place in
    // Sochi": who announces that a meeting will be held convenes it, and who speaks at one is there.
    if (SAY.has(lemma)) {
      const speakers = r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR));
      const held = lemma === 'announce' ? r.child(v, 'ccomp').filter((c) => HELD.has(r.lemma(c))) : [];
      for (const c of held)
        for (const m of [...r.child(c, 'nsubj'), ...r.child(c, 'nsubj:pass')].flatMap((i) => r.entities(i, MEETING)))
          for (const s of speakers)
            found.push({ source: s, type: 'ORGANIZES', target: m, rule: 'announcement', negated: r.negated(c) });
      for (const m of r.child(v, 'obl:at').flatMap((i) => r.entities(i, MEETING)))
        for (const s of speakers) found.push({ source: s, type: 'ATTENDS', target: m, rule: 'announcement', negated });
      // "Jaafari stated that the talks were successful", "the congress is an attempt to undermine the
      // UN, the SNC said": who judges a meeting, a document or a position good or bad takes that stance on it.
      // "said he is confident that the congress will be an important contribution": one clause down;
      // "the spokesman for the UN said": the speaker's body.
      const judges = speakers.length > 0 ? speakers : voice ? [voice] : [];
      const claims = r.child(v, 'ccomp').flatMap((c) => [c, ...r.child(c, 'ccomp')]);
      for (const c of claims.filter((c) => r.child(c, 'cop').length > 0)) {
        const type = verdict(r, c);
        if (type)
          for (const t of r.child(c, 'nsubj').flatMap((i) => r.entities(i, ['Meeting', 'Document', 'Position'])))
            for (const s of judges)
              found.push({ source: s, type, target: t, rule: 'verdict', negated: negated || r.negated(c) });
      }
    }
    // "urged Ankara to ...", "called for a ceasefire": a demand of the position named or on the actor.
    if (lemma === 'urge' || lemma === 'call') {
      const objects = lemma === 'urge' ? r.child(v, 'obj') : r.child(v, 'obl:for');
      for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
        for (const o of objects.flatMap((i) => r.entities(i, [...ACTOR, 'Position'])))
          found.push({ source: s, type: 'DEMANDS', target: o, rule: 'demand', negated });
    }
    // "Israel is opposed to the congress", "the SNC is committed to the Geneva process": a stance
    // said as a passive participle with "to".
    const predicate = STANCE_PARTICIPLES[lemma];
    if (predicate && r.child(v, 'aux:pass').length > 0)
      for (const s of r.child(v, 'nsubj:pass').flatMap((i) => r.entities(i, ACTOR)))
        for (const t of r.child(v, 'obl:to').flatMap((i) => r.entities(i, STANCE)))
          if (s.entityId !== t.entityId) found.push({ source: s, type: predicate, target: t, rule: 'verb', negated });
    // "France is in favour of a political transition".
    if ((lemma === 'favor' || lemma === 'favour') && r.child(v, 'cop').length > 0)
      for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
        for (const t of r.child(v, 'nmod:of').flatMap((i) => r.entities(i, STANCE)))
          found.push({ source: s, type: 'SUPPORTS', target: t, rule: 'verb', negated });
    // "Lavrov stressed the importance of the Astana talks", "underscored the need to implement
    // Resolution 2254": who insists a thing matters supports it.
    if (SAY.has(lemma) || STRESS.has(lemma))
      for (const o of r.child(v, 'obj').filter((i) => WORTH.has(r.lemma(i)) && !r.mentionAt[i]))
        for (const t of positionsUnder(r, r.children(o, 'nmod').concat(r.children(o, 'acl')), WORTHY))
          for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
            found.push({ source: s, type: 'SUPPORTS', target: t, rule: 'verb', negated });
    // "called on Russia to allow humanitarian access", "demanded that Assad step down", "insists on
    // seeing him leave": a demand of the positions its clause states.
    if (DEMAND_CLAUSE.has(lemma) && (lemma !== 'call' || r.child(v, 'compound:prt').some((p) => r.lemma(p) === 'on')))
      for (const position of positionsUnder(r, [...['xcomp', 'ccomp', 'dep', 'obl:on'].flatMap((c) => r.child(v, c))]))
        for (const s of [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')].flatMap((i) => r.entities(i, ACTOR)))
          found.push({ source: s, type: 'DEMANDS', target: position, rule: 'demand', negated });
    // "... step down, as rebel groups have demanded": a demand with no object of its own is of the
    // position the sentence names just before it.
    if (DEMAND.has(lemma) && r.child(v, 'mark').some((m) => r.lemma(m) === 'as') && r.child(v, 'obj').length === 0) {
      const position = r.mentionAt.slice(1, v).findLast((m) => m?.type === 'Position');
      if (position)
        for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
          found.push({ source: s, type: 'DEMANDS', target: position, rule: 'demand', negated });
    }
    // "Assad refuses to step down", "is far from ready to negotiate with foes, let alone step down":
    // who will not do what a position says opposes it.
    if (unwilling(r, v))
      for (const position of positionsAt(r, v))
        for (const s of controller(r, v).flatMap((i) => r.entities(i, ACTOR)))
          found.push({ source: s, type: 'OPPOSES', target: position, rule: 'refusal', negated: false });
  }
}

/**
 * "Syria is taking part in Astana-9 with the three guarantor countries - Russia, Turkey and Iran -",
 * "Iran attended the Astana talks with Russia": who takes part with the subject, or in talks with it,
 * takes part too (the parser may hang the list a counted noun names on it as bare `dep`s).
 */
function companions(r: Reading, v: number, meetings: number[]): Mention[] {
  return [...r.child(v, 'obl:with'), ...meetings.flatMap((i) => r.child(i, 'nmod:with'))].flatMap((i) => {
    const own = r.entities(i, ACTOR);
    return own.length > 0 || !COUNTED.test(r.word(i)) ? own : r.child(i, 'dep').flatMap((d) => r.entities(d, ACTOR));
  });
}

/** The sentence names a place that is not where the meeting in focus is held. */
function elsewhere(r: Reading, focus: Mention | null, gaz: Gazetteer): boolean {
  const venue = focus ? gaz.entities.get(focus.entityId)?.lexicon?.venue : undefined;
  const held = (p: Mention): boolean =>
    (venue !== undefined && gaz.idOf(venue) === p.entityId) ||
    (focus?.parts ?? []).some((q) => q.entityId === p.entityId);
  return r.mentionAt.some((m) => m?.type === 'Place' && !held(m));
}

/** The participle `v` describes the noun `i` ("talks sponsored by ..."). */
function modifies(r: Reading, v: number, i: number): boolean {
  return r.in[v]!.some((d) => (d.rel === 'acl' || d.rel === 'amod') && d.gov === i);
}

/** The verbs that convene a meeting (the ORGANIZES verbs of the table). */
const ORGANIZING = new Set(VERBS.filter((rule) => rule.type === 'ORGANIZES').flatMap((rule) => rule.lemmas));

/** "new talks", "a fresh round": words that make talks a round someone sets up. */
const FRESH = new Set(['new', 'fresh', 'next', 'further', 'another']);

/**
 * "Kazakhstan to hold new Syria talks next week": one holder of a new round of bare talks, with no
 * one it holds them with, convenes them (a headline drops the article that "hold the talks" has).
 */
function newRound(r: Reading, v: number, talks: number, subjects: number[]): boolean {
  const partnered = r.child(v, 'obl:with').length > 0 || r.child(talks, 'nmod:with').length > 0;
  const fresh = r.child(talks, 'amod').some((a) => FRESH.has(r.lemma(a)));
  return fresh && !partnered && subjects.length === 1 && r.entities(subjects[0]!, GROUP).length === 1;
}

/** "talks", "a meeting", and talks by phone: "a phone call", "a telephone conversation". */
function talksNoun(r: Reading, i: number): boolean {
  const phoned = [...r.child(i, 'compound'), ...r.child(i, 'amod')].some((c) => /^(?:tele)?phone$/.test(r.lemma(c)));
  return TALKS.has(r.lemma(i)) || (phoned && /^(?:call|conversation)$/.test(r.lemma(i)));
}

/**
 * "The SNC called the congress a sham": a verb with a second predicate on its object names the
 * object (the parser may hang that predicate on the object as a bare `dep`); it does not convene it.
 */
function naming(r: Reading, v: number): boolean {
  const predicate = (i: number): boolean => /^(?:NN|JJ)/.test(r.parse.tokens[i - 1]?.pos ?? '');
  return r.child(v, 'xcomp').some(predicate) || r.child(v, 'obj').some((o) => r.child(o, 'dep').some(predicate));
}
