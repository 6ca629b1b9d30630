/** Rules on who takes part: "participants included X and Y", "talks between X and Y". */
import type { RelationType } from '../../model/vocabulary.ts';
import type { Dependency } from '../../nlp/parser.ts';
import type { Gazetteer } from '../entities.ts';
import type { Mention } from '../types.ts';
import { ACTOR, GROUP, MEETING } from './argument-types.ts';
import type { Found, RuleName } from './found.ts';
import { roundInFocus } from '../coreference.ts';
import { meetingAmong, meetingsAt } from './presence-rules.ts';
import { antecedent, type Reading } from './reading.ts';
import { INVOLVE, PARTAKERS, PARTAKING, ROLE_NOUNS, TAKE_PART } from './word-classes.ts';

/**
 * "Turkey was among the participants", "Among the delegates were Iran and the UN", "Participants
 * included ...", "Among them are ..." after a sentence about a meeting's participants, "are in the
 * talks as observers": whoever the sentence lists among a meeting's participants attends it (the
 * meeting the participants are of, or the one in focus), and "X from G" in the list represents G.
 */
export function participantRules(r: Reading, focus: Mention | null, gaz: Gazetteer, found: Found[]): void {
  const partakers = (i: number): boolean => PARTAKERS.has(r.lemma(i));
  const meetingOf = (i: number): Mention[] => {
    const named = ['nmod:of', 'nmod:in', 'nmod:at', 'nmod:to'].flatMap((c) => r.child(i, c));
    return named.length > 0 ? named.flatMap((j) => r.entities(j, MEETING)) : antecedent(r, focus, i);
  };
  const attend = (listed: Mention[], meetings: Mention[], rule: RuleName = 'among'): void => {
    for (const m of meetings.map((x) => roundInFocus(x, focus, gaz)))
      for (const a of listed)
        if (a.entityId !== m.entityId) found.push({ source: a, type: 'ATTENDS', target: m, rule, negated: false });
  };
  const previous = r.before?.sentence.text ?? '';
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    if (r.hypothetical(n) || r.negated(n)) continue;
    // "Turkey was among the participants", "among the countries attending the talks": the
    // participants noun is the predicate.
    const attending = r.child(n, 'acl').filter((a) => TAKE_PART.has(r.lemma(a)) && !r.negated(a));
    if ((partakers(n) || attending.length > 0) && r.child(n, 'case').some((c) => r.lemma(c) === 'among'))
      attend(
        r.child(n, 'nsubj').flatMap((i) => r.entities(i, ACTOR)),
        attending.length > 0
          ? attending
              .flatMap((a) => [...r.child(a, 'obj'), ...r.child(a, 'obl:in')])
              .flatMap((i) => r.entities(i, MEETING))
          : meetingOf(n),
      );
    // "Participants included Turkey and Iran".
    if (INVOLVE.has(r.lemma(n)) && r.child(n, 'nsubj').some(partakers))
      attend(
        r.child(n, 'obj').flatMap((i) => r.entities(i, ACTOR)),
        r.child(n, 'nsubj').filter(partakers).flatMap(meetingOf),
      );
    // "Representatives of the UN and Jordan are in the talks as observers".
    for (const as of [...r.child(n, 'obl:as'), ...r.child(n, 'nmod:as')].filter(partakers)) {
      const named = [n, ...r.child(n, 'obl:in'), ...r.child(n, 'obl:at')].flatMap((i) => r.entities(i, MEETING));
      attend(
        r.child(n, 'nsubj').flatMap((i) => r.entities(i, ACTOR)),
        named.length > 0 ? named : antecedent(r, focus, as),
      );
    }
    // "The participants in the talks are X, Y and Z": the participants the subject of a copula whose
    // predicate names actors; the list is read as after "Among ... are" ("The participants were happy with
    // Russia's role" names none).
    if (ATTENDEES.has(r.lemma(n)) && !r.child(n, 'det').some((d) => /^no$/i.test(r.word(d))))
      for (const d of r.in[n]!.filter((e) => e.rel === 'nsubj')) {
        const cop = r.child(d.gov, 'cop')[0];
        if (cop === undefined || cop < n || r.negated(d.gov) || r.hypothetical(d.gov)) continue;
        if (r.entities(d.gov, ACTOR).length > 0) attend(listedAfter(r, cop), meetingOf(n), 'participants');
      }
    // "All participants of the meeting have arrived, including the delegations of Russia and Iran", "the
    // participants of the talks, including Iran,": whom the participants include attend (the parser may hang
    // the "including" phrase on a clause beside the participants' verb).
    if (ATTENDEES.has(r.lemma(n))) {
      const verbs = r.in[n]!.filter((e) => e.rel === 'nsubj' || e.rel === 'nsubj:pass').map((e) => e.gov);
      const holders = [
        n,
        ...['nmod:of', 'nmod:in', 'nmod:at'].flatMap((c) => r.child(n, c)),
        ...verbs,
        ...verbs.flatMap((g) => r.child(g, 'parataxis')),
      ];
      const included = holders
        .flatMap((h) => [...r.child(h, 'nmod:including'), ...r.child(h, 'obl:including')])
        .filter((x) => x > n);
      if (!verbs.some((g) => r.negated(g) || r.hypothetical(g)))
        attend(
          included.flatMap((x) => listedUnder(r, x)),
          meetingOf(n),
          'participants',
        );
    }
    // "Among the participants were X, Y and Z", "Among them are ...": the list is the predicate the
    // "among" phrase hangs on; the parser often breaks a long list, so every actor named after the
    // "among" phrase counts, save those named by another's possessive or as an agent ("led by").
    // Only a copula makes a list of it ("Among them are ..."); "agreed among the participants" is none.
    for (const among of r.child(n, 'cop').length > 0 ? r.child(n, 'obl:among') : []) {
      const them = /^(?:them|those)$/i.test(r.word(among)) && PARTAKING.test(previous);
      if (!partakers(among) && !them) continue;
      const listed = listedAfter(r, among);
      attend(listed, them ? antecedent(r, focus, among) : meetingOf(among));
      // "Randa Kassis from the Astana platform": a delegate from a group represents it (read from the
      // words, as the parser often hangs the "from" on the list's previous item).
      const between = (a: Mention, b: Mention): string =>
        r.sentence.text.slice(a.end - r.sentence.start, b.start - r.sentence.start);
      for (const person of listed.filter((m) => m.type === 'Person'))
        for (const g of listed.filter((m) => GROUP.includes(m.type) && m.type !== 'State'))
          if (
            /^\s+from\s+(?:the\s+)?$/i.test(between(person, g)) ||
            // "delegates from the Moscow Platform Qadri Jamil": the group named just before the person.
            (/^\s+$/.test(between(g, person)) &&
              /\bfrom\s+(?:the\s+)?$/i.test(r.sentence.text.slice(0, g.start - r.sentence.start)))
          )
            found.push({ source: person, type: 'REPRESENTS', target: g, rule: 'among', negated: false });
    }
  }
}

/** Those who are participants: not those only invited. */
const ATTENDEES = new Set(['participant', 'delegate', 'attendee']);

/**
 * The actors a list phrase names: "the delegations from the guarantor countries - Russia, Turkey and Iran",
 * through its items, appositions and what its nouns are of or from.
 */
function listedUnder(r: Reading, x: number, seen = new Set<number>()): Mention[] {
  if (seen.has(x)) return [];
  seen.add(x);
  const parts = (r.out[x] ?? [])
    .filter((d) => /^(?:appos|conj(?::.*)?|nmod:of|nmod:from)$/.test(d.rel))
    .flatMap((d) => listedUnder(r, d.dep, seen));
  return [...r.entities(x, ACTOR), ...parts];
}

/**
 * The actors a sentence names after token `i` ("Among the participants were X, Y and Z", "The participants
 * are X and Y"): the parser often breaks a long list, so every actor after it counts, save those named by
 * another's possessive or as an agent ("led by"), and the body in a title ("UN envoy Staffan de Mistura"
 * lists the envoy, not the UN).
 */
function listedAfter(r: Reading, i: number): Mention[] {
  const after = r.parse.tokens[i - 1]!.end + r.sentence.start;
  const titled = (d: Dependency): boolean =>
    /^(?:amod|compound)$/.test(d.rel) &&
    (ROLE_NOUNS.has(r.lemma(d.gov)) ||
      (r.mentionAt[d.gov] !== undefined && r.child(d.gov, 'compound').some((c) => ROLE_NOUNS.has(r.lemma(c)))));
  const aside = new Set(
    r.parse.deps
      .filter(
        (d) =>
          (/^(?:nmod:poss|obl:by|obl:agent|nmod:by)$/.test(d.rel) || titled(d)) &&
          r.mentionAt[d.gov] !== r.mentionAt[d.dep],
      )
      .map((d) => r.mentionAt[d.dep])
      .filter((m) => m !== undefined),
  );
  return [...new Set(r.mentionAt)].filter(
    (m): m is Mention => !!m && ACTOR.includes(m.type) && m.start >= after && !aside.has(m),
  );
}

/** "talks between the government and the rebels", "clashes between Turkish troops and the YPG". */
const BETWEEN: Record<string, RelationType> = {
  talks: 'MEETS',
  negotiations: 'MEETS',
  dialogue: 'MEETS',
  meeting: 'MEETS',
  meetings: 'MEETS',
  summit: 'MEETS',
  fighting: 'FIGHTS',
  clashes: 'FIGHTS',
  clash: 'FIGHTS',
  battles: 'FIGHTS',
  hostilities: 'FIGHTS',
  escalation: 'FIGHTS',
  war: 'FIGHTS',
};

/** Who meet for their side: "talks between representatives of X and Y". */
const LEADERS = new Set(['leader', 'representative', 'delegation', 'head']);

/** What keeps a meeting from taking place: "a meeting of X at the talks was cancelled". */
export const UNDONE = new Set(['cancel', 'postpone', 'delay', 'suspend', 'propose', 'plan']);

/**
 * The sides named after "between" meet or fight each other; a named meeting between them, they
 * attend, and so the dated meeting in focus when the talks are placed at its venue ("the talks
 * between the government and the opposition groups in Astana" while the Astana round is in focus).
 */
export function betweenRules(r: Reading, focus: Mention | null, gaz: Gazetteer, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    const type = BETWEEN[r.word(n).toLowerCase()];
    if (!type) continue;
    // "a summit between leaders of Turkey, Russia and Iran": the states whose leaders meet.
    const between = r
      .child(n, 'nmod:between')
      .flatMap((i) => (r.mentionAt[i] === undefined && LEADERS.has(r.lemma(i)) ? r.child(i, 'nmod:of') : [i]));
    const sides = [...new Map(between.flatMap((i) => r.entities(i, ACTOR)).map((m) => [m.entityId, m])).values()];
    // The parser hangs "in Astana" on the talks or on the last side ("representatives of X and Y in Astana").
    const placed = [n, ...between, ...between.flatMap((i) => r.child(i, 'nmod:of'))].flatMap((i) =>
      r.child(i, 'nmod:in'),
    );
    const named =
      r.mentionAt[n]?.type === 'Meeting' ? [r.mentionAt[n]!] : placed.flatMap((i) => meetingsAt(r, i, focus, gaz));
    const meetings = named.length > 0 ? named : meetingAmong(r, n, focus, sides);
    // "meetings of the opposition and the government at the Astana talks": whose meeting it is attends the one it is at.
    const undone = r.in[n]!.some((d) => r.hypothetical(d.gov) || r.negated(d.gov) || UNDONE.has(r.lemma(d.gov)));
    if (type === 'MEETS' && !undone)
      for (const side of r.child(n, 'nmod:of').flatMap((i) => r.entities(i, ACTOR)))
        for (const meeting of r.child(n, 'nmod:at').flatMap((i) => r.entities(i, MEETING)))
          found.push({ source: side, type: 'ATTENDS', target: meeting, rule: 'between', negated: false });
    if (meetings.length > 0 && type === 'MEETS') {
      for (const side of sides)
        for (const meeting of meetings)
          found.push({ source: side, type: 'ATTENDS', target: meeting, rule: 'between', negated: false });
      continue;
    }
    if (sides.length !== 2) continue;
    found.push({ source: sides[0]!, type, target: sides[1]!, rule: 'between', negated: false });
  }
}
