/** Rules on who takes part: "participants included X and Y", "talks between X and Y". */
import type { RelationType } from '../../model/vocabulary.ts';
import type { Dependency } from '../../nlp/parser.ts';
import type { Gazetteer } from '../entities.ts';
import type { Mention } from '../types.ts';
import { ACTOR, GROUP, MEETING } from './argument-types.ts';
import type { Found } from './found.ts';
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
  const attend = (listed: Mention[], meetings: Mention[]): void => {
    for (const m of meetings.map((x) => roundInFocus(x, focus, gaz)))
      for (const a of listed)
        if (a.entityId !== m.entityId)
          found.push({ source: a, type: 'ATTENDS', target: m, rule: 'among', negated: false });
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
    // "Among the participants were X, Y and Z", "Among them are ...": the list is the predicate the
    // "among" phrase hangs on; the parser often breaks a long list, so every actor named after the
    // "among" phrase counts, save those named by another's possessive or as an agent ("led by").
    // Only a copula makes a list of it ("Among them are ..."); "agreed among the participants" is none.
    for (const among of r.child(n, 'cop').length > 0 ? r.child(n, 'obl:among') : []) {
      const them = /^(?:them|those)$/i.test(r.word(among)) && PARTAKING.test(previous);
      if (!partakers(among) && !them) continue;
      const after = r.parse.tokens[among - 1]!.end + r.sentence.start;
      // "UN envoy Staffan de Mistura" lists the envoy, not the UN.
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
      const listed = [...new Set(r.mentionAt)].filter(
        (m): m is Mention => !!m && ACTOR.includes(m.type) && m.start >= after && !aside.has(m),
      );
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
