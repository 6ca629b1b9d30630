/**
 * Meetings named by their participants.
 *
 * "The closed-door meeting among Erdoğan and Rouhani at the Sadabad Palace lasted around 45
 * minutes": a meeting the clause is about (it opens the clause) and names by the people who met,
 * with where it was held, is a meeting of its own, named by them and its day ("Erdoğan-Rouhani
 * meeting (2018-09-07)"); they attend it and meet each other, and it is held at the place or
 * building named ("the Sadabad Palace", which the name finder leaves out as a building). So is "a
 * meeting of the SNC and the Moscow group" held at a place the sentence gives. A meeting
 * told in passing ("said in a meeting with X in Tehran", "after his meeting with Rouhani", "held
 * talks with") and talks between sides ("between the government and the opposition") name no
 * meeting of their own: those are MEETS only, as the news set's annotations have them.
 */
import { happenedIn } from './event-date.ts';
import type { Gazetteer } from './entities.ts';
import { ACTOR } from './relations/argument-types.ts';
import { meetEachOther } from './relations/encounter-rules.ts';
import type { Found } from './relations/found.ts';
import type { Reading } from './relations/reading.ts';
import { foldPhrase } from './tokens.ts';
import type { Mention, Sentence } from './types.ts';

/** "The closed-door meeting among ", "the talks between ", "Lavrov's meeting with ": the head and how its people follow. */
const NAMED_BY =
  /(?:(?:^|[,;:]\s+)(?:the|a|an)\s+|(['’]s\s+))((?:\p{Ll}[\p{L}'-]*\s+){0,3}?)(meeting|talks)\s+(between|among|with)\s+/giu;
/** What may sit between two participants: ", ", " and ", ", and the ". */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
/** Title words before a name in the list ("Iranian President Hassan Rouhani"). */
const TITLE_GAP = /^(?:(?:\p{Lu}[\p{L}.'-]*|of|for|the)\s+){0,5}$/u;
/** "at the Sadabad Palace": a building the meeting is held in, named by capitalized words before its kind. */
const BUILDING =
  /^\s+(?:at|in)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Palace|Hotel|Hall|House|Residence|Building|Centre|Center|Mansion|Pavilion))\b/u;
/** "at " or "in " before a place mention. */
const VENUE_BEFORE = /^\s+(?:at|in)\s+(?:the\s+)?$/;
/** A clause's next word after its subject: a verb or an auxiliary, not a preposition that keeps the phrase going. */
const PREDICATE_NEXT =
  /^(?:\s+on\s+\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?|\s+(?:last|this|next)\s+\p{Ll}+|\s+(?:yesterday|today))?\s*(?:,[^,]{1,60},\s*)?(?!(?:of|for|to|with|by|on|in|at|and|or|from|that|which|who)\b)\p{Ll}/u;

/** "A meeting of the SNC and the Moscow group ", "the meeting of SNC members ": a meeting named by whose it is. */
const MEETING_OF = /\b(?:the|a|an)\s+((?:\p{Ll}[\p{L}'-]*\s+){0,2}?)(meeting|session)\s+of\s+(?:the\s+)?/giu;
/** Between whose meeting it is and where: "members", "was held", "expected", "on Monday", then "in". */
const HELD_AT =
  /^(?:\s+(?:members|delegates|delegations|representatives|experts|officials))?\s+(?:(?:was|were|is|are|will\s+be)\s+(?:held\s+)?|(?:held|expected|scheduled|planned)\s+)?(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:in|at)\s+(?:the\s+)?$/u;

export interface ParticipantMeetingContext {
  gazetteer: Gazetteer;
  published: string | null;
}

/** The name a meeting takes from a participant: the person's surname. */
function surname(m: Mention, gaz: Gazetteer): string {
  return (gaz.entities.get(m.entityId)?.name ?? m.name ?? m.text).split(/\s+/).pop()!;
}

/** The people named in a list that starts at `from` (an offset in the cleaned text), and where the list ends. */
function listAt(
  sentence: Sentence,
  own: readonly Mention[],
  from: number,
  types: readonly string[] = ['Person'],
): { people: Mention[]; end: number } {
  const people: Mention[] = [];
  let at = from;
  for (const m of own.filter((x) => x.start >= from)) {
    const gap = sentence.text.slice(at - sentence.start, m.start - sentence.start);
    const first = people.length === 0;
    if (!(first ? TITLE_GAP : LIST_GAP).test(gap) && !(!first && titledAfterList(gap))) break;
    if (!types.includes(m.type) || m.demonym) break;
    people.push(m);
    at = m.end;
  }
  return { people, end: at };
}

/** ", and Iranian President " between two list items: the list gap, then a title. */
function titledAfterList(gap: string): boolean {
  const m = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)/.exec(gap);
  return m !== null && TITLE_GAP.test(gap.slice(m[0].length));
}

/**
 * `own`, the sentence's mentions so far, with the meetings `sentence` names by their participants
 * (see the file comment) and the buildings they are held in (a building the name finder took for a
 * body is the place), in text order.
 */
export function participantMeetings(
  sentence: Sentence,
  own: readonly Mention[],
  ctx: ParticipantMeetingContext,
): Mention[] {
  const out: Mention[] = [];
  const buildings: Mention[] = [];
  for (const m of sentence.text.matchAll(NAMED_BY)) {
    const headEnd = m[0].lastIndexOf(m[3]!) + m[3]!.length;
    const start = sentence.start + m.index + headEnd - m[3]!.length - m[2]!.length;
    const end = sentence.start + m.index + headEnd;
    const listFrom = sentence.start + m.index + m[0].length;
    const { people, end: listEnd } = listAt(sentence, own, listFrom);
    // "Lavrov's meeting with Zarif": the owner is a participant too.
    if (m[1]) {
      const owner = own.find((x) => x.end === sentence.start + m.index);
      const before = owner ? sentence.text.slice(0, owner.start - sentence.start) : '';
      if (m[4]!.toLowerCase() !== 'with' || owner?.type !== 'Person' || !/(?:^|[,;:]\s*)$/.test(before)) continue;
      people.unshift(owner);
    } else if (m[4]!.toLowerCase() === 'with') continue;
    if (new Set(people.map((p) => p.entityId)).size < 2) continue;
    if (own.some((x) => x.start < end && start < x.end)) continue;
    const rest = sentence.text.slice(listEnd - sentence.start);
    const building = BUILDING.exec(rest);
    const place = own.find(
      (x) =>
        x.type === 'Place' &&
        x.start > listEnd &&
        VENUE_BEFORE.test(sentence.text.slice(listEnd - sentence.start, x.start - sentence.start)),
    );
    const venueEnd = building ? listEnd + building[0].length : place?.end;
    // Only a meeting the clause is about, with its venue: "... at the Sadabad Palace lasted".
    if (venueEnd === undefined || !PREDICATE_NEXT.test(sentence.text.slice(venueEnd - sentence.start))) continue;
    const span = happenedIn(sentence.text, ctx.published);
    const date = span && span.start === span.end ? span.start : (ctx.published ?? undefined);
    const names = [...new Map(people.map((p) => [p.entityId, surname(p, ctx.gazetteer)])).values()];
    const name = `${names.join('-')} meeting${date ? ` (${date})` : ''}`;
    out.push(meetingMention(sentence, start, end, name, date));
    if (building) {
      const at = listEnd + building[0].length - building[1]!.length;
      const words = building[1]!.replace(/\s+/g, ' ');
      buildings.push({
        start: at,
        end: at + building[1]!.length,
        sentence: sentence.index,
        text: building[1]!,
        entityId: `new:Place:${foldPhrase(words)}`,
        type: 'Place',
        source: 'pattern',
        possessive: false,
        name: words,
      });
    }
  }
  out.push(...meetingsOf(sentence, own, ctx));
  const kept = own.filter((x) => !buildings.some((b) => x.start < b.end && b.start < x.end));
  return [...kept, ...out, ...buildings].sort((a, b) => a.start - b.start);
}

/**
 * "A meeting of the SNC and the Moscow group was held in Riyadh", "the meeting of SNC members in
 * Riyadh": a meeting named by whose it is and held at a place the sentence gives is a meeting of
 * its own, named by those words and the place.
 */
function meetingsOf(sentence: Sentence, own: readonly Mention[], ctx: ParticipantMeetingContext): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(MEETING_OF)) {
    const headEnd = m[0].lastIndexOf(m[2]!) + m[2]!.length;
    const start = sentence.start + m.index + headEnd - m[2]!.length - m[1]!.length;
    const end = sentence.start + m.index + headEnd;
    const { people, end: listEnd } = listAt(sentence, own, sentence.start + m.index + m[0].length, ACTOR);
    if (people.length === 0 || own.some((x) => x.start < end && start < x.end)) continue;
    const place = own.find(
      (x) =>
        x.type === 'Place' &&
        x.start > listEnd &&
        HELD_AT.test(sentence.text.slice(listEnd - sentence.start, x.start - sentence.start)),
    );
    if (!place) continue;
    const span = happenedIn(sentence.text, ctx.published);
    const date = span && span.start === span.end ? span.start : undefined;
    const whose = sentence.text.slice(start - sentence.start, listEnd - sentence.start).replace(/\s+/g, ' ');
    const placeName = ctx.gazetteer.entities.get(place.entityId)?.name ?? place.text;
    const name = `${whose.charAt(0).toUpperCase()}${whose.slice(1)} in ${placeName}`;
    out.push(meetingMention(sentence, start, end, name, date));
  }
  return out;
}

/** A new meeting named by its participants, over the words `start`..`end` that head its description. */
function meetingMention(
  sentence: Sentence,
  start: number,
  end: number,
  name: string,
  date: string | undefined,
): Mention {
  return {
    start,
    end,
    sentence: sentence.index,
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    entityId: `new:Meeting:${foldPhrase(name)}`,
    type: 'Meeting',
    source: 'pattern',
    possessive: false,
    name,
    byParticipants: true,
    ...(date ? { date } : {}),
  };
}

/**
 * "The closed-door meeting among Erdoğan and Rouhani at the Sadabad Palace lasted ...": each person
 * a meeting is named by attends it and meets the others; where it is held is read by the venue rule.
 */
export function participantMeetingRules(r: Reading, found: Found[]): void {
  for (let i = 1; i <= r.parse.tokens.length; i++) {
    const meeting = r.mentionAt[i];
    if (meeting?.type !== 'Meeting' || !meeting.byParticipants || r.mentionAt[i - 1] === meeting) continue;
    const head = tokensOf(r, meeting).pop()!;
    const people = [
      ...new Map(
        ['nmod:between', 'nmod:among', 'nmod:with', 'nmod:poss', 'nmod:of']
          .flatMap((rel) => r.child(head, rel))
          .flatMap((j) => r.entities(j, ACTOR))
          .map((p) => [p.entityId, p]),
      ).values(),
    ];
    for (const p of people)
      found.push({ source: p, type: 'ATTENDS', target: meeting, rule: 'participant-meeting', negated: false });
    meetEachOther(found, 'participant-meeting', people, false);
    // The parser may hang "at the Sadabad Palace" on the last person rather than on the meeting;
    // "was held in Riyadh", "is expected in Tehran": where the meeting is held.
    const held = r.in[head]!.filter((d) => d.rel === 'nsubj:pass' && HELD_VERBS.has(r.lemma(d.gov))).map((d) => d.gov);
    const venues = [
      ...[head, ...people.flatMap((p) => tokensOf(r, p))].flatMap((j) => [
        ...r.child(j, 'nmod:at'),
        ...r.child(j, 'nmod:in'),
      ]),
      ...held.flatMap((v) => [...r.child(v, 'obl:at'), ...r.child(v, 'obl:in')]),
    ];
    for (const v of venues)
      for (const place of r.entities(v, ['Place']))
        found.push({ source: meeting, type: 'HELD_IN', target: place, rule: 'participant-meeting', negated: false });
  }
}

/** Verbs whose passive subject is a meeting and whose "in" is its venue. */
const HELD_VERBS = new Set(['hold', 'expect', 'schedule', 'plan', 'convene']);

/** Where an entourage is: "during the meeting", "at the talks", "to the summit". */
const ENTOURAGE_AT = ['obl:during', 'obl:at', 'obl:in', 'obl:to', 'obl:for'];

/**
 * "Erdoğan was accompanied by Foreign Minister Çavuşoğlu ... during the meeting", "Lavrov,
 * accompanied by his deputy, at the talks": whoever accompanies someone at a meeting attends it,
 * and so does the one accompanied.
 */
export function accompaniedRules(r: Reading, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (r.lemma(v) !== 'accompany' || r.hypothetical(v)) continue;
    const held = ['nsubj', 'nsubj:pass', 'obj', 'obl:agent'].flatMap((rel) => r.child(v, rel));
    // "... and Hakan Fidan, chief of the MIT during the meeting": the parser may hang the meeting on the
    // last one's title, and a name whose title it misread ("Finance Minister Berat Albayrak") on the one before.
    const around = held.flatMap((j) => [j, ...r.child(j, 'appos'), ...r.child(j, 'dep')]);
    const meetings = [v, ...around]
      .flatMap((j) =>
        [...ENTOURAGE_AT, ...ENTOURAGE_AT.map((rel) => rel.replace('obl', 'nmod'))].flatMap((rel) => r.child(j, rel)),
      )
      .flatMap((j) => r.entities(j, ['Meeting']))
      // Companions are one side: "during the meeting" only referred back to may be the summit in focus.
      .filter((m) => !m.anaphor || m.byParticipants || (m.parts ?? []).length > 0);
    if (meetings.length === 0) continue;
    const people = [...new Set(around.filter((j) => !r.child(v, 'appos').includes(j)))]
      .filter((j) => held.includes(j) || r.mentionAt[j]?.type === 'Person')
      .flatMap((j) => r.entities(j, ACTOR));
    for (const p of new Map(people.map((x) => [x.entityId, x])).values())
      for (const meeting of new Set(meetings))
        found.push({ source: p, type: 'ATTENDS', target: meeting, rule: 'accompanied', negated: r.negated(v) });
  }
}

function tokensOf(r: Reading, m: Mention): number[] {
  return [...Array(r.parse.tokens.length).keys()].map((k) => k + 1).filter((k) => r.mentionAt[k] === m);
}
