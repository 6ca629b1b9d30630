/**
 * Coreference, the practical kind.
 *
 * Adds the mentions that refer back instead of naming: an office ("the special envoy", "the
 * Russian foreign minister", "the main opposition") -> whoever holds it, preferring one the
 * article named; a meeting description ("the two-day conference", "that event", "the latest
 * round of UN-led talks ... in Vienna") -> the meeting in focus, or the one held where the text
 * says; an indefinite meeting with a place ("a preliminary meeting in Sochi") -> a new meeting;
 * "a spokesman for the SNC" -> an unnamed spokesman; "the Commission" -> the body named before whose
 * name ends so; "the group", "the organization" -> the last body of a fitting type named nearby;
 * pronouns at a sentence start ("He", "She") -> the last person who was a subject, ("It", "They")
 * -> the last body or state that was; a pronoun after "said" -> the speaker; "his group", "its
 * delegation" -> the group (or state) just named. Capitals as states ("Moscow") are settled when names are matched.
 */
import { isoDay, monthNumber, WEEKDAYS } from './calendar.ts';
import type { EntityType } from '../model/vocabulary.ts';
import { rolesOf, type Gazetteer, type KnownEntity } from './entities.ts';
import { happenedIn } from './event-date.ts';
import { forwardTalks } from './forward-meetings.ts';
import { guarantorMentions, leaderMentions, reportGuarantors } from './group-mentions.ts';
import { heldAround, heldNear, heldOn, heldOrDue, type MeetingKind } from './lexicon.ts';
import { participantMeetings } from './participant-meetings.ts';
import { placeDescriptions } from './place-descriptions.ts';
import { pronoun } from './pronoun.ts';
import { foldPhrase } from './tokens.ts';
import type { Mention, Sentence } from './types.ts';

export interface CoreferenceContext {
  gazetteer: Gazetteer;
  /** The article's date (YYYY-MM-DD), to choose who held an office then. */
  published: string | null;
}

/** The words before an office that make it the one an aide serves: "assistant to Iran's", "adviser to the". */
const AIDE_TO = /\b(?:assistant|aide|advis[eo]r|counsel(?:l)?or)\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*'s\s+)?$/iu;

/** The last words of offices that "the minister", "the negotiator" use alone for a person named before. */
const OFFICE_HEADS = new Set(['minister', 'negotiator', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'mediator']);
const ACTOR: readonly EntityType[] = ['Person', 'State', 'Organization', 'ArmedGroup'];
const GROUP: readonly EntityType[] = ['Organization', 'ArmedGroup', 'State'];
const PREPOSITION_BEFORE = /\b(?:of|for|to|with|by|in|on|at|from|against|between|among|about|than|like)\s*$/i;
const MEETING_HEAD =
  '(?:conference|congress|meeting|talks|summit|round|negotiations|gathering|event|forum|session|consultations|process|track)';
/** "a negotiating track in Astana", "the political process in Geneva": a series of talks, named by its place only. */
const PROCESS = /^(?:process|track)$/i;
const DEFINITE_MEETING = new RegExp(
  `\\b(?:the|this|that|these)\\s+((?:(?!(?:of|the|a|an|for|to|with|in|on|and|or|at|by|from|during|after|before|ahead|over|about|into|under|against|between|among|amid|since|until|through|without|within|towards?|despite|than|as|while)\\s)[\\p{Ll}\\d][\\p{L}\\d'-]*\\s+|[\\p{Lu}][\\p{L}.]*-led\\s+){0,4}?)(${MEETING_HEAD})\\b(?:\\s+of\\s+((?:[\\p{L}\\d'.-]+\\s+){0,3}?)(talks|negotiations|consultations))?`,
  'giu',
);
// "a Russian-hosted Syrian peace conference in the Black Sea resort of Sochi", "a negotiations process
// last year in the Kazakh capital, Astana": qualifiers capitalized or not, a time, and the place after
// a description of it.
const INDEFINITE_MEETING = new RegExp(
  `\\b(?:a|an)\\s+((?:["“]?(?:[\\p{Ll}\\d][\\p{L}\\d'-]*|[\\p{Lu}][\\p{L}.]*-[\\p{Ll}]+|\\p{Lu}\\p{Ll}+)["”]?\\s+){0,4}?)["“]?(conference|congress|meeting|summit|round of (?:[\\p{Ll}-]+\\s+)?talks|talks|(?:negotiations?|negotiating|peace|political) (?:process|track))["”]?(\\s+on\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*)?(?:\\s+(?:last|this|next)\\s+(?:year|month|week))?\\s+(?:in|at)\\s+(the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:city|resort|town|capital|port)(?:\\s+of\\s+|,\\s*))?$`,
  'iu',
);
/** Words that make "a ... congress in Sochi" another meeting than the one the lexicon knows there. */
export const ANOTHER =
  /\b(?:new|another|second|third|separate|rival|alternative|parallel|preliminary|preparatory|next|similar|first|future)\b/i;
/** Words that make a round of a series its next one ("a new round of talks in Astana"), or its previous one. */
const NEXT = /\b(?:new|next|fresh|another|upcoming|forthcoming)\b/i;
const PAST = /\b(?:last|previous|earlier|past|preceding)\b/i;
const SPOKESMAN = /\b(?:a|an|the)\s+(spokes(?:man|woman|person))\s+(?:for|of)\s+$/i;
const SAID_PRONOUN =
  /\b(?:said|says|say|added|adds|noted|notes|stressed|stresses|announced|announces|stated|insisted|warned|confirmed|told [\w ]{1,30}?)(?:\s+on\s+\w+|\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday))?(?:\s+that)?\s+(he|she|it|they)\b/gi;
/** "..., he said." after a claim or a quote: the speaker of the claim, the person last a subject. */
const TRAILING_SAID = /[,"”]\s*(he|she)\s+(?:said|says|added|told|stressed|noted|insisted|warned)\b/gi;
/** A pronoun that opens a sentence (after a connective or a quote mark), the sentence's subject. */
const OPENING_PRONOUN = /^["']?\s*(?:(?:But|And|However|Meanwhile|Instead),?\s+)?(he|she|it|they)\b/i;
/** "He underscored ... as he stressed", "..., and she added": a pronoun that opens a clause joined to the sentence's. */
const CLAUSE_PRONOUN =
  /(?:,\s*|\s)(?:as|and|while|when|but|because|after|before|since|although|though|adding\s+that|saying\s+that)\s+(he|she)\s+(?=\p{Ll})/giu;
const GROUP_PRONOUN =
  /\b(?:his|her|their|its)\s+(group|organi[sz]ation|party|movement|body|bloc|delegation|coalition)\b/gi;
const MONTH_DAY =
  /^[^.;]{0,30}?\bon\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})\b/;

export function kindOf(head: string): MeetingKind | null {
  const h = head.toLowerCase();
  if (['talks', 'round', 'negotiations', 'consultations'].includes(h)) return 'talks';
  if (['conference', 'congress', 'forum'].includes(h)) return 'congress';
  if (h === 'summit') return 'summit';
  return null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shortName(known: KnownEntity | undefined, fallback: string): string {
  const acronym = known?.aliases.find((a) => /^[A-Z]{2,5}$/.test(a));
  return acronym ?? known?.name ?? fallback;
}

interface State {
  person: string | null;
  /** The last body or state that was a subject, which "It" and "They" at a sentence start name again. */
  group: Mention | null;
  /** Meetings in the order the text mentions them (entity ids). */
  meetings: Mention[];
  /** The series of talks the text last named ("the Astana talks", or talks known at a place named), for its rounds. */
  series: string | null;
}

class Resolver {
  private readonly titles: RegExp;
  /** The same titles with the most words before them, tried where the shortest reading names no one. */
  private readonly longest: RegExp;
  /** A title with no article after a capitalized qualifier, itself capitalized or not: "hosted Syrian President in Sochi". */
  private readonly bare: RegExp;
  /** Every word of the offices, and of other titles a title may qualify ("President special envoy"). */
  private readonly titleWords = new Set(['aide', 'adviser', 'advisor', 'office', 'administration', 'representative']);
  private readonly holders = new Map<string, { id: string; of?: string }[]>();
  /** "the minister": the last word of people's offices, which names again only one the text named. */
  private readonly heads = new Map<string, { id: string; of?: string }[]>();

  constructor(private readonly ctx: CoreferenceContext) {
    for (const known of ctx.gazetteer.entities.values()) {
      for (const role of rolesOf(known, ctx.published)) {
        const key = role.title.toLowerCase();
        const list = this.holders.get(key) ?? [];
        list.push({ id: known.id, ...(role.of ? { of: ctx.gazetteer.idOf(role.of) } : {}) });
        this.holders.set(key, list);
        for (const [office, short] of OFFICE_ABBREVIATIONS)
          if (key.endsWith(office)) this.holders.set(key.replace(office, short), list);
        const head = key.split(' ').pop()!;
        if (known.type === 'Person' && head !== key && OFFICE_HEADS.has(head))
          this.heads.set(head, [...(this.heads.get(head) ?? []), list[list.length - 1]!]);
      }
    }
    for (const title of this.holders.keys()) for (const word of title.split(' ')) this.titleWords.add(word);
    const escaped = [...new Set([...this.holders.keys(), ...this.heads.keys()])]
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // "the main Syrian opposition group": a capitalised word (a demonym, checked in `holder`) may sit inside.
    const spaced = (t: string): string => t.replace(/ /g, '\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?');
    const alternatives = escaped.map(spaced);
    // "the main opposition", or after a possessor: "Syria's main opposition negotiating body".
    const pattern = `(?:\\bthe\\s+|(?<=\\p{Lu}[\\p{L}.-]*'s\\s+))((?:[\\p{L}.'-]+\\s+){0,2}?)(${alternatives.join('|') || 'x^'})\\b(?!-)`;
    this.titles = new RegExp(pattern, 'giu');
    this.longest = new RegExp(pattern.replace('{0,2}?', '{0,2}'), 'iuy');
    // Case-sensitive so that the qualifier is capitalized; the title's own letters in either case.
    const anyCase = escaped.map((t) => spaced(t.replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`)));
    this.bare = new RegExp(`(?<!\\b[Tt]he\\s+)\\b(\\p{Lu}[\\p{L}.-]*\\s+)(${anyCase.join('|') || 'x^'})\\b(?!-)`, 'gu');
  }

  /** Who holds office `title` qualified by `qualifier` ("UN", "Russian"), preferring one seen. */
  holder(title: string, qualifier: string, seen: readonly Mention[]): string | null {
    const words = title.toLowerCase().split(/\s+/);
    const plain = words.filter((word) => !this.ctx.gazetteer.demonyms.has(word));
    if (words.length - plain.length > 1) return null;
    const key = plain.join(' ');
    const byHead = !this.holders.has(key);
    let candidates = this.holders.get(key) ?? this.heads.get(key) ?? [];
    const q = foldPhrase(qualifier);
    if (q) {
      const of = this.qualifierId(q);
      if (of === null) return null;
      candidates = candidates.filter((c) => c.of === of);
    }
    for (let i = seen.length - 1; i >= 0; i--) {
      const hit = candidates.find((c) => c.id === seen[i]!.entityId);
      if (hit) return hit.id;
    }
    if (byHead) return null;
    const ids = [...new Set(candidates.map((c) => c.id))];
    return ids.length === 1 ? ids[0]! : null;
  }

  private qualifierId(q: string): string | null | undefined {
    const gaz = this.ctx.gazetteer;
    const words = q.split(' ').filter((w) => !['main', 'top', 'new', 'former', 'current', 'chief'].includes(w));
    if (words.length === 0) return undefined;
    const phrase = words.join(' ');
    const demonym = gaz.demonyms.get(phrase);
    if (demonym) return demonym;
    for (const known of gaz.entities.values()) {
      if (!ACTOR.includes(known.type)) continue;
      if ([known.name, ...known.aliases].some((n) => foldPhrase(n) === phrase)) return known.id;
    }
    // "Moscow's envoy": a capital qualifies a title as its state.
    for (const known of gaz.entities.values()) {
      const capital = known.lexicon?.capital ? gaz.entities.get(gaz.idOf(known.lexicon.capital)) : undefined;
      if (capital && foldPhrase(capital.name) === phrase) return known.id;
    }
    return null;
  }

  /**
   * "the head of the government delegation": a body named after the title is whose office it is, so
   * the holder must hold it there (the SNC's head is no head of Syria's delegation).
   */
  private ofFits(id: string, title: string, sentence: Sentence, end: number, existing: Mention[]): boolean {
    const gap = /^\s+(of|for|to)\s+(?:the\s+)?/i.exec(sentence.text.slice(end - sentence.start));
    if (!gap) return true;
    const body = existing.find((x) => x.start === end + gap[0].length && ACTOR.includes(x.type));
    if (!body) return true;
    const key = title
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !this.ctx.gazetteer.demonyms.has(w))
      .join(' ');
    const offices = (this.holders.get(key) ?? []).filter((c) => c.id === id);
    const preposition = gap[1]!.toLowerCase();
    // "the UN special envoy for Syria": a body's envoy for a state, whose office is the body's.
    if (preposition === 'for' && body.type === 'State')
      return offices.some(
        (c) => c.of === body.entityId || this.ctx.gazetteer.entities.get(c.of ?? '')?.type !== 'State',
      );
    // "the US ambassador to Kazakhstan": the lexicon's ambassadors are to the UN, not to a state.
    if (preposition === 'to') return !(body.type === 'State' && /\bambassador$/i.test(key));
    return offices.some((c) => c.of === body.entityId);
  }

  /**
   * Whether a title without an article stands for its holder: not when it qualifies another title
   * ("Russian President special envoy") or its holder is named after it ("UN envoy to Syria Staffan de Mistura").
   */
  private bareTitleAlone(sentence: Sentence, end: number, existing: Mention[]): boolean {
    const rest = sentence.text.slice(end - sentence.start);
    const next = /^\s+([\p{L}'’-]+)/u.exec(rest)?.[1]?.toLowerCase();
    if (next && this.titleWords.has(next)) return false;
    const named = existing.find((x) => x.start >= end && x.type === 'Person');
    return (
      !named ||
      !/^\s+(?:on|for|to|of|in)\s+[^,;]{1,40}$/.test(
        sentence.text.slice(end - sentence.start, named.start - sentence.start),
      )
    );
  }

  counterparts(sentence: Sentence, own: Mention[]): Mention[] {
    return counterpartMentions(sentence, own, this.holders, this.ctx);
  }

  roleMentions(sentence: Sentence, existing: Mention[], seen: readonly Mention[]): Mention[] {
    const out: Mention[] = [];
    const matches: RegExpExecArray[] = [];
    this.titles.lastIndex = 0;
    for (const shortest of sentence.text.matchAll(this.titles)) {
      this.longest.lastIndex = shortest.index;
      const longest = this.longest.exec(sentence.text);
      // "the main opposition negotiating body": "main opposition" names two bodies, the longer title one.
      matches.push(
        longest && this.holder(shortest[2]!, shortest[1]!, seen) === null && this.holder(longest[2]!, longest[1]!, seen)
          ? longest
          : shortest,
      );
    }
    const spans = [...matches];
    const bareTitles = new Set<RegExpExecArray>();
    for (const m of sentence.text.matchAll(this.bare)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (spans.some((x) => overlaps({ start: x.index, end: x.index + x[0].length }, span))) continue;
      matches.push(m);
      bareTitles.add(m);
    }
    for (const m of matches) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      const inner = existing.filter((x) => x.start >= start && x.end <= end);
      if (existing.some((x) => overlaps(x, { start, end }) && !inner.includes(x))) continue;
      if (inner.some((x) => !ACTOR.includes(x.type))) continue;
      const next = existing.find((x) => x.start >= end);
      if (next && next.type === 'Person' && next.start - end <= 2) continue;
      // "Moscow's envoy on Syria, Alexander Lavrentiev": the apposition names the holder itself.
      const named = existing.find((x) => x.start >= end && x.type === 'Person');
      if (
        named &&
        /^\s+(?:on|for|to|of|in)\s+[^,;]{1,40},\s*$/.test(
          sentence.text.slice(end - sentence.start, named.start - sentence.start),
        )
      )
        continue;
      // "the UN Special Envoy for Syria Staffan de Mistura": the name follows the title's state at once
      // (the title rules read the title and name together; "for" a state is read as the office's only here).
      const portfolio = existing.find((x) => x.start >= end);
      if (
        portfolio &&
        named &&
        /^\s+for\s+(?:the\s+)?$/i.test(sentence.text.slice(end - sentence.start, portfolio.start - sentence.start)) &&
        /^\s*$/.test(sentence.text.slice(portfolio.end - sentence.start, named.start - sentence.start))
      )
        continue;
      const previous = [...existing].reverse().find((x) => x.end <= start);
      if (
        previous &&
        previous.type === 'Person' &&
        /^,\s*$/.test(sentence.text.slice(previous.end - sentence.start, m.index))
      )
        continue;
      if (/^'s/.test(after)) continue;
      // "Senior Assistant to Iran's Foreign Minister Jaberi Ansari": the office names whom the aide
      // serves (as "the Iranian FM's aide" does), not its holder taking part.
      if (AIDE_TO.test(sentence.text.slice(0, m.index))) continue;
      if (bareTitles.has(m) && !this.bareTitleAlone(sentence, end, existing)) continue;
      // "Moscow's envoy": the possessor qualifies the title as "Russian" would.
      const possessor = /(\p{Lu}[\p{L}.-]*)'s\s+$/u.exec(sentence.text.slice(0, m.index))?.[1];
      const qualifier = m[1]!.trim() === '' && possessor ? possessor : m[1]!;
      const id = this.holder(m[2]!, qualifier, [...seen, ...existing.filter((x) => x.end <= start)]);
      if (id === null || !this.ofFits(id, m[2]!, sentence, end, existing)) continue;
      const known = this.ctx.gazetteer.entities.get(id)!;
      out.push({
        start,
        end,
        sentence: sentence.index,
        text: m[0],
        entityId: id,
        type: known.type,
        source: 'coreference',
        possessive: false,
        anaphor: true,
        ...(inner.length > 0 ? { parts: inner } : {}),
      });
    }
    return out;
  }
}

/** "his Iranian and Turkish counterparts": demonyms listed before "counterpart(s)" with no name after. */
const COUNTERPARTS =
  /\b((?:\p{Lu}\p{L}+(?:\s*,\s*|\s+(?:and|or)\s+))*\p{Lu}\p{L}+)\s+counterparts?\b(?!\s*,?\s*\p{Lu})/gu;

/**
 * "Russia's president is meeting with Iranian and Turkish counterparts": each demonym names whoever
 * holds, in its state, the office the person named before in the sentence holds.
 */
function counterpartMentions(
  sentence: Sentence,
  own: Mention[],
  holders: ReadonlyMap<string, readonly { id: string; of?: string }[]>,
  ctx: CoreferenceContext,
): Mention[] {
  const gaz = ctx.gazetteer;
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(COUNTERPARTS)) {
    const start = sentence.start + m.index;
    const person = own.findLast((x) => x.type === 'Person' && x.end <= start);
    const known = person && gaz.entities.get(person.entityId);
    const title =
      known &&
      rolesOf(known, ctx.published).find((r) => r.of && gaz.entities.get(gaz.idOf(r.of))?.type === 'State')?.title;
    if (!title) continue;
    for (const word of m[1]!.matchAll(/\p{Lu}\p{L}+/gu)) {
      const state = gaz.demonyms.get(foldPhrase(word[0]));
      const ids = state ? [...new Set((holders.get(title) ?? []).filter((c) => c.of === state).map((c) => c.id))] : [];
      if (ids.length !== 1) continue;
      const at = start + word.index;
      const span = { start: at, end: at + word[0].length };
      const parts = own.filter((x) => x.start >= span.start && x.end <= span.end);
      if (own.some((x) => overlaps(x, span) && !parts.includes(x))) continue;
      out.push({
        ...pronoun(sentence, at, word[0], ids[0]!, 'Person'),
        ...(parts.length > 0 ? { parts } : {}),
      });
    }
  }
  return out;
}

/**
 * A dated round held where its series is ("astana-talks-8" in Astana): naming the place names the
 * series, and the round is read from words and dates instead (see `datedRound`).
 */
function homeRound(known: KnownEntity, gaz: Gazetteer): boolean {
  const series = known.lexicon?.series;
  return series !== undefined && gaz.entities.get(gaz.idOf(series))?.lexicon?.venue === known.lexicon?.venue;
}

const DAY_MS = 86_400_000;

/**
 * The round of `series` that a report of `published` calls the next one (the first not over by
 * then and after `focus` if that one has begun, if it starts within four months) or the previous one (the last over before `focus` starts,
 * or before the report), from the rounds the lexicon dates.
 */
export function datedRound(
  series: string,
  which: 'next' | 'previous',
  published: string | null,
  gaz: Gazetteer,
  focus?: string,
): string | null {
  if (published === null) return null;
  const rounds = [...gaz.entities.values()]
    .filter((k) => k.lexicon?.held && k.lexicon.series && gaz.idOf(k.lexicon.series) === series)
    .map((k) => ({ id: k.id, held: k.lexicon!.held! }))
    .sort((a, b) => a.held.start.localeCompare(b.held.start));
  const current = rounds.find((r) => r.id === focus);
  if (which === 'next') {
    // "new negotiations, a possible Astana-10" on the ninth round's last day: the round after the one in focus.
    const after = current && current.held.start <= published ? current.held.end : '';
    const next = rounds.find((r) => r.held.end >= published && r.held.start > after);
    return next && Date.parse(next.held.start) - Date.parse(published) <= 120 * DAY_MS ? next.id : null;
  }
  const cutoff = current?.held.start ?? published;
  return rounds.filter((r) => r.held.end < cutoff).pop()?.id ?? null;
}

/** Whether a lexicon venue is `place`, or lies in it when `place` is a state. */
function venueIn(venue: string, place: Pick<Mention, 'type' | 'entityId'>, gaz: Gazetteer): boolean {
  const id = gaz.idOf(venue);
  if (place.type === 'Place') return id === place.entityId;
  const country = id ? gaz.entities.get(id)?.lexicon?.country : undefined;
  return country !== undefined && gaz.idOf(country) === place.entityId;
}

/**
 * "the Russian event" after the Sochi congress and the Vienna talks: of the meetings named before,
 * the last one held in that state.
 */
function meetingHeldInState(stateId: string, before: Mention[], gaz: Gazetteer): string | null {
  const state = { type: 'State' as const, entityId: stateId };
  const venue = (m: Mention): string | undefined => gaz.entities.get(m.entityId)?.lexicon?.venue;
  return before.findLast((m) => venue(m) !== undefined && venueIn(venue(m)!, state, gaz))?.entityId ?? null;
}

/** The meeting a definite description refers to: one held in `place`, else the one in focus. */
function meetingFor(
  kind: MeetingKind | null,
  place: Mention | null,
  state: State,
  gaz: Gazetteer,
  published: string | null,
  word: string | null = null,
): string | null {
  const fits = (id: string): boolean => {
    const other = gaz.entities.get(id)?.lexicon?.kind ?? kindOf(id.split(/[\s-]/).pop() ?? '');
    return kind === null || other === null || other === kind || other === 'meeting';
  };
  if (place) {
    const seen = [...state.meetings].reverse().find((m) => m.parts?.some((p) => p.entityId === place.entityId));
    if (seen && fits(seen.entityId)) return seen.entityId;
    for (const known of gaz.entities.values()) {
      if (
        known.type === 'Meeting' &&
        known.lexicon?.venue &&
        gaz.idOf(known.lexicon.venue) === place.entityId &&
        heldAround(known.lexicon, published) &&
        !homeRound(known, gaz) &&
        fits(known.id)
      ) {
        return known.id;
      }
    }
    return null;
  }
  const recent = [...state.meetings].reverse();
  // "the meeting" after "X is meeting in Riyadh" and "the Geneva talks": the one called a meeting.
  const same = word === null ? undefined : recent.find((m) => new RegExp(`\\b${word}`, 'i').test(m.text));
  const named = recent.filter((m) => m.entityId !== '');
  return (same ?? named.find((m) => fits(m.entityId)) ?? named[0])?.entityId || null;
}

/**
 * The one meeting of this kind the lexicon holds at `place` (a city, or the state it is in) around
 * the report's date, if one; "a meeting" there is whichever known meeting was held on that day.
 */
export function knownMeetingAt(
  place: Mention,
  kind: MeetingKind | null,
  gaz: Gazetteer,
  published: string | null,
): string | null {
  if (kind === null) return null;
  const there = [...gaz.entities.values()].filter(
    (known) =>
      known.type === 'Meeting' &&
      known.lexicon?.venue !== undefined &&
      !homeRound(known, gaz) &&
      venueIn(known.lexicon.venue, place, gaz),
  );
  const found = there.filter(
    (known) =>
      (known.lexicon!.kind === kind || (kind === 'meeting' && heldOn(known.lexicon, published))) &&
      heldAround(known.lexicon, published),
  );
  if (found.length > 0) return found.length === 1 ? found[0]!.id : null;
  // "peace talks in Sochi", "the Sochi summit" in the week of the congress: whatever the word, the
  // one meeting the lexicon holds there that week.
  const near = there.filter((known) => heldNear(known.lexicon, published));
  return near.length === 1 ? near[0]!.id : null;
}

function meetingMentions(sentence: Sentence, existing: Mention[], state: State, ctx: CoreferenceContext): Mention[] {
  const out: Mention[] = [];
  const gaz = ctx.gazetteer;
  for (const m of sentence.text.matchAll(DEFINITE_MEETING)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const named = existing.filter((x) => x.start >= start && x.end <= end);
    if (existing.some((x) => overlaps(x, { start, end }) && !named.includes(x))) continue;
    // "the Sochi event": the place it was held in, named as a word of the description.
    const placeWord = named.length === 1 && named[0]!.type === 'Place' ? named[0]! : null;
    const inner = placeWord ? [] : named;
    if (inner.some((x) => !ACTOR.includes(x.type))) continue;
    const rest = sentence.text.slice(m.index + m[0].length);
    if (/^\s+(?:between|with)\b/i.test(rest)) continue;
    const clause = /^[^;:]*?\b(?:in|at)\s+(?:the\s+)?$/;
    const place =
      placeWord ??
      existing.find((x) => {
        if (x.type !== 'Place' || x.start < end || x.start - end > 45) return false;
        const gap = sentence.text.slice(end - sentence.start, x.start - sentence.start);
        return clause.test(gap) && !existing.some((y) => y.type === 'Meeting' && y.start >= end && y.end <= x.start);
      }) ??
      null;
    if (PROCESS.test(m[2]!)) {
      // "the political process in Geneva", not "the process undermined the UN-led effort in Geneva".
      const right =
        place !== null &&
        /^\s+(?:in|at)\s+$/.test(sentence.text.slice(end - sentence.start, place.start - sentence.start));
      const series = right && seriesOf(place, ctx);
      if (series)
        out.push({
          ...pronoun(sentence, start, m[0], series, 'Meeting'),
          ...(inner.length > 0 ? { parts: inner } : {}),
        });
      continue;
    }
    const kind = kindOf(m[4] ?? m[2]!);
    const before = [...existing, ...out].filter((x) => x.type === 'Meeting' && x.end <= start);
    // "the previous round", "the next round of Syrian talks in Astana": a round of the series named
    // or in focus, read by its dates; a past one the lexicon does not date is not named.
    // "the previous meeting" after a round of a series: a round of that series too.
    const last = [...state.meetings, ...before].at(-1);
    const series =
      kind === 'talks'
        ? ((place && seriesOf(place, ctx)) ?? state.series)
        : /^meetings?$/i.test(m[2]!) && !m[4] && last
          ? seriesOf(last, ctx)
          : null;
    const focus = [...state.meetings, ...before].findLast((x) => roundSeries(x.entityId, gaz) === series)?.entityId;
    const past = PAST.test(m[1]!);
    const dated =
      series && (past || NEXT.test(m[1]!))
        ? datedRound(series, past ? 'previous' : 'next', ctx.published, gaz, focus)
        : null;
    if (past && dated === null) continue;
    // "The third meeting ... was held on March 14-15" after a round of the Astana talks: that
    // series' round by its number, where no place or body makes it a meeting of another kind.
    const lastSeries = last && !place && !/^\s+(?:of|on)\b/i.test(rest) ? seriesOf(last, ctx) : null;
    if (lastSeries && ASIDE_HEAD.test(m[2]!) && !m[4] && dated === null && ORDINAL_ALONE.test(m[1]!)) {
      out.push(seriesRound(sentence, { start, end, text: m[0] }, lastSeries, roundNumber(m[1]!.trim()), gaz));
      continue;
    }
    // "the eighth international meeting on Syria was held in Kazakhstan's capital": the round of the
    // series held at the place, by its number.
    const placeSeries = place && !placeWord ? seriesOf(place, ctx) : null;
    const ordinal = ORDINAL_WORD.exec(m[1]!);
    if (placeSeries && ordinal && ASIDE_HEAD.test(m[2]!) && !m[4] && dated === null) {
      out.push(seriesRound(sentence, { start, end, text: m[0] }, placeSeries, roundNumber(ordinal[0]), gaz));
      continue;
    }
    // "The first tripartite summit was held in Sochi", "the second trilateral meeting" in a report of
    // the third: an earlier (or later) one of its kind, a meeting of its own beside the one in focus
    // ("the fifth meeting in Astana" is a round of the series held there).
    const aside =
      ASIDE_HEAD.test(m[2]!) && !m[4] && dated === null && ORDINAL_WORD.test(m[1]!) && !(place && seriesOf(place, ctx));
    // "the next round of Syrian talks in Astana": another round than the talks known there.
    const another = place !== null && kind === 'talks' && ANOTHER.test(m[1]!);
    // "the Russian event": the state a word of the description names, as a mention or a demonym.
    const states = new Set([
      ...inner.filter((x) => x.type === 'State').map((x) => x.entityId),
      ...m[1]!.split(/\s+/).flatMap((word) => gaz.demonyms.get(foldPhrase(word)) ?? []),
    ]);
    const id =
      dated ??
      (states.size === 1 ? meetingHeldInState([...states][0]!, [...state.meetings, ...before], gaz) : null) ??
      (another || aside
        ? null
        : meetingFor(
            kind,
            place,
            { ...state, meetings: [...state.meetings, ...before] },
            gaz,
            ctx.published,
            /^meetings?$/i.test(m[2]!) && !m[4] ? 'meeting' : null,
          ));
    // Another meeting than the one found: named by no entity, it is kept with none for "the meeting" after it.
    const dayOff = id !== null && !onItsDay(id, m[1]!, ctx);
    const mention: Mention = {
      start,
      end,
      sentence: sentence.index,
      text: m[0],
      entityId: dayOff ? '' : (id ?? ''),
      type: 'Meeting',
      source: 'coreference',
      possessive: false,
      anaphor: true,
      ...(inner.length > 0 ? { parts: inner } : {}),
      // "The meeting among Erdogan and Rouhani ... During the meeting": still the two's own meeting.
      ...([...state.meetings, ...before].some((x) => x.entityId === id && x.byParticipants)
        ? { byParticipants: true }
        : {}),
    };
    if (dayOff) {
      out.push(mention);
      continue;
    }
    if (aside) {
      // Named by its number alone, it is a meeting worth a name where its sentence says where it was.
      if (!existing.some((x) => x.type === 'Place' && x.start >= end)) continue;
      const words = capitalize(m[0].replace(/^\S+\s+/, '').replace(/\s+/g, ' '));
      mention.name = place ? `${words} in ${gaz.entities.get(place.entityId)?.name ?? place.text}` : words;
      Object.assign(mention, { entityId: `new:Meeting:${foldPhrase(mention.name)}`, anaphor: false, aside });
    } else if (id === null) {
      if (!place || kind !== 'talks') continue;
      const placeName = gaz.entities.get(place.entityId)?.name ?? place.text;
      mention.name = another ? `${m[0].replace(/^\S+\s+/, '')} in ${placeName}` : `${placeName} talks`;
      mention.entityId = `new:Meeting:${foldPhrase(mention.name)}`;
      mention.anaphor = false;
    }
    out.push(mention);
  }
  for (const place of existing.filter((x) => x.type === 'Place' || (x.type === 'State' && !x.demonym))) {
    const before = sentence.text.slice(0, place.start - sentence.start);
    const m = INDEFINITE_MEETING.exec(before);
    if (!m) continue;
    const start = sentence.start + m.index;
    // "a new round of peace talks on Syria in Astana": what the meeting is about is no part of it.
    const topicAt = m[3] ? start + m[0].lastIndexOf(m[3]) : -1;
    const topic = m[3] ? { start: topicAt, end: topicAt + m[3].length } : null;
    // "in the Black Sea resort of Sochi": the place's description is no part of the meeting either.
    const describedAt = m[4] ? start + m[0].length - m[4].length : place.start;
    const aboutIt = (x: Mention): boolean =>
      (topic !== null && x.start >= topic.start && x.end <= topic.end) || x.start >= describedAt;
    const inner = existing.filter((x) => x !== place && !aboutIt(x) && x.start >= start && x.end <= place.start);
    if (
      existing.some((x) => x !== place && !aboutIt(x) && !inner.includes(x) && overlaps(x, { start, end: place.end }))
    )
      continue;
    if (inner.some((x) => !ACTOR.includes(x.type))) continue;
    const text = sentence.text.slice(m.index, place.end - sentence.start);
    // "a Russia-sponsored peace congress in Sochi": the congress the lexicon holds there, unless
    // the words make it another one ("a new round of talks in Astana").
    const head = m[2]!.split(' ').pop()!;
    // "a separate negotiating track in Astana": the series held there, whatever sets it apart.
    if (PROCESS.test(head)) {
      const series = seriesOf(place, ctx);
      if (series && inner.length === 0)
        out.push({ ...pronoun(sentence, start, text, series, 'Meeting'), parts: [place] });
      continue;
    }
    // "a trilateral meeting in Tehran": whichever meeting the lexicon holds there that week.
    const kind = kindOf(head) ?? (head.toLowerCase() === 'meeting' ? 'meeting' : null);
    const series = kind === 'talks' && NEXT.test(m[1]!) ? seriesOf(place, ctx) : null;
    // "a Syrian peace conference in Sochi on Jan. 30" months later: the one held there that day.
    const date = dateAfter(sentence.text.slice(place.end - sentence.start), ctx.published);
    const known = series
      ? datedRound(series, 'next', ctx.published, gaz)
      : ANOTHER.test(m[1]!)
        ? null
        : (knownMeetingAt(place, kind, gaz, ctx.published) ?? (date ? knownMeetingAt(place, kind, gaz, date) : null));
    if (known) {
      out.push({
        start,
        end: place.end,
        sentence: sentence.index,
        text,
        entityId: known,
        type: 'Meeting',
        source: 'coreference',
        possessive: false,
        anaphor: true,
        parts: [...inner, place],
      });
      continue;
    }
    if (inner.length > 0 || place.type !== 'Place') continue;
    const placeName = gaz.entities.get(place.entityId)?.name ?? place.text;
    const name = m[3]
      ? capitalize((m[1]! + m[2]! + m[3]).replace(/\s+/g, ' '))
      : `${capitalize((m[1]! + m[2]!).replace(/\s+/g, ' '))} in ${placeName}`;
    out.push({
      ...patternMention(sentence, { start, end: place.end, text }, 'Meeting', name),
      parts: [place],
      ...(date ? { date } : {}),
    });
  }
  return out;
}

const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');

/**
 * "At the Wednesday meeting" with diplomats, a week before a round in focus opens: a meeting the
 * words date by a weekday is one held that day (the last such day, as "on Wednesday" reads).
 */
function onItsDay(id: string, words: string, ctx: CoreferenceContext): boolean {
  const gaz = ctx.gazetteer;
  const day = WEEKDAY.exec(words);
  const span = day ? happenedIn(`on ${day[1]!}`, ctx.published) : null;
  if (span === null) return true;
  // A series is held that day where one of its dated rounds is.
  const dated = isSeries(id, gaz)
    ? [...gaz.entities.values()].filter((k) => k.lexicon?.series && gaz.idOf(k.lexicon.series) === id)
    : [gaz.entities.get(id)];
  const held = dated.filter((k) => k?.lexicon?.held !== undefined);
  return held.length === 0 ? !isSeries(id, gaz) : held.some((k) => heldOn(k!.lexicon, span.start));
}

const MINISTERS_MEETING =
  /\b(?:the|a)\s+(?:\p{Ll}+\s+)?(meeting\s+of\s+(?:the\s+)?(?:foreign|defen[cs]e)\s+ministers)\b/giu;

/**
 * "the meeting of foreign ministers of Russia, Iran and Turkey", "a meeting of Foreign Ministers of
 * these countries": the ministers' meeting, one meeting of the article whoever attends it.
 */
function ministersMeetings(sentence: Sentence, existing: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(MINISTERS_MEETING)) {
    const start = sentence.start + m.index + m[0].length - m[1]!.length;
    const end = sentence.start + m.index + m[0].length;
    if (existing.some((x) => overlaps(x, { start, end }))) continue;
    const name = capitalize(m[1]!.replace(/\s+/g, ' ').toLowerCase());
    out.push(patternMention(sentence, { start, end, text: m[1]! }, 'Meeting', name));
  }
  return out;
}

/** "The High Negotiations Committee is meeting on Monday in " before a place: a body's own meeting there. */
const MEETING_IN = /\b(?:is|are|was|were|will\s+be)\s+(meeting)(?:\s+(?:on|this|next)\s+\w+|\s+today)?\s+in\s+$/i;

/**
 * "The High Negotiations Committee ... is meeting on Monday in Riyadh": a body that meets at a place
 * holds a meeting there, one the lexicon need not know; "the meeting in Riyadh" and "the meeting"
 * after it are that meeting.
 */
function bodyMeetings(sentence: Sentence, own: Mention[], ctx: CoreferenceContext): Mention[] {
  const out: Mention[] = [];
  for (const place of own.filter((x) => x.type === 'Place')) {
    const before = sentence.text.slice(0, place.start - sentence.start);
    const m = MEETING_IN.exec(before);
    if (!m) continue;
    const body = [...own]
      .reverse()
      .find((x) => GROUP.includes(x.type) && !x.demonym && x.end <= sentence.start + m.index);
    if (!body || !isSubjectPosition(sentence, body)) continue;
    const start = sentence.start + m.index + m[0].indexOf(m[1]!);
    if (own.some((x) => overlaps(x, { start, end: place.start }))) continue;
    const placeName = ctx.gazetteer.entities.get(place.entityId)?.name ?? place.text;
    const bodyName = shortName(ctx.gazetteer.entities.get(body.entityId), body.text);
    out.push({
      ...patternMention(
        sentence,
        { start, end: start + m[1]!.length, text: m[1]! },
        'Meeting',
        `${bodyName} meeting in ${placeName}`,
      ),
      parts: [place],
    });
  }
  return out;
}

/** The words after a place that make it a meeting's name: "Sochi summit", "the Sochi peace talks". */
const PLACE_MEETING =
  /^(?:['’]s)?\s+(?:peace\s+)?(summit|talks|conference|congress|meeting|gathering|negotiations)\b/iu;

/** "the next " or "the upcoming international " before a place that names a meeting. */
const NEXT_AT = /\b(?:next|upcoming|forthcoming)\s+(?:international\s+)?$/i;

/**
 * "Ankara to represent Syrian opposition at Sochi summit", "The Sochi talks come after ...": a place
 * named before a meeting's word is the one meeting the lexicon holds there at the time, by any word.
 */
function placeNamedMeetings(sentence: Sentence, own: Mention[], ctx: CoreferenceContext): Mention[] {
  const out: Mention[] = [];
  for (const place of own.filter((x) => x.type === 'Place')) {
    const m = PLACE_MEETING.exec(sentence.text.slice(place.end - sentence.start));
    if (!m) continue;
    const end = place.end + m[0].length;
    if (own.some((x) => x !== place && overlaps(x, { start: place.start, end }))) continue;
    // "the next Astana meeting": the series' next dated round, whatever word names it.
    const series = NEXT_AT.test(sentence.text.slice(0, place.start - sentence.start)) ? seriesOf(place, ctx) : null;
    const id = series
      ? datedRound(series, 'next', ctx.published, ctx.gazetteer)
      : knownMeetingAt(place, kindOf(m[1]!) ?? 'meeting', ctx.gazetteer, ctx.published);
    if (id === null) continue;
    const text = sentence.text.slice(place.start - sentence.start, end - sentence.start);
    out.push({ ...pronoun(sentence, place.start, text, id, 'Meeting'), parts: [place] });
  }
  return out;
}

/** A mention, found by a pattern, of an entity the gazetteer lacks: `name` is the one it would take. */
function patternMention(
  sentence: Sentence,
  span: { start: number; end: number; text: string },
  type: EntityType,
  name: string,
): Mention {
  return {
    ...span,
    sentence: sentence.index,
    entityId: `new:${type}:${foldPhrase(name)}`,
    type,
    source: 'pattern',
    possessive: false,
    name,
  };
}

/** "upcoming UN-brokered talks in Geneva", "next week's talks in Astana": a next round before a series' name. */
const NEXT_BEFORE = /\b(?:new|next|fresh|upcoming|forthcoming)\s+(?:[\p{L}.'’-]+\s+){0,2}$/iu;

/** "the next round of Syrian talks in Astana": a round described before a meeting's name. */
const ROUND_BEFORE = /\b(?:the|a|an)\s+((?:[\p{Ll}\d][\p{L}\d'-]*\s+){1,2})round\s+of\s+((?:[\p{L}'-]+\s+){0,3}?)$/iu;

/**
 * "the next round of Syrian talks in Astana": the lexicon's "talks in Astana" inside the words of
 * another round ("next", "new") is that other round, a meeting of its own named by those words
 * (the news set's convention: a new round the text names is its own meeting).
 */
function otherRounds(sentence: Sentence, own: Mention[], ctx: CoreferenceContext): Mention[] {
  const out = own.map((m) => {
    if (m.type !== 'Meeting' || m.anaphor) return m;
    const before = sentence.text.slice(0, m.start - sentence.start);
    const r = ROUND_BEFORE.exec(before);
    const series = seriesOf(m, ctx);
    // "upcoming UN-brokered talks in Geneva": the series' next dated round, by the same words.
    if (!r && series && NEXT_BEFORE.test(before)) {
      const next = datedRound(series, 'next', ctx.published, ctx.gazetteer);
      return next ? { ...m, entityId: next, anaphor: true } : m;
    }
    // "a new round of the Astana talks" is a round of the talks named, not another meeting.
    if (!r || /\bthe\s/i.test(r[2]!)) return m;
    const past = PAST.test(r[1]!);
    const dated =
      series && (past || NEXT.test(r[1]!))
        ? datedRound(series, past ? 'previous' : 'next', ctx.published, ctx.gazetteer)
        : null;
    if (!dated && !ANOTHER.test(r[1]!)) return m;
    const start = sentence.start + r.index;
    // "a fresh round of Syria talks in Astana": a state inside a dated round is its topic, no party.
    const topic = (x: Mention): boolean => x.demonym === true || (dated !== null && x.type === 'State');
    if (own.some((x) => x !== m && !topic(x) && overlaps(x, { start, end: m.start }))) return m;
    const text = sentence.text.slice(r.index, m.end - sentence.start);
    const name = text.replace(/^\S+\s+/, '');
    return {
      ...m,
      start,
      text,
      name,
      entityId: dated ?? `new:Meeting:${foldPhrase(name)}`,
      source: 'pattern' as const,
    };
  });
  const inside = (x: Mention, m: Mention): boolean =>
    m !== x && m.type === 'Meeting' && m.start <= x.start && x.end <= m.end;
  return out.filter(
    (x) => !out.some((m) => inside(x, m) && (x.demonym || (x.type === 'State' && m.source === 'pattern'))),
  );
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
/** "the seventh round of Syria peace talks", "the 9th round of the Astana talks", "the sixth round". */
const NUMBERED_ROUND = new RegExp(
  `\\b(?:(?:the|a|its|this)\\s+)?(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+round\\b(?:\\s+of\\s+(?:the\\s+)?(?:[\\p{L}'-]+\\s+){0,3}?(?:talks|negotiations|consultations)\\b)?`,
  'giu',
);
/** "the first tripartite summit", "the second trilateral meeting": one of a kind's meetings by its number. */
const ASIDE_HEAD = /^(?:summit|meeting|conference|congress|forum)$/i;
const ORDINAL_WORD = new RegExp(`^(?:${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\b`, 'i');
const ORDINAL_ALONE = new RegExp(`^(?:${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+$`, 'i');
/** "the first Astana Talks", "the 4th Geneva talks": an ordinal right before a series' name. */
const ORDINAL_BEFORE = new RegExp(`\\b(${ORDINALS.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+$`, 'i');
/** "It is the ninth round": the round names the meeting in focus. */
const IS_ROUND = /\b(?:it|this|that|which)\s+(?:is|was|will\s+be)\s+$/i;

function roundNumber(ordinal: string): number {
  const word = ORDINALS.indexOf(ordinal.toLowerCase());
  return word >= 0 ? word + 1 : parseInt(ordinal, 10);
}

function ordinalName(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * A series of talks the lexicon knows ("Astana talks"), that numbered rounds belong to; a known
 * round is none, nor are talks held on known days (the Vienna talks have no rounds of their own).
 */
function isSeries(id: string, gaz: Gazetteer): boolean {
  const known = gaz.entities.get(id);
  return (
    known?.type === 'Meeting' &&
    known.lexicon?.kind === 'talks' &&
    known.lexicon.venue !== undefined &&
    known.lexicon.series === undefined &&
    known.lexicon.held === undefined &&
    !/-\d+$/.test(id)
  );
}

/** The series a mention names: the talks themselves, or the talks known at the place. */
function seriesOf(m: Mention, ctx: CoreferenceContext): string | null {
  const gaz = ctx.gazetteer;
  if (m.type === 'Meeting') return isSeries(m.entityId, gaz) ? m.entityId : (roundSeries(m.entityId, gaz) ?? null);
  const known = m.type === 'Place' ? knownMeetingAt(m, 'talks', gaz, ctx.published) : null;
  return known !== null && isSeries(known, gaz) ? known : null;
}

/** "astana-talks-7" -> "astana-talks". */
function roundSeries(id: string, gaz: Gazetteer): string | undefined {
  const listed = gaz.entities.get(id)?.lexicon?.series;
  const series = listed ? gaz.idOf(listed) : /^(.+)-\d+$/.exec(id)?.[1];
  return series && isSeries(series, gaz) ? series : undefined;
}

/**
 * "The seventh round of Syria peace talks ... in Astana", "the 9th round of the Astana talks": a
 * numbered round of a series is a meeting of its own, `<series>-<n>` (the news set's convention),
 * of the series the words name, else the one a meeting or place in the sentence names, else the one
 * the text last named. A series name inside the words ("Talks in Astana") is swallowed, its place
 * kept as a part; other names inside ("Syria talks") are no party to the round. "It is the ninth
 * round" renames the meeting in focus, when it had no name of its own ("a new round").
 */
function numberedRounds(
  sentence: Sentence,
  own: Mention[],
  state: State,
  result: Mention[],
  ctx: CoreferenceContext,
): Mention[] {
  const gaz = ctx.gazetteer;
  let out = own;
  for (const m of sentence.text.matchAll(NUMBERED_ROUND)) {
    const start = sentence.start + m.index;
    let end = start + m[0].length;
    // "7th Round of Syria Talks in Astana": the series' name overlaps or ends the words.
    const named = out.find(
      (x) => x.type === 'Meeting' && x.start < end + 3 && x.end > start && seriesOf(x, ctx) !== null,
    );
    if (named) end = Math.max(end, named.end);
    if (out.some((x) => x.start < start && x.end > start)) continue;
    const series =
      (named && seriesOf(named, ctx)) ?? out.map((x) => seriesOf(x, ctx)).find((id) => id !== null) ?? state.series;
    if (!series) continue;
    const text = sentence.text.slice(m.index, end - sentence.start);
    const inside = out.filter((x) => x.start >= start && x.end <= end);
    const round: Mention = {
      ...seriesRound(sentence, { start, end, text }, series, roundNumber(m[1]!), gaz),
      parts: [...(named?.parts ?? []), ...inside.filter((x) => x.type === 'Place')],
    };
    const focus = state.meetings[state.meetings.length - 1];
    if (IS_ROUND.test(sentence.text.slice(0, m.index)) && focus?.entityId.startsWith('new:'))
      for (const x of [...result, ...out])
        if (x.entityId === focus.entityId) Object.assign(x, { entityId: round.entityId, name: round.name });
    out = [...out.filter((x) => !inside.includes(x) && x !== named), round].sort((a, b) => a.start - b.start);
  }
  return hyphenRounds(sentence, ordinalSeries(sentence, out, ctx), ctx);
}

/** Round `n` of `series`, a meeting `<series>-<n>` (the news set's convention) named by its number. */
function seriesRound(
  sentence: Sentence,
  span: { start: number; end: number; text: string },
  series: string,
  n: number,
  gaz: Gazetteer,
): Mention {
  const name = `${ordinalName(n)} round of ${gaz.entities.get(series)!.name}`;
  return { ...patternMention(sentence, span, 'Meeting', name), entityId: `${series}-${n}`, parts: [] };
}

/**
 * "the first Astana Talks which were held ... on January 23-24": an ordinal before a series' name
 * numbers one of its rounds, as "the first round of the Astana talks" does.
 */
function ordinalSeries(sentence: Sentence, own: Mention[], ctx: CoreferenceContext): Mention[] {
  return own.map((x) => {
    if (x.type !== 'Meeting' || !isSeries(x.entityId, ctx.gazetteer) || !/\b(?:talks|negotiations)$/i.test(x.text))
      return x;
    const o = ORDINAL_BEFORE.exec(sentence.text.slice(0, x.start - sentence.start));
    if (!o) return x;
    const start = sentence.start + o.index;
    const text = sentence.text.slice(o.index, x.end - sentence.start);
    const round = seriesRound(sentence, { start, end: x.end, text }, x.entityId, roundNumber(o[1]!), ctx.gazetteer);
    return { ...round, parts: x.parts ?? [] };
  });
}

/** "-4" right after a series' place ("Astana-4"), no day range ("-4-5") nor longer number following. */
const HYPHEN_NUMBER = /^[-‐–](\d{1,2})(?![\d‐–-])/;

/**
 * "the meeting of "Astana-4"", "Geneva-8": the Russian press names a round by its series' place and
 * number, a meeting `<series>-<n>` like "the fourth round of the Astana talks".
 */
function hyphenRounds(sentence: Sentence, own: Mention[], ctx: CoreferenceContext): Mention[] {
  const gaz = ctx.gazetteer;
  return own.map((x) => {
    const m = HYPHEN_NUMBER.exec(sentence.text.slice(x.end - sentence.start));
    const series = m && (x.type === 'Place' || x.type === 'Meeting') ? seriesOf(x, ctx) : null;
    if (!m || !series) return x;
    const end = x.end + m[0].length;
    const span = { start: x.start, end, text: sentence.text.slice(x.start - sentence.start, end - sentence.start) };
    return seriesRound(sentence, span, series, Number(m[1]), gaz);
  });
}

/** "Russian FM", "the Turkish deputy PM": offices news writes short. */
const OFFICE_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['foreign minister', 'fm'],
  ['prime minister', 'pm'],
];

/** Words that name a series as a whole, never one of its rounds ("the Astana process", "the Geneva track"). */
const WHOLE_SERIES =
  /\b(?:process|format|track|framework|platform|rounds|previous|last|past|earlier|next|new|future)\b/i;

/**
 * "The first day of Syrian peace talks in Astana was successful" in a report of a day a round of the
 * Astana talks was held, or of the week before it opens: the talks are that round, not the series
 * (its process, or its other rounds, stay the series). Only for the series the report leads with: talks elsewhere it mentions in passing
 * ("in parallel to the talks in Geneva") are the series, whatever round of theirs runs that week.
 */
function currentRounds(mentions: Mention[], ctx: CoreferenceContext): Mention[] {
  const lead = mentions.find((m) => m.type === 'Meeting');
  const series = lead && seriesOf(lead, ctx);
  if (!series) return mentions;
  return mentions.map((m) => {
    const round = m.entityId === series ? currentRound(m, series, ctx) : null;
    return round ? { ...m, entityId: round } : m;
  });
}

/**
 * The round a mention of a series names in a report that leads with the series (`lead`, the series
 * or one of its rounds): the one held on the report's day or due within its week; null for words
 * of the whole series, other series and other meetings.
 */
export function currentRound(m: Mention, lead: string, ctx: CoreferenceContext): string | null {
  const gaz = ctx.gazetteer;
  const id = m.entityId;
  if (WHOLE_SERIES.test(m.text) || !isSeries(id, gaz) || (lead !== id && roundSeries(lead, gaz) !== id)) return null;
  const round = [...gaz.entities.values()].find(
    (known) =>
      known.lexicon?.series &&
      gaz.idOf(known.lexicon.series) === id &&
      homeRound(known, gaz) &&
      heldOrDue(known.lexicon, ctx.published),
  );
  return round?.id ?? null;
}

/**
 * "Lavrentiev, head of the Russian delegation at the Astana talks" while the fifth round is in focus: a
 * series named where one of its rounds is in focus stands for that round (the article reports the round).
 * The rules ask this for the meeting in focus as `currentRound` answers it for the report's date.
 */
export function roundInFocus(m: Mention, focus: Mention | null, gaz: Gazetteer): Mention {
  const series = focus ? gaz.entities.get(focus.entityId)?.lexicon?.series : undefined;
  return focus && series !== undefined && gaz.idOf(series) === m.entityId ? focus : m;
}

/** "A new round of Syria peace talks began", "en route for fresh talks": talks the words make another, where no place follows. */
const NEW_ROUND =
  /\b(?:(?:a|an|the)\s+)?((?:new|next|fresh|another)\s+(?:round\s+of\s+(?:[\p{L}'-]+\s+){0,3}?)?(?:talks|negotiations))\b/giu;

/**
 * A new round of talks the text names without a place, as a meeting of its own: the next dated
 * round of the series in the sentence or in focus, else one named by its words.
 */
function newRounds(sentence: Sentence, own: Mention[], state: State, ctx: CoreferenceContext): Mention[] {
  const series = own.map((m) => seriesOf(m, ctx)).find((id) => id !== null) ?? state.series;
  const focus = state.meetings.findLast((x) => roundSeries(x.entityId, ctx.gazetteer) === series)?.entityId;
  const dated = series ? datedRound(series, 'next', ctx.published, ctx.gazetteer, focus) : null;
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(NEW_ROUND)) {
    const start = sentence.start + m.index + m[0].length - m[1]!.length;
    const span = { start, end: sentence.start + m.index + m[0].length, text: m[1]! };
    const inside = own.filter((x) => x.start >= span.start && x.end <= span.end);
    if (own.some((x) => overlaps(x, span) && !inside.includes(x)) || inside.some((x) => x.type !== 'State')) continue;
    const mention = patternMention(sentence, span, 'Meeting', capitalize(m[1]!.replace(/\s+/g, ' ')));
    out.push({ ...mention, ...(dated ? { entityId: dated } : {}), parts: [] });
  }
  return out;
}

function dateAfter(text: string, published: string | null): string | null {
  const m = MONTH_DAY.exec(text);
  if (!m || published === null) return null;
  const month = monthNumber(m[1]!);
  let year = Number(published.slice(0, 4));
  if (month > Number(published.slice(5, 7)) + 1) year -= 1;
  return isoDay(year, month, Number(m[2]));
}

function spokesmanMentions(sentence: Sentence, existing: Mention[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const group of existing.filter((x) => GROUP.includes(x.type))) {
    const m = SPOKESMAN.exec(sentence.text.slice(0, group.start - sentence.start));
    if (!m) continue;
    const rest = sentence.text.slice(group.end - sentence.start);
    const named = existing.find((x) => x.type === 'Person' && x.start >= group.end && x.start - group.end <= 3);
    if (named || /^,?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(rest)) continue;
    const name = `${shortName(gaz.entities.get(group.entityId), group.text)} ${m[1]!.toLowerCase()}`;
    const length = m[0].indexOf(m[1]!) + m[1]!.length;
    out.push(
      patternMention(
        sentence,
        {
          start: sentence.start + m.index,
          end: sentence.start + m.index + length,
          text: sentence.text.slice(m.index, m.index + length),
        },
        'Person',
        name,
      ),
    );
  }
  return out;
}

/** An office of a state written out: "the US ambassador to Kazakhstan", "a special representative of the Russian president". */
const STATE_OFFICE =
  /\b(?:[Tt]he|[Aa]n?)\s+(\p{Lu}[\p{L}.]*\s+(?:deputy\s+)?(?:foreign\s+minister|defen[cs]e\s+minister|ambassador|special\s+envoy|special\s+representative)(?:\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.]*)?|(?:special\s+representative|special\s+envoy)\s+of\s+the\s+\p{Lu}\p{L}+\s+(?:president|foreign\s+minister|prime\s+minister))\b/gu;

/**
 * "the US ambassador to Kazakhstan attended", "a special representative of the Russian president
 * will participate": an office of a state that names no holder, nor is one the lexicon knows,
 * is a person of its own, one per office and state (the news set's convention).
 */
function stateOffices(sentence: Sentence, existing: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(STATE_OFFICE)) {
    const start = sentence.start + m.index + m[0].length - m[1]!.length;
    const end = sentence.start + m.index + m[0].length;
    const inner = existing.filter((x) => x.start >= start && x.end <= end);
    if (existing.some((x) => overlaps(x, { start, end }) && !inner.includes(x))) continue;
    // "of the Russian president": the office named inside (its holder's mention) is a part too.
    const part = (x: Mention): boolean =>
      x.type === 'State' || x.type === 'Place' || (x.type === 'Person' && x.anaphor === true);
    if (!inner.some((x) => x.type === 'State' || x.anaphor) || !inner.every(part)) continue;
    // "the US ambassador to Kazakhstan George Krol", "Krol, the US ambassador": the office of one named.
    const named = existing.find((x) => x.type === 'Person' && x.start >= end && x.start - end <= 3);
    const before = [...existing].reverse().find((x) => x.end <= start);
    const apposed =
      before?.type === 'Person' &&
      /^,\s*(?:the|a|an)\s+$/i.test(sentence.text.slice(before.end - sentence.start, start - sentence.start));
    if (named || apposed || /^,?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(sentence.text.slice(end - sentence.start))) continue;
    const text = m[1]!.replace(/\s+/g, ' ');
    out.push({ ...patternMention(sentence, { start, end, text: m[1]! }, 'Person', text), parts: inner });
  }
  return out;
}

/** "the Government", "the government's objection": no state's word before it, no "of"/"in" after it. */
const BARE_GOVERNMENT = /\b[Tt]he\s+[Gg]overnment\b(?!\s+(?:of|in|at)\b)/g;

/**
 * "both the Government and the armed opposition groups agreed": in a report that has named Syria,
 * the government without a state's word is Syria's (as "the regime" is, a name in the lexicon).
 */
function governmentMentions(
  sentence: Sentence,
  existing: Mention[],
  seen: readonly Mention[],
  gaz: Gazetteer,
): Mention[] {
  const syria = gaz.idOf('syria');
  if (![...seen, ...existing].some((x) => x.entityId === syria)) return [];
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(BARE_GOVERNMENT)) {
    const start = sentence.start + m.index;
    if (existing.some((x) => overlaps(x, { start, end: start + m[0].length }))) continue;
    out.push(pronoun(sentence, start, m[0], syria, 'State'));
  }
  return out;
}

/** Heads a body's name ends in, which "the Commission" uses to name it again. */
const BODY_HEAD = /\b[Tt]he (Commission|Committee|Coalition|Council|Front|Movement|Alliance)\b/g;

/** "the Commission's delegation": the body named before whose name ends in that head. */
function shortNameMentions(
  sentence: Sentence,
  existing: Mention[],
  seen: readonly Mention[],
  gaz: Gazetteer,
): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(BODY_HEAD)) {
    const start = sentence.start + m.index + 4;
    const span = { start, end: start + m[1]!.length };
    if (existing.some((x) => overlaps(x, span))) continue;
    const body = [...seen].reverse().find((x) => {
      const known = gaz.entities.get(x.entityId);
      return (
        (x.type === 'Organization' || x.type === 'ArmedGroup') &&
        !!known &&
        [known.name, ...known.aliases].some((n) => n.endsWith(` ${m[1]}`))
      );
    });
    if (body) out.push(pronoun(sentence, start, m[1]!, body.entityId, body.type));
  }
  return out;
}

/** "the group", "the body": the nouns that name a body again, and the types of body each may name. */
const BODY_NOUNS: Record<string, readonly EntityType[]> = {
  group: ['Organization', 'ArmedGroup'],
  organization: ['Organization'],
  organisation: ['Organization'],
  body: ['Organization'],
  bloc: ['Organization'],
  movement: ['Organization', 'ArmedGroup'],
  alliance: ['Organization', 'ArmedGroup'],
  coalition: ['Organization', 'ArmedGroup'],
  committee: ['Organization'],
  commission: ['Organization'],
  council: ['Organization'],
  faction: ['ArmedGroup'],
  militia: ['ArmedGroup'],
};
const GENERIC_BODY = /^(?:group|organi[sz]ation|body|bloc)$/;
const BODY_NOUN = new RegExp(`\\b[Tt]he (${Object.keys(BODY_NOUNS).join('|')})\\b(?!-|\\s+(?:of|for)\\b)`, 'g');

/**
 * "The SNC met in Riyadh. The group said ...", "the organization's leader": a bare body noun names
 * again the last body of a fitting type named in this sentence or the two before.
 */
function bodyDescriptions(
  sentence: Sentence,
  existing: Mention[],
  seen: readonly Mention[],
  gaz: Gazetteer,
): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(BODY_NOUN)) {
    const start = sentence.start + m.index;
    const span = { start, end: start + m[0].length };
    if (existing.some((x) => overlaps(x, span))) continue;
    const noun = m[1]!;
    const types = BODY_NOUNS[noun]!;
    // "the organization" may be any body; "the committee" is no "Moscow Group": a body whose names
    // end in another such noun does not fit.
    const fits = (x: Mention): boolean => {
      const known = gaz.entities.get(x.entityId);
      const heads = known ? [known.name, ...known.aliases].map((n) => n.split(' ').pop()!.toLowerCase()) : [];
      return GENERIC_BODY.test(noun) || heads.includes(noun) || !heads.some((h) => h in BODY_NOUNS);
    };
    const body = [...seen, ...existing.filter((x) => x.end <= start)]
      .reverse()
      .find((x) => types.includes(x.type) && !x.demonym && x.sentence >= sentence.index - 2 && fits(x));
    if (body) out.push(pronoun(sentence, start, m[0], body.entityId, body.type));
  }
  return out;
}

function documentMentions(sentence: Sentence, existing: Mention[], seen: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(
    /\bthe (?:(?:un|u\.n\.|security council|new|latest) )?resolution\b(?! \d)/gi,
  )) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (existing.some((x) => overlaps(x, { start, end }))) continue;
    const doc = [...seen].reverse().find((x) => x.type === 'Document' && x.end <= start);
    if (doc) out.push(pronoun(sentence, start, m[0], doc.entityId, 'Document'));
  }
  // "the Memorandum", "the text", "the agreement" after a memorandum named by its words: that one.
  for (const m of sentence.text.matchAll(DOCUMENT_BACK)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if ([...existing, ...out].some((x) => overlaps(x, { start, end }))) continue;
    const head = m[1]!.toLowerCase();
    const doc = [...seen]
      .reverse()
      .find(
        (x) =>
          x.type === 'Document' &&
          x.number === undefined &&
          x.end <= start &&
          (GENERIC_DOCUMENT.test(head) || x.text.toLowerCase().startsWith(head)),
      );
    if (doc) out.push(pronoun(sentence, start, m[0], doc.entityId, 'Document'));
  }
  return out;
}

/** A named document referred back to by its kind or as a text ("the text was signed by"). */
const DOCUMENT_BACK =
  /\bthe (memorandum|declaration|communiqu[eé]|treaty|accord|protocol|text|document|agreement)\b(?!\s+(?:on|of)\b)/gi;
const GENERIC_DOCUMENT = /^(?:text|document|agreement)$/;

function isSubjectPosition(sentence: Sentence, m: Mention): boolean {
  const before = sentence.text.slice(0, m.start - sentence.start);
  return !PREPOSITION_BEFORE.test(before) && (before.match(/"/g)?.length ?? 0) % 2 === 0;
}

/** Capitalized title words, possessives and the small words between them: "Secretary General's Special Envoy for". */
const TITLE_GAP = /^(?:\s*(?:['’]s|\p{Lu}[\p{L}.'’-]*|for|of|on|to|the)\b)*\s*$/u;

/**
 * "UN Secretary General's Special Envoy for Syria Geir Pedersen is expected ...": a subject that
 * opens a title names whose title it is; the person the title ends with is the subject.
 */
function titledPerson(sentence: Sentence, own: Mention[], subject: Mention | undefined): Mention | undefined {
  if (!subject || subject.type === 'Person') return subject;
  const person = own.find((m) => {
    if (m.type !== 'Person' || m.start < subject.end) return false;
    const between = own.filter((x) => x.start >= subject.end && x.end <= m.start);
    let gap = sentence.text.slice(subject.end - sentence.start, m.start - sentence.start);
    for (const x of between.reverse()) gap = gap.slice(0, x.start - subject.end) + gap.slice(x.end - subject.end);
    return TITLE_GAP.test(gap);
  });
  return person ?? subject;
}

function pronounMentions(sentence: Sentence, existing: Mention[], state: State): Mention[] {
  const out: Mention[] = [];
  const opening = OPENING_PRONOUN.exec(sentence.text);
  const start = opening ? sentence.start + opening.index + opening[0].length - opening[1]!.length : 0;
  const word = opening?.[1]!.toLowerCase();
  if (opening && (word === 'he' || word === 'she') && state.person)
    out.push(pronoun(sentence, start, opening[1]!, state.person, 'Person'));
  // "The SNC met in Riyadh. It will boycott the congress": a body or state; "They" only for a body,
  // the plural a collective takes.
  const group = state.group;
  if (opening && group && (word === 'it' || (word === 'they' && group.type !== 'State')))
    out.push(pronoun(sentence, start, opening[1]!, group.entityId, group.type));
  for (const m of sentence.text.matchAll(TRAILING_SAID)) {
    const at = sentence.start + m.index + m[0].indexOf(m[1]!);
    if (state.person && !out.some((o) => o.start === at))
      out.push(pronoun(sentence, at, m[1]!, state.person, 'Person'));
  }
  out.push(...clausePronouns(sentence, existing, out));
  for (const m of sentence.text.matchAll(SAID_PRONOUN)) {
    const verbAt = sentence.start + m.index;
    // "Authorities in Syria's Kurdish region said they": a state named as a place speaks for no one.
    const located = (x: Mention): boolean =>
      /\b(?:in|at|into|across|inside|throughout)\s+$/i.test(sentence.text.slice(0, x.start - sentence.start));
    const speaker = [...existing]
      .reverse()
      .find((x) => ACTOR.includes(x.type) && x.end <= verbAt && verbAt - x.end <= 60 && !located(x));
    if (!speaker) continue;
    const pron = m[1]!;
    if ((pron.toLowerCase() === 'he' || pron.toLowerCase() === 'she') !== (speaker.type === 'Person')) continue;
    const start = sentence.start + m.index + m[0].length - pron.length;
    if (out.some((o) => o.start === start)) continue;
    out.push(pronoun(sentence, start, pron, speaker.entityId, speaker.type));
  }
  for (const m of sentence.text.matchAll(GROUP_PRONOUN)) {
    const at = sentence.start + m.index;
    // "Iran ... its delegation": a state has a delegation too, not a group or a party.
    const types: readonly EntityType[] = /^(?:its|their)\s+delegation$/i.test(m[0])
      ? GROUP
      : ['Organization', 'ArmedGroup'];
    const group = [...existing].reverse().find((x) => types.includes(x.type) && !x.demonym && x.end <= at);
    if (!group) continue;
    out.push(pronoun(sentence, at, m[0], group.entityId, group.type));
  }
  return out;
}

/**
 * "He underscored that Geneva is the only venue ... as he stressed that": a "he" or "she" that opens
 * a clause is the person the sentence opened with as its subject, where no other person comes between.
 */
function clausePronouns(sentence: Sentence, existing: Mention[], opening: readonly Mention[]): Mention[] {
  const subject = [...opening, ...existing].sort((a, b) => a.start - b.start).find((x) => ACTOR.includes(x.type));
  if (subject?.type !== 'Person' || subject.members || !isSubjectPosition(sentence, subject)) return [];
  const out: Mention[] = [];
  for (const m of sentence.text.matchAll(CLAUSE_PRONOUN)) {
    const at = sentence.start + m.index + m[0].length - m[1]!.length - 1;
    const start = sentence.start + m.index + m[0].lastIndexOf(m[1]!);
    if (at < subject.end || [...existing, ...opening].some((x) => x.start === start)) continue;
    if (existing.some((x) => x.type === 'Person' && x.entityId !== subject.entityId && x.start < start)) continue;
    out.push(pronoun(sentence, start, m[1]!, subject.entityId, 'Person'));
  }
  return out;
}

/** "a possible Astana-10", "the proposed summit": a meeting the words make only a prospect. */
const PROSPECT =
  /\b(?:possible|proposed|potential|prospective|future|eventual|hypothetical)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu;

/**
 * Puts a meeting the sentence names in focus, last of `state.meetings`; a prospect goes before the
 * meeting in focus, which it does not displace: one the words make possible ("Kazakhstan was looking
 * to host ... a possible Astana-10"), a later round of the series whose round in focus has begun, or
 * the series of the round in focus as a whole ("a negotiations process ... in Astana" in a report of
 * its tenth round).
 */
function inFocus(state: State, m: Mention, sentence: Sentence, ctx: CoreferenceContext): void {
  const focus = state.meetings.at(-1);
  // The words before the meeting's last one: "a possible " before "Astana-10", "the proposed " in "the proposed summit".
  const before = sentence.text.slice(0, m.start - sentence.start) + m.text.replace(/\S+$/, '');
  const whole = WHOLE_SERIES.test(m.text) && roundSeries(focus?.entityId ?? '', ctx.gazetteer) === m.entityId;
  if (focus && focus.entityId !== m.entityId && (whole || PROSPECT.test(before) || laterRound(m, focus, ctx))) {
    // Set aside, the rules keep the meeting in focus too.
    m.aside = true;
    state.meetings.splice(-1, 0, m);
  } else state.meetings.push(m);
}

/** Whether `m` is a round of the series of `focus` still to come after it, in a report from when `focus` had begun. */
function laterRound(m: Mention, focus: Mention, ctx: CoreferenceContext): boolean {
  const gaz = ctx.gazetteer;
  const series = roundSeries(focus.entityId, gaz);
  const held = gaz.entities.get(focus.entityId)?.lexicon?.held;
  const later = gaz.entities.get(m.entityId)?.lexicon?.held;
  return (
    series !== undefined &&
    roundSeries(m.entityId, gaz) === series &&
    held !== undefined &&
    later !== undefined &&
    ctx.published !== null &&
    held.start <= ctx.published &&
    later.start > held.end &&
    later.start > ctx.published
  );
}

/**
 * Adds the referring mentions of each sentence to `mentions` (names found so far, any order) and
 * returns all of them in text order; a description that contains names keeps them as `parts`.
 */
export function resolveCoreference(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  ctx: CoreferenceContext,
): Mention[] {
  const resolver = new Resolver(ctx);
  const state: State = { person: null, group: null, meetings: [], series: null };
  const result: Mention[] = [];
  const guarantors = reportGuarantors(sentences, mentions);
  let previous: { sentence: Sentence; mentions: readonly Mention[] } | null = null;
  for (const sentence of sentences) {
    let own = mentions.filter((m) => m.sentence === sentence.index);
    const add = (found: Mention[]): void => {
      const swallowed = new Set(found.flatMap((f) => f.parts ?? []));
      own = [...own.filter((m) => !swallowed.has(m)), ...found].sort((a, b) => a.start - b.start);
    };
    add(resolver.roleMentions(sentence, own, result));
    add(resolver.counterparts(sentence, own));
    add(spokesmanMentions(sentence, own, ctx.gazetteer));
    add(stateOffices(sentence, own));
    add(governmentMentions(sentence, own, result, ctx.gazetteer));
    add(shortNameMentions(sentence, own, result, ctx.gazetteer));
    add(bodyDescriptions(sentence, own, result, ctx.gazetteer));
    add(placeDescriptions(sentence, own, ctx.gazetteer));
    own = numberedRounds(sentence, otherRounds(sentence, own, ctx), state, result, ctx);
    own = participantMeetings(sentence, own, ctx);
    add(ministersMeetings(sentence, own));
    add(placeNamedMeetings(sentence, own, ctx));
    add(bodyMeetings(sentence, own, ctx));
    const described = meetingMentions(sentence, own, state, ctx);
    add(described.filter((m) => m.entityId !== ''));
    add(newRounds(sentence, own, state, ctx));
    add(pronounMentions(sentence, own, state));
    add(documentMentions(sentence, own, [...result, ...own]));
    add(guarantorMentions(sentence, own, guarantors));
    add(leaderMentions(sentence, own, previous));
    // "the ninth round of talks in the Astana peace process": the round, not its series, is in focus.
    const rounds = new Set(own.map((m) => roundSeries(m.entityId, ctx.gazetteer)));
    for (const m of own)
      if (m.type === 'Meeting' && !m.aside && !rounds.has(m.entityId)) inFocus(state, m, sentence, ctx);
    // "the Wednesday meeting" that is no meeting named: in focus as none, so "the meeting" after it names none.
    for (const m of described) if (m.entityId === '') state.meetings.push(m);
    state.series = own.map((m) => seriesOf(m, ctx)).findLast((id) => id !== null) ?? state.series;
    const subject = titledPerson(
      sentence,
      own,
      own.find((m) => ACTOR.includes(m.type) && isSubjectPosition(sentence, m)),
    );
    // "The leaders ... He": a group is no one pronoun's antecedent.
    if (subject?.members) Object.assign(state, { person: null, group: null });
    else if (subject?.type === 'Person') state.person = subject.entityId;
    else if (subject) state.group = subject;
    result.push(...own);
    previous = { sentence, mentions: own };
  }
  return currentRounds(forwardTalks(sentences, result, ctx.gazetteer), ctx);
}
