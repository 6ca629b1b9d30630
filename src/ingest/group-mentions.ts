/**
 * Groups named by what their members share: "the guarantor countries", "the country-guarantors",
 * "the leaders". Such a phrase stands for each member, but only where the report itself says who
 * they are: the guarantors are the states a list calls so anywhere in the report ("with Russia,
 * Turkey and Iran acting as guarantors", "the guarantors - Russia, Iran and Turkey -"), or the ones
 * the sentence before counts ("the three guarantor countries"); "the leaders" are the people the
 * sentence before listed as its subject. Where the report names none, or names two different sets,
 * the phrase stands for no one: a group spread to actors outside it states false facts.
 */
import type { EntityType } from '../model/vocabulary.ts';
import type { Mention, Sentence } from './types.ts';

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six'];
const NUMBER = `(?:(${NUMBER_WORDS.join('|')})\\s+)?`;

/** "the guarantor countries", "the three Astana guarantors", "the country-guarantors of a ceasefire". */
const GUARANTORS = new RegExp(
  `\\b(?:the|both|all)\\s+${NUMBER}(?:other\\s+)?(?:Astana\\s+)?(?:ceasefire\\s+|truce\\s+)?(?:guarantors|guarantor\\s+(?:countries|states|powers|nations)|(?:countries|country|states)[-\\s]guarantors)\\b`,
  'giu',
);
/** "the leaders", "the three presidents", "both ministers": people, not "the leaders of Russia and Iran". */
const LEADERS = new RegExp(
  `\\b(?:the|both)\\s+${NUMBER}(leaders|presidents|heads\\s+of\\s+state|foreign\\s+ministers|ministers)\\b(?!\\s+(?:of|from|in)\\b)`,
  'giu',
);

/** What joins the names of a list: ", ", " and ", ", together with ". */
const LIST_GAP =
  /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|together\s+with\s+|along\s+with\s+)?|and\s+|as\s+well\s+as\s+)$/i;
/** Between two people of a list, their titles too: ", his Russian counterpart ", " and Iran's ". */
const PEOPLE_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:his|her|their|the)\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/u;
/** The words after a list that call it the guarantors: ", the guarantor countries", "acting as guarantors". */
const CALLED_AFTER =
  /^\s*,?\s*[—–-]?\s*(?:(?:which|who)\s+are\s+|are\s+|were\s+|as\s+|acting\s+as\s+|the\s+)(?:the\s+)?(?:three\s+|two\s+)?(?:\p{L}+\s+)?(?:guarantor|countr(?:y|ies)-guarantors)/iu;
/** The words before a list that call it the guarantors: "the guarantors of the ceasefire - ", "guarantor states ". */
const CALLED_BEFORE =
  /guarantor(?:s|\s+(?:countries|states|powers|nations))(?:\s+of\s+[^,.;:—–]{1,50}?)?\s*(?:[:—–-]|,)?\s*$/i;

function textOf(sentence: Sentence, from: number, to: number): string {
  return sentence.text.slice(from - sentence.start, to - sentence.start);
}

/** Runs of mentions of `type` that the sentence joins as a list (two or more). */
function lists(sentence: Sentence, own: readonly Mention[], type: EntityType, gap: RegExp): Mention[][] {
  const named = own.filter((m) => m.type === type && !m.demonym && !m.anaphor && !m.entityId.startsWith('new:'));
  const out: Mention[][] = [];
  for (const [k, m] of named.entries()) {
    const previous = named[k - 1];
    if (previous && gap.test(textOf(sentence, previous.end, m.start))) out.at(-1)!.push(m);
    else out.push([m]);
  }
  return out.filter((list) => new Set(list.map((m) => m.entityId)).size >= 2);
}

function sameMembers(a: readonly Mention[], b: readonly Mention[]): boolean {
  const ids = new Set(a.map((m) => m.entityId));
  return ids.size === new Set(b.map((m) => m.entityId)).size && b.every((m) => ids.has(m.entityId));
}

/** How many a phrase counts ("the three guarantors": 3), or undefined. */
function counted(word: string | undefined): number | undefined {
  return word ? NUMBER_WORDS.indexOf(word.toLowerCase()) + 2 : undefined;
}

/** One member of each entity, in the order the list names them. */
function distinct(list: readonly Mention[]): Mention[] {
  return [...new Map(list.map((m) => [m.entityId, m])).values()];
}

/**
 * The states the report calls the guarantors, or null where it names none or two different sets:
 * a list with "guarantor" words at either end, or the list "the three guarantor countries" counts back to.
 */
export function reportGuarantors(sentences: readonly Sentence[], mentions: readonly Mention[]): Mention[] | null {
  const sets: Mention[][] = [];
  for (const sentence of sentences) {
    const own = mentions.filter((m) => m.sentence === sentence.index);
    for (const list of lists(sentence, own, 'State', LIST_GAP)) {
      const first = list[0]!;
      const last = list.at(-1)!;
      const after = sentence.text.slice(last.end - sentence.start, last.end - sentence.start + 60);
      const before = sentence.text.slice(Math.max(0, first.start - sentence.start - 80), first.start - sentence.start);
      if (CALLED_AFTER.test(after) || CALLED_BEFORE.test(before)) sets.push(distinct(list));
    }
    const previous = sentences[sentence.index - 1];
    if (!previous) continue;
    for (const m of sentence.text.matchAll(GUARANTORS)) {
      const n = counted(m[1]);
      if (n === undefined) continue;
      const before = lists(
        previous,
        mentions.filter((x) => x.sentence === previous.index),
        'State',
        LIST_GAP,
      ).filter((list) => distinct(list).length === n);
      if (before.length === 1) sets.push(distinct(before[0]!));
    }
  }
  if (sets.length === 0 || sets.some((s) => !sameMembers(s, sets[0]!))) return null;
  return sets[0]!;
}

/** A mention of a group that stands for each of `members`. */
function groupMention(sentence: Sentence, start: number, text: string, members: readonly Mention[]): Mention {
  return {
    start,
    end: start + text.length,
    sentence: sentence.index,
    text,
    entityId: members[0]!.entityId,
    type: members[0]!.type,
    source: 'coreference',
    possessive: false,
    anaphor: true,
    members: members.map((m) => ({ ...m, anaphor: true })),
  };
}

function overlapsAny(own: readonly Mention[], start: number, end: number): boolean {
  return own.some((x) => x.start < end && start < x.end);
}

/**
 * "the guarantor countries" where the report says which: each guarantor. Not where names follow
 * the phrase at once ("the guarantors - Russia, Iran and Turkey -": the list itself is read), nor
 * where the phrase describes the list it follows (", the guarantor countries", " - the guarantor states in").
 */
export function guarantorMentions(
  sentence: Sentence,
  own: readonly Mention[],
  guarantors: readonly Mention[] | null,
): Mention[] {
  if (!guarantors) return [];
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(GUARANTORS)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // "the Astana guarantor states": the place qualifies the group and stays a mention of its own.
    const named = own.filter((x) => !(x.type === 'Place' && x.start >= start && x.end <= end));
    if (overlapsAny(named, start, end)) continue;
    const n = counted(m[1]);
    if (n !== undefined && n !== guarantors.length) continue;
    const next = own.find((x) => x.start >= end);
    const toNext = next?.type === 'State' ? textOf(sentence, end, next.start) : null;
    if (toNext !== null && (/^\s*[,:—–-]?\s*$/.test(toNext) || /^[^.;]{0,60}?[:—–-]\s*$/.test(toNext))) continue;
    const previous = own.findLast((x) => x.end <= start);
    if (previous?.type === 'State' && /^\s*[,:—–-]\s*$/.test(textOf(sentence, previous.end, start))) continue;
    // "the other guarantor states" beside one of them: the others only.
    const besides = /\bother\b/i.test(m[0]) ? own.filter((x) => x.type === 'State' && x.end <= start) : [];
    const members = guarantors.filter((g) => !besides.some((b) => b.entityId === g.entityId));
    if (members.length >= 2) out.push(groupMention(sentence, start, m[0], members));
  }
  return out;
}

/**
 * "Erdoğan, his Russian counterpart Vladimir Putin and Iran's Hassan Rouhani held a meeting. ...
 * the leaders reaffirmed": the people listed first in the sentence before, or earlier in this one,
 * as many as the phrase counts.
 */
export function leaderMentions(
  sentence: Sentence,
  own: readonly Mention[],
  previous: { sentence: Sentence; mentions: readonly Mention[] } | null,
): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(LEADERS)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (overlapsAny(own, start, end)) continue;
    // Names right after the phrase say who: "the leaders, Putin and Erdogan", read by the rules.
    if (/^\s*[,:—–-]?\s*\p{Lu}/u.test(sentence.text.slice(end - sentence.start))) continue;
    const earlier = own.filter((x) => x.end <= start);
    const where = earlier.some((x) => x.type === 'Person')
      ? { sentence, mentions: earlier }
      : previous && previous.sentence.index === sentence.index - 1
        ? previous
        : null;
    if (!where) continue;
    const people = where.mentions.filter((x) => x.type === 'Person');
    const list = lists(where.sentence, where.mentions, 'Person', PEOPLE_GAP)[0];
    // The list opens its sentence's people and is all of them: no one else the phrase may mean.
    if (!list || list[0] !== people[0] || distinct(people).length !== distinct(list).length) continue;
    const n = counted(m[1]);
    const members = distinct(list);
    if (n !== undefined && n !== members.length) continue;
    out.push(groupMention(sentence, start, m[0], members));
  }
  return out;
}
