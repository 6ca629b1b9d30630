/** Meetings described by their venue ("next week's peace conference in Sochi") and meetings' own names. */
import { ANOTHER, kindOf, knownMeetingAt } from '../coreference.ts';
import { pronoun } from '../pronoun.ts';
import type { Gazetteer } from '../entities.ts';
import type { Mention } from '../types.ts';
import { ACTOR, GROUP } from './argument-types.ts';
import type { Found } from './found.ts';
import { MODIFIERS } from './noun-rules.ts';
import type { Reading } from './reading.ts';
import { VERBS } from './verb-table.ts';
import { BEGIN, HELD, MEETING_HEADS, MEETING_KINDS, PLACE_WORDS, TALKS } from './word-classes.ts';

/** Meetings of experts held beside a round of talks: "technical meetings", "expert-level meeting". */
const SIDE_MEETING = /^(?:technical|expert|expert-level|experts)$/i;

/**
 * A meeting the sentence describes without naming it, by where it is held: "next week's Syrian
 * peace conference in Sochi", "Syria Peace Congress to be held in the Russian city of Sochi". It is
 * the one meeting of that kind the lexicon holds there, unless the words make it another ("a new
 * round"); its place becomes a part, so the venue rule reads HELD_IN.
 */
export function describedMeetings(r: Reading, gaz: Gazetteer, published: string | null): void {
  for (let i = 1; i <= r.parse.tokens.length; i++) {
    const word = r.word(i).toLowerCase() === 'meetings' ? 'meeting' : r.word(i).toLowerCase();
    // "a meeting held in Astana" is the talks the lexicon holds there, or the meeting held there that week.
    const kinds = !MEETING_HEADS.has(word) ? [] : word === 'meeting' ? MEETING_KINDS : [kindOf(word)];
    if (kinds.length === 0 || r.mentionAt[i]) continue;
    if (r.child(i, 'amod').some((m) => ANOTHER.test(r.word(m)))) continue;
    // "one of the technical meetings held in Astana", "an expert meeting in Ankara": a meeting of experts
    // beside the talks, not the talks the lexicon holds there.
    if ([...r.child(i, 'amod'), ...r.child(i, 'compound')].some((m) => SIDE_MEETING.test(r.word(m)))) continue;
    // "the final press conference held in Vienna": a briefing, no meeting.
    if (r.child(i, 'compound').some((m) => /^(?:press|news|video)$/i.test(r.word(m)))) continue;
    // "hopes to convene a political congress in the resort of Sochi": where it is convened.
    const held = [
      ...[
        ...r.child(i, 'acl'),
        ...r.in[i]!.filter((d) => d.rel.startsWith('nsubj:pass') || d.rel === 'obj').map((d) => d.gov),
      ].filter((a) => HELD.has(r.lemma(a))),
      ...r.in[i]!.filter((d) => /^nsubj(?::xsubj)?$/.test(d.rel) && BEGIN.has(r.lemma(d.gov))).map((d) => d.gov),
      // "a UN-led round of talks has taken place in Geneva".
      ...r.in[i]!.filter((d) => /^nsubj(?::xsubj)?$/.test(d.rel) && takesPlace(r, d.gov)).map((d) => d.gov),
    ];
    // "Astana has already hosted eight meetings on Syria": the host city is where they were held.
    const hosts = r.in[i]!.filter((d) => d.rel === 'obj' && r.lemma(d.gov) === 'host').map((d) => d.gov);
    const slots = [
      ...r.child(i, 'nmod:in'),
      ...r.child(i, 'nmod:at'),
      ...held.flatMap((a) => r.children(a, 'obl')),
      ...hosts.flatMap((h) => r.child(h, 'nsubj')),
    ];
    const place = slots.map((s) => placeAt(r, s)).find((p) => p !== undefined);
    const ids = new Set(
      place ? kinds.map((kind) => knownMeetingAt(place, kind, gaz, published)).filter((id) => id !== null) : [],
    );
    const id = ids.size === 1 ? [...ids][0]! : null;
    if (!place || !id) continue;
    const token = r.parse.tokens[i - 1]!;
    const text = r.sentence.text.slice(token.start, token.end);
    r.mentionAt[i] = { ...pronoun(r.sentence, r.sentence.start + token.start, text, id, 'Meeting'), parts: [place] };
  }
}

/** The place a word names: a place's name, or "Kazakhstan's capital of Astana", "the resort, Sochi". */
function placeAt(r: Reading, i: number): Mention | undefined {
  const m = r.mentionAt[i];
  if (m?.type === 'Place') return m;
  if (!PLACE_WORDS.has(r.lemma(i))) return undefined;
  return [...r.child(i, 'nmod:of'), ...r.child(i, 'appos')].map((j) => r.mentionAt[j]).find((x) => x?.type === 'Place');
}

/** The verbs by which one convenes or hosts a meeting; where one proposes or puts it off is not its venue. */
const CONVENING = new Set(
  VERBS.filter((rule) => rule.type === 'ORGANIZES' || rule.type === 'HOSTS')
    .flatMap((rule) => rule.lemmas)
    .filter((lemma) => !['propose', 'postpone', 'call'].includes(lemma)),
);

/** "took place", "is to take place": the verb says where its subject is held. */
function takesPlace(r: Reading, v: number): boolean {
  return r.lemma(v) === 'take' && r.child(v, 'obj').some((o) => r.lemma(o) === 'place');
}

/**
 * Where and by whom a meeting is, from its name and its modifiers: "the UN-led talks in Vienna"
 * (the name's parts) and "the congress in Sochi" (`nmod:in` of the meeting's words).
 */
export function meetingRules(r: Reading, found: Found[]): void {
  for (const m of new Set(r.mentionAt)) {
    if (m?.type !== 'Meeting') continue;
    for (const part of m.parts ?? []) {
      // "the Astana process" names a track, not where a meeting is held.
      if (part.type === 'Place' && !/\b(?:process|format|track)\W*$/i.test(m.text))
        found.push({ source: m, type: 'HELD_IN', target: part, rule: 'meeting-name', negated: false });
      // "the Syria peace congress": what the peace is for organizes nothing.
      else if (ACTOR.includes(part.type) && !/^\s+peace\b/i.test(m.text.slice(part.end - m.start))) {
        const how = /^-(\w+)/.exec(m.text.slice(part.end - m.start))?.[1]?.toLowerCase();
        // "the Turkey-Russia talks", "Russian-Turkish talks": a pair that talks, no one convening.
        const paired = (how !== undefined && !MODIFIERS[how]) || m.text.slice(0, part.start - m.start).endsWith('-');
        if (!paired)
          for (const type of (how && MODIFIERS[how]) || ['ORGANIZES'])
            found.push({ source: part, type, target: m, rule: 'meeting-name', negated: false });
      }
    }
  }
  for (let i = 1; i <= r.parse.tokens.length; i++) {
    const m = r.mentionAt[i];
    if (m?.type !== 'Meeting') continue;
    // "Russia's Syrian People's Congress": the state or body whose meeting it is organizes it; not
    // "Syria's peace talks" (what the peace is for) nor "Iran's talks" (talks are a party's, not convened).
    const convened = !TALKS.has(r.lemma(i)) && !r.child(i, 'compound').some((c) => r.lemma(c) === 'peace');
    for (const o of convened ? r.child(i, 'nmod:poss').flatMap((j) => r.entities(j, GROUP)) : [])
      if (o !== m) found.push({ source: o, type: 'ORGANIZES', target: m, rule: 'possessor', negated: false });
    // "the meeting of foreign ministers of Russia, Iran and Turkey": whose meeting it is attends it.
    for (const whose of r.child(i, 'nmod:of')) {
      const members: number[] = r.mentionAt[whose] === m ? r.child(whose, 'nmod:of') : [whose];
      for (const a of members.flatMap((j) => r.entities(j, ACTOR)))
        if (a !== m) found.push({ source: a, type: 'ATTENDS', target: m, rule: 'participants', negated: false });
    }
    // "Russia hosted the talks last month in Sochi", "the congress that Russia organized in Sochi":
    // where a meeting is convened is where it is held.
    const convening = [
      ...r.in[i]!.filter((d) => d.rel === 'obj' || d.rel === 'nsubj:pass').map((d) => d.gov),
      ...r.children(i, 'acl'),
    ].filter((v) => CONVENING.has(r.lemma(v)));
    const venues = [...convening.flatMap((v) => [...r.child(v, 'obl:in'), ...r.child(v, 'obl:at')])];
    for (const p of [...r.child(i, 'nmod:in'), ...r.child(i, 'nmod:at'), ...venues]) {
      const place = placeAt(r, p);
      if (place && place !== m)
        found.push({ source: m, type: 'HELD_IN', target: place, rule: 'venue', negated: false });
    }
  }
}
