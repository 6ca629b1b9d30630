/**
 * Relations.
 *
 * Reads typed relations (the DESIGN.md vocabulary) out of each sentence's enhanced++ Universal
 * Dependencies parse (src/nlp/parser.ts): a relation only where the parse links a predicate to
 * mentions of the right types. One rule per construction, each named in `RULES` and tested with
 * the sentences it was written for (test/unit/ingest/relations.test.ts): verbs with subject and
 * object, passives with agents (`nsubj:pass`, `obl:agent`), "X-sponsored talks" modifiers,
 * nominal predicates ("were co-sponsors of"), refusals ("decided not to travel to Astana"),
 * titles ("Iraqi Prime Minister X"), lists (enhanced++ spreads `conj` over heads; `appos` and
 * "the governments of" are followed here), meetings described by their venue ("next week's peace
 * conference in Sochi"), "held dialogue with", "received backing from", backing a state or armed
 * group as an alliance, a meeting among a plural subject. Verb classes take their near-synonyms
 * ("withdrew from", "called a meeting", "slammed"); arguments are read through control, joined
 * verbs sharing their subjects, appositions ("Kazakhstan, the host of the talks") and acts named by
 * nouns ("the participation of Iran in"); conditions ("should the group not attend") state nothing,
 * and refusing what a position says opposes it. Every report carries who says it ("X said",
 * "according to"), when it happened (dates in the sentence, against the article's date), whether
 * the sentence denies it, and its basis: the lexicon's office holders are `inferred`. The rules live
 * by family in `relations/`; this module runs them over each sentence and adds the inferences.
 */
import type { RelationType } from '../model/vocabulary.ts';
import type { ParsedSentence } from '../nlp/parser.ts';
import { currentRound } from './coreference.ts';
import { rolesOf } from './entities.ts';
import { happenedIn } from './event-date.ts';
import { ELLIPSIS, ellipsisRule, gappedAgentRule } from './relations/ellipsis-rule.ts';
import type { Found, RelationContext, RuleName } from './relations/found.ts';
import { describedMeetings, meetingRules } from './relations/meeting-rules.ts';
import {
  allyRules,
  auspicesRules,
  compositionRules,
  modifierRules,
  nominalRules,
  nounRoleRules,
  initiativeRules,
} from './relations/noun-rules.ts';
import { audienceRules } from './relations/audience-rules.ts';
import { mediatorRules } from './relations/mediator-rules.ts';
import { encounterRules } from './relations/encounter-rules.ts';
import { betweenRules, participantRules } from './relations/participant-rules.ts';
import {
  atMeetingRules,
  beingAtRule,
  attendingClauseRule,
  broughtToRule,
  delegationAtRules,
  involvedRule,
  involvingRule,
} from './relations/presence-rules.ts';
import { belongingRules, partRules } from './relations/membership-rules.ts';
import { Reading } from './relations/reading.ts';
import { accompaniedRules, participantMeetingRules } from './participant-meetings.ts';
import { type Speaker, speakerOf } from './relations/speaker.ts';
import { hopeRules, namingVerdictRules, predicateStanceRules, receivedStanceRules } from './relations/stance-rules.ts';
import { delegationHeadRules, fromSideRule, ownMeetingRules, titleRules } from './relations/title-rules.ts';
import { verbRules } from './relations/verb-rules.ts';
import { COUNTED_PHRASE } from './relations/word-classes.ts';
import type { ExtractedRelation, Mention, Sentence } from './types.ts';

export type { RelationContext };

class Collector {
  readonly relations: ExtractedRelation[] = [];
  private readonly keys = new Set<string>();

  push(sentenceIndex: number, relation: ExtractedRelation): void {
    if (relation.source === relation.target) return;
    const key = `${sentenceIndex}|${relation.source}|${relation.type}|${relation.target}|${relation.negated}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.relations.push(relation);
  }

  has(source: string, type: RelationType, target: string): boolean {
    return this.relations.some((r) => r.source === source && r.type === type && r.target === target && !r.negated);
  }
}

/** Words of the rules that relate one mention to the meeting in focus ("They will not attend"). */
const FOCUS_WORDS =
  /\b(?:attend|participat|join|take part|took part|travel|go|goes|going|went|come|came|refus|declin|invit|present\b)/i;

/**
 * Whether a sentence can give a relation, so is worth parsing (the parse is most of extraction's
 * time): every rule relates two mentions (or a meeting to a part of its name), except those that
 * relate one to the meeting in focus.
 */
export function mayRelate(sentence: Sentence, mentions: readonly Mention[]): boolean {
  // A meeting's name counts its parts: "the UN talks in Vienna" gives HELD_IN and ORGANIZES.
  const own = mentions
    .filter((m) => m.sentence === sentence.index)
    .reduce((n, m) => n + (m.members?.length ?? 1) + (m.parts?.length ?? 0), 0);
  // "The three countries also met": states counted back from the sentence before.
  return (
    own >= 2 ||
    (own === 1 && (FOCUS_WORDS.test(sentence.text) || ELLIPSIS.test(sentence.text))) ||
    COUNTED_PHRASE.test(sentence.text)
  );
}

/** Relations of every parsed sentence, then the inferences (office holders, host states). */
export function extractRelations(
  sentences: readonly Sentence[],
  parses: readonly ParsedSentence[],
  mentions: readonly Mention[],
  ctx: RelationContext,
): ExtractedRelation[] {
  const out = new Collector();
  let focus: Mention | null = null;
  /** What the sentence before said of its actors, which "So are X" says of others. */
  let before: { index: number; found: Found[] } = { index: -1, found: [] };
  const firstSentenceOf = new Map<string, Sentence>();
  const previous: { sentence: number; speaker: Speaker | null } = { sentence: -1, speaker: null };
  const lead = mentions.find((m) => m.type === 'Meeting');
  for (const sentence of sentences) {
    const own = mentions.filter((m) => m.sentence === sentence.index);
    const parse = parses[sentence.index];
    if (!parse) continue;
    const r = new Reading(
      sentence,
      parse,
      own,
      sentences[sentence.index - 1]
        ? {
            sentence: sentences[sentence.index - 1]!,
            mentions: mentions.filter((m) => m.sentence === sentence.index - 1),
          }
        : null,
    );
    describedMeetings(r, ctx.gazetteer, ctx.published);
    // "the peace talks in Geneva" the parse describes are the round under way, as the named ones are.
    r.mentionAt.forEach((m, i) => {
      const round =
        m?.type === 'Meeting' && !own.includes(m)
          ? currentRound(m, lead && lead.sentence <= sentence.index ? lead.entityId : m.entityId, ctx)
          : null;
      if (m && round) r.mentionAt[i] = { ...m, entityId: round };
    });
    // A quote that names no speaker goes on with the sentence before's: 'Hariri stressed that ... "In
    // a free and transparent voting ..., we have come to the decision the Commission will not
    // participate in the Sochi conference."'
    const speaker: Speaker | null =
      speakerOf(r, sentence) ??
      (/^["“]/.test(sentence.text) && previous.sentence === sentence.index - 1 ? previous.speaker : null);
    if (speaker?.mention) Object.assign(previous, { sentence: sentence.index, speaker });
    const found: Found[] = [];
    // "The third meeting ... was held on March 14-15, while the US and Jordan participated": a
    // meeting the sentence opens with is in focus for all of it.
    const opening =
      own[0]?.type === 'Meeting' &&
      !own[0].aside &&
      /^\W*(?:the\s+)?$/i.test(sentence.text.slice(0, own[0].start - sentence.start))
        ? own[0]
        : null;
    const focusOrOwn = opening ?? focus ?? own.find((m) => m.type === 'Meeting') ?? null;
    verbRules(r, focusOrOwn, ctx.gazetteer, speaker?.mention ?? null, found);
    modifierRules(r, found);
    nounRoleRules(r, found);
    initiativeRules(r, found);
    mediatorRules(r, found);
    compositionRules(r, found);
    nominalRules(r, focusOrOwn, found);
    auspicesRules(r, found);
    betweenRules(r, focusOrOwn, ctx.gazetteer, found);
    titleRules(r, ctx, found);
    fromSideRule(r, found);
    delegationHeadRules(r, found);
    ownMeetingRules(r, found);
    allyRules(r, found);
    partRules(r, found);
    belongingRules(r, found);
    namingVerdictRules(r, found);
    predicateStanceRules(r, found);
    hopeRules(r, found);
    receivedStanceRules(r, found);
    meetingRules(r, found);
    participantRules(r, focusOrOwn, ctx.gazetteer, found);
    atMeetingRules(r, focusOrOwn, ctx.gazetteer, found);
    delegationAtRules(r, focusOrOwn, ctx.gazetteer, found);
    involvedRule(r, focusOrOwn, ctx.gazetteer, found);
    involvingRule(r, focusOrOwn, ctx.gazetteer, found);
    beingAtRule(r, focusOrOwn, ctx.gazetteer, found);
    attendingClauseRule(r, focusOrOwn, ctx.gazetteer, found);
    broughtToRule(r, focusOrOwn, ctx.gazetteer, found);
    audienceRules(r, (m) => ctx.gazetteer.entities.get(m.entityId)?.name ?? '', found);
    encounterRules(r, found);
    participantMeetingRules(r, found);
    accompaniedRules(r, found);
    gappedAgentRule(r, found);
    if (before.index === sentence.index - 1) ellipsisRule(r, before.found, found);
    before = { index: sentence.index, found: [...found] };
    const happened = happenedIn(sentence.text, ctx.published);
    for (const f of found.flatMap(eachMember)) {
      // "We" inside a quote is the speaker's side.
      const source = f.source.anaphor && /^we$/i.test(f.source.text) && speaker?.mention ? speaker.mention : f.source;
      // An announcement is the speaker's own act, which the outlet reports.
      const attributedTo =
        f.rule === 'announcement'
          ? null
          : speaker && speaker.mention?.entityId !== source.entityId
            ? (speaker.mention?.entityId ?? speaker.words)
            : speaker?.mention && f.type !== 'REPRESENTS'
              ? speaker.mention.entityId
              : null;
      const anaphoric = source.anaphor || f.target.anaphor;
      out.push(sentence.index, {
        source: source.entityId,
        type: f.type,
        target: f.target.entityId,
        evidence: ctx.evidence(sentence),
        confidence: f.inferred ? 0.6 : anaphoric ? 0.8 : 0.9,
        happened: f.type === 'REPRESENTS' || f.type === 'MEMBER_OF' ? null : happened,
        attributedTo,
        negated: f.negated,
        basis: f.inferred ? 'inferred' : 'stated',
        rule: f.rule,
        ...(f.meeting ? { meeting: f.meeting } : {}),
      });
    }
    for (const m of own) {
      if (m.type === 'Meeting' && !m.aside) focus = m;
      if (!m.anaphor && !firstSentenceOf.has(m.entityId)) firstSentenceOf.set(m.entityId, sentence);
    }
    // The last meeting the sentence names or describes ("next week's Syrian peace conference in
    // Sochi") is in focus.
    const last = r.mentionAt.filter((m) => m?.type === 'Meeting' && !m.aside).pop();
    if (last) focus = last;
  }
  inferHosts(out, ctx);
  inferOffices(out, firstSentenceOf, ctx);
  return out.relations;
}

/** What a group ("the guarantor countries") does, each of its members does; still read through a description. */
function eachMember(f: Found): Found[] {
  const each = (m: Mention): Mention[] => m.members ?? [m];
  return each(f.source).flatMap((source) => each(f.target).map((target) => ({ ...f, source, target })));
}

function inferred(
  relation: Pick<ExtractedRelation, 'source' | 'type' | 'target' | 'evidence'>,
  rule: RuleName,
): ExtractedRelation {
  return { ...relation, confidence: 0.6, happened: null, attributedTo: null, negated: false, basis: 'inferred', rule };
}

/** A state that organizes or invites to a meeting held on its soil hosts it. */
function inferHosts(out: Collector, ctx: RelationContext): void {
  const gaz = ctx.gazetteer;
  for (const held of out.relations.filter((r) => r.type === 'HELD_IN' && !r.negated)) {
    const country = gaz.entities.get(held.target)?.lexicon?.country;
    if (!country) continue;
    const state = gaz.idOf(country);
    const organizes = out.relations.find(
      (r) => r.source === state && r.target === held.source && (r.type === 'ORGANIZES' || r.type === 'INVITES'),
    );
    if (organizes && !out.has(state, 'HOSTS', held.source))
      out.push(
        -1,
        inferred({ source: state, type: 'HOSTS', target: held.source, evidence: organizes.evidence }, 'host-state'),
      );
  }
}

/** A person the lexicon knows in an office represents its state or body: inferred, never stated. */
function inferOffices(out: Collector, firstSentenceOf: Map<string, Sentence>, ctx: RelationContext): void {
  for (const [id, sentence] of firstSentenceOf) {
    const known = ctx.gazetteer.entities.get(id);
    if (known?.type !== 'Person') continue;
    for (const role of rolesOf(known, ctx.published)) {
      if (!role.of) continue;
      const of = ctx.gazetteer.idOf(role.of);
      if (out.has(id, 'REPRESENTS', of)) continue;
      out.push(
        -1,
        inferred({ source: id, type: 'REPRESENTS', target: of, evidence: ctx.evidence(sentence) }, 'office-holder'),
      );
    }
  }
}
