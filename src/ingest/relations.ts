/**
 * Relations.
 *
 * Reads typed relations (the DESIGN.md vocabulary) out of each sentence from the verbs and
 * patterns that news uses: a trigger ("will boycott", "took part in", "hosted by", "under the
 * auspices of", "fighting between") is found in a template of the sentence where every mention is
 * a slot, and its arguments are the nearest mentions of the right types on either side, with
 * appositives and relative clauses skipped ("X, who serves as ..., took part in") and
 * coordinations expanded ("Russia, Iran and Turkey"). Negation ("did not attend") and requests
 * ("invited to attend") block a trigger; hedges lower the confidence. Names inside a meeting's
 * name ("UN-led talks in Vienna") give who runs it and where. A few inferences follow the pass:
 * the state that organizes a meeting held on its soil hosts it, the unnamed inviter is the
 * organizer, and a person's office in the lexicon means they represent its state or body.
 */
import type { EntityType, RelationType } from '../model/vocabulary.ts';
import { rolesOf, type Gazetteer } from './entities.ts';
import type { ExtractedRelation, Mention, Sentence } from './types.ts';

export interface RelationContext {
  gazetteer: Gazetteer;
  published: string | null;
  /** The sentence as the input wrote it. */
  evidence: (sentence: Sentence) => string;
}

type Types = readonly EntityType[];
const ACTOR: Types = ['Person', 'State', 'Organization', 'ArmedGroup'];
const GROUP: Types = ['State', 'Organization', 'ArmedGroup'];
const MEETING: Types = ['Meeting'];
const POSITION: Types = ['Position'];
const STANCE_TARGET: Types = ['Position', 'Meeting', 'Document'];
const DOCUMENT: Types = ['Document'];

const NEGATION =
  /\b(?:not|never|no longer|neither|nor|failed to|fail to|fails to|denied|denies|deny|refus\w* to|declin\w* to|without|cannot|can't|won't|didn't|doesn't|don't|isn't|wasn't|weren't|aren't|haven't|hasn't|hadn't|wouldn't|unlikely to)\b|n't\b/;
const REQUEST =
  /\b(?:invit\w*|invitation|urg\w*|ask\w*|call\w* on|press\w*|encourag\w*|persuad\w*|pressur\w*)\b(?: \S+){0,3} to $/;
const HEDGE =
  /\b(?:may|might|could|reportedly|expected to|likely to|plans? to|planned to|is set to|are set to|hopes? to|intends? to|considering|threaten\w* to|would)\b/;

interface Rule {
  type: RelationType;
  trigger: RegExp;
  /** active: source left, target right; passive: source right, target left. */
  dir: 'active' | 'passive';
  source: Types;
  target: Types;
  confidence: number;
  /** Negation blocks the rule (default); false for triggers that are negative themselves. */
  negatable?: boolean;
  /** How far right the target may be (characters of template). */
  reach?: number;
  /** The target is the first mention after the trigger or none. */
  adjacent?: boolean;
  /** Without a target in the clause ("will not attend either."), the meeting in focus. */
  focusTarget?: boolean;
}

const r = (source: string): RegExp => new RegExp(source, 'g');

const RULES: Rule[] = [
  {
    type: 'BOYCOTTS',
    trigger: r(
      '\\b(?:boycott(?:s|ed|ing)?|(?:refus|declin)(?:e|es|ed|ing) to (?:attend|join|take part in|participate in|go to)|stay(?:s|ed|ing)? away from|skip(?:s|ped|ping)?|pull(?:s|ed|ing)? out of|withdr(?:ew|aw|aws|awn) from|snub(?:s|bed|bing)?|shun(?:s|ned|ning)?|(?:declin|reject)(?:e|es|ed|ing) (?:an |the |a )?invitation|turn(?:s|ed)? down (?:an |the |a )?invitation)\\b',
    ),
    dir: 'active',
    source: ACTOR,
    target: MEETING,
    confidence: 0.9,
    focusTarget: true,
  },
  {
    type: 'BOYCOTTS',
    trigger: r(
      "\\b(?:will not|won't|would not|wouldn't|will no longer|is not going to|are not going to) (?:attend|take part in|participate in|join|go to)\\b",
    ),
    dir: 'active',
    source: ACTOR,
    target: MEETING,
    confidence: 0.7,
    negatable: false,
    focusTarget: true,
  },
  {
    type: 'ATTENDS',
    trigger: r(
      '\\b(?:attend(?:s|ed|ing)?|took part in|takes? part in|taking part in|participat(?:e|es|ed|ing) in|join(?:s|ed|ing)?|(?:was|were|is|are) present at|(?:was|were) represented at|arriv(?:ed|es|e) (?:in|at|for)|(?:head(?:s|ed|ing)?|led|leads|leading) (?:the |a |an |its |their )?(?:[\\w-]+ ){0,2}delegations? (?:to|at)|sen[dt]s? (?:a |an |its |their )?(?:[\\w-]+ ){0,2}delegations? to)\\b',
    ),
    dir: 'active',
    source: ACTOR,
    target: MEETING,
    confidence: 0.9,
    focusTarget: true,
  },
  {
    type: 'ATTENDS',
    trigger: r('\\battended by\\b'),
    dir: 'passive',
    source: ACTOR,
    target: MEETING,
    confidence: 0.85,
  },
  {
    type: 'HOSTS',
    trigger: r('\\bhost(?:s|ed|ing)?\\b(?! by)'),
    dir: 'active',
    source: ACTOR,
    target: MEETING,
    confidence: 0.9,
  },
  { type: 'HOSTS', trigger: r('\\bhosted by\\b'), dir: 'passive', source: ACTOR, target: MEETING, confidence: 0.85 },
  {
    type: 'ORGANIZES',
    trigger: r(
      '\\b(?:organi[sz](?:e|es|ing)|organi[sz]ed(?! by)|conven(?:e|es|ing)|convened(?! by)|(?:co-)?sponsor(?:s|ing)?|(?:co-)?sponsored(?! by)|launch(?:es|ed|ing)?|initiat(?:e|es|ed|ing)|set up|put together)\\b',
    ),
    dir: 'active',
    source: ACTOR,
    target: MEETING,
    confidence: 0.85,
  },
  {
    type: 'ORGANIZES',
    trigger: r(
      '\\b(?:organi[sz]ed|sponsored|convened|initiated|launched|proposed|called) by\\b|\\bunder the sponsorship of\\b',
    ),
    dir: 'passive',
    source: ACTOR,
    target: MEETING,
    confidence: 0.85,
  },
  {
    type: 'MEDIATES',
    trigger: r(
      '\\b(?:mediat(?:e|es|ing)|mediated(?! by)|broker(?:s|ing)?|brokered(?! by)|facilitat(?:e|es|ing)|facilitated(?! by)|chair(?:s|ing)?|chaired(?! by)|moderat(?:e|es|ing))\\b',
    ),
    dir: 'active',
    source: ACTOR,
    target: MEETING,
    confidence: 0.85,
  },
  {
    type: 'MEDIATES',
    trigger: r(
      '\\b(?:mediated|brokered|facilitated|chaired|moderated|overseen|supervised|led|run) by\\b|\\bunder the (?:auspices|mediation|aegis|supervision) of\\b',
    ),
    dir: 'passive',
    source: ACTOR,
    target: MEETING,
    confidence: 0.85,
  },
  {
    type: 'MEETS',
    trigger: r(
      '\\b(?:met(?: with)?|meets?(?: with)?|meeting with|(?:held|hold|holds|holding) (?:talks|a meeting|meetings|consultations|a phone call|phone talks|telephone talks|a telephone conversation|a phone conversation|discussions|negotiations) with|(?:spoke|speaks|speak|talked|talks|conferred|negotiated|negotiates) (?:by (?:tele)?phone )?with|received)\\b',
    ),
    dir: 'active',
    source: ACTOR,
    target: ACTOR,
    confidence: 0.85,
    reach: 40,
  },
  {
    type: 'SUPPORTS',
    trigger: r(
      '\\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|agree(?:s|d)? (?:on|to|with)|embrac(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|accept(?:s|ed|ing)?|push(?:es|ed|ing)? for|advocat(?:e|es|ed|ing)|committed to|commitment to|adopt(?:s|ed|ing)?|announc(?:e|es|ed|ing))\\b(?! by)',
    ),
    dir: 'active',
    source: ACTOR,
    target: STANCE_TARGET,
    confidence: 0.85,
  },
  {
    type: 'SUPPORTS',
    trigger: r('\\b(?:support(?:s|ed|ing)?|endors(?:e|es|ed|ing))\\b(?! by)'),
    dir: 'active',
    source: ACTOR,
    target: ACTOR,
    confidence: 0.75,
    reach: 30,
  },
  {
    type: 'ALLIED_WITH',
    trigger: r(
      '\\b(?:backs|backed|backing|arm(?:s|ed|ing)|allied with|allies with|ally of|sides? with|sided with|siding with|aligned with)\\b(?! by)',
    ),
    dir: 'active',
    source: ACTOR,
    target: ACTOR,
    confidence: 0.85,
    reach: 30,
  },
  {
    type: 'ALLIED_WITH',
    trigger: r('\\b(?:backed|supported|armed|funded) by\\b'),
    dir: 'passive',
    source: ACTOR,
    target: ACTOR,
    confidence: 0.85,
  },
  {
    type: 'SUPPORTS',
    trigger: r('\\b(?:backed|supported|endorsed|welcomed) by\\b'),
    dir: 'passive',
    source: ACTOR,
    target: STANCE_TARGET,
    confidence: 0.85,
  },
  {
    type: 'OPPOSES',
    trigger: r(
      '\\b(?:oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|object(?:s|ed|ing)? to|(?:is|are|was|were) against|rul(?:e|es|ed|ing) out|warn(?:s|ed|ing)? against|resist(?:s|ed|ing)?)\\b',
    ),
    dir: 'active',
    source: ACTOR,
    target: STANCE_TARGET,
    confidence: 0.85,
  },
  {
    type: 'OPPOSES',
    trigger: r('\\b(?:far from ready to|not ready to|unwilling to|refus(?:e|es|ed|ing) to|reluctant to)\\b'),
    dir: 'active',
    source: ACTOR,
    target: POSITION,
    confidence: 0.8,
    negatable: false,
    reach: 150,
  },
  {
    type: 'DEMANDS',
    trigger: r(
      '\\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)? (?:on|that)|press(?:es|ed|ing)? for|want(?:s|ed)?|seek(?:s|ing)?|sought|requir(?:e|es|ed))\\b',
    ),
    dir: 'active',
    source: ACTOR,
    target: POSITION,
    confidence: 0.85,
    reach: 120,
  },
  {
    type: 'MEMBER_OF',
    trigger: r(
      '\\b(?:(?:is|are|was|were|became|become) (?:a |an )?(?:member|members|part) of|belongs? to|joined|joins|member of|members of|part of|faction of|component of|affiliate of|dominat(?:es|ed|ing)|leads)\\b(?! by)',
    ),
    dir: 'active',
    source: ACTOR,
    target: ['Organization', 'ArmedGroup'],
    confidence: 0.8,
    reach: 25,
  },
  {
    type: 'MEMBER_OF',
    trigger: r('\\b(?:dominated by|led by|spearheaded by|includes|including|comprising|made up of)\\b'),
    dir: 'passive',
    source: ['ArmedGroup', 'Organization'],
    target: ['Organization', 'ArmedGroup'],
    confidence: 0.7,
    reach: 40,
  },
  {
    type: 'REFERS_TO',
    trigger: r(
      '\\b(?:based on|in line with|in accordance with|pursuant to|under|according to|implement(?:s|ed|ing|ation of)?|defined in|set out in|laid out in|outlined in|envisaged (?:by|in)|enshrined in|invok(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|refer(?:s|red|ring)? to|stipulated (?:by|in)|mandated by|in the framework of|within the framework of|adher(?:e|es|ed|ing) to|compl(?:y|ies|ied|ying) with)\\b',
    ),
    dir: 'active',
    source: [...ACTOR, 'Meeting'],
    target: DOCUMENT,
    confidence: 0.8,
    reach: 120,
  },
  {
    type: 'FIGHTS',
    trigger: r(
      '\\b(?:attack(?:s|ed|ing)?|bomb(?:s|ed|ing)|shell(?:s|ed|ing)|strik(?:e|es|ing)|struck|fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|clash(?:es|ed|ing)? with|launch(?:ed|es|ing)? (?:an? |its |their )?(?:[\\w-]+ )?(?:offensive|operation|assault|attack|campaign|incursion|strikes?|air ?strikes?) (?:against|on)|(?:offensive|operation|assault|campaign|incursion|war|air ?strikes?|strikes?|attacks?|fight|push) (?:against|on)|besieg(?:e|es|ed|ing)|target(?:s|ed|ing)|(?:drive|drove|driven|push(?:ed)?) out|(?:captur|seiz)(?:e|ed|es|ing) \\S+ from|(?:ousted|expelled|recaptured) from)\\b(?! by| alongside| together| side by side)',
    ),
    dir: 'active',
    source: ACTOR,
    target: ACTOR,
    confidence: 0.85,
    reach: 60,
    adjacent: true,
  },
  {
    type: 'ALLIED_WITH',
    trigger: r(
      '\\b(?:fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|operat(?:e|es|ed|ing)) (?:alongside|together with|side by side with)\\b',
    ),
    dir: 'active',
    source: ACTOR,
    target: ACTOR,
    confidence: 0.8,
    reach: 20,
  },
  {
    type: 'FIGHTS',
    trigger: r('\\b(?:attacked|bombed|shelled|besieged|targeted|struck|hit|surrounded|encircled) by\\b'),
    dir: 'passive',
    source: ACTOR,
    target: ACTOR,
    confidence: 0.8,
  },
];

const ROLE_TITLE =
  '(?:(?:deputy|acting|former|chief|top|special|senior|presidential|vice|assistant) )*(?:foreign minister|defen[cs]e minister|prime minister|minister|president|envoy|ambassador|spokes(?:man|woman|person)|negotiator|diplomat|official|representative|leader|commander|chief|head|secretary of state|secretary-general|secretary general|adviser|advisor|assistant|delegate|chairman|co-chair|coordinator|member)';
const REPRESENTS_BEFORE = new RegExp(`^(?:'s)? (?:[\\w'-]+ ){0,3}?${ROLE_TITLE}(?:'s)?(?: [\\w'-]+){0,4}?,? $`);
const REPRESENTS_AFTER = new RegExp(
  `^,? (?:who (?:also |currently |now )?(?:serves|served|is|was|works|worked|acts|acted) as )?(?:the |a |an )?(?:(?:[\\w-]+ ){0,2}${ROLE_TITLE}(?:'s)? (?:[\\w'-]+ ){0,4}?(?:of|for|to|at|from) (?:the )?$|$)`,
);
const ROLE_OF_BEFORE = new RegExp(`\\b${ROLE_TITLE} (?:of|for) (?:the )?$`);

interface Slot {
  mention: Mention;
  /** Position of the slot in the template. */
  at: number;
  end: number;
}

interface View {
  sentence: Sentence;
  tpl: string;
  /** The template with appositives and relative clauses blanked, for subjects. */
  masked: string;
  slots: Slot[];
}

function buildView(sentence: Sentence, mentions: Mention[]): View {
  let tpl = '';
  let at = sentence.start;
  const slots: Slot[] = [];
  for (const m of mentions) {
    if (m.start < at) continue;
    tpl += sentence.text.slice(at - sentence.start, m.start - sentence.start).toLowerCase();
    const token = `⟨${slots.length}⟩`;
    slots.push({ mention: m, at: tpl.length, end: tpl.length + token.length });
    tpl += token;
    at = m.end;
  }
  tpl += sentence.text.slice(at - sentence.start).toLowerCase();
  const blank = (s: string): string => ' '.repeat(s.length);
  const masked = tpl
    .replace(/, (?:who|which|whose|whom|where|when)\b[^,;]*,/g, blank)
    .replace(/, (?:the|a|an) [^,;⟨]{0,60}(?:⟨\d+⟩[^,;⟨]{0,40})?,(?= (?!and\b|or\b|but\b)[a-z])/g, blank)
    .replace(new RegExp(`, (?:the |a |an )?(?:[\\w-]+ ){0,2}?${ROLE_TITLE} (?:of|for|to) [^,;]*,`, 'g'), blank)
    .replace(/\([^()]*\)/g, blank);
  return { sentence, tpl, masked, slots };
}

function isMasked(view: View, slot: Slot): boolean {
  return view.masked.slice(slot.at, slot.end) !== view.tpl.slice(slot.at, slot.end);
}

/** "UN" in "UN-led talks" modifies the next noun; it is not an argument of the verb. */
function isModifier(view: View, slot: Slot): boolean {
  return /^\.?-(?:led|backed|sponsored|brokered|hosted|organi[sz]ed|supported|allied|mediated|convened|run)\b/.test(
    view.tpl.slice(slot.end, slot.end + 14),
  );
}

/** "Russian Foreign Minister Sergey Lavrov": the person stands for the phrase. */
function personAfter(view: View, slot: Slot): Slot {
  const next = view.slots[view.slots.indexOf(slot) + 1];
  if (!GROUP.includes(slot.mention.type) || !next || next.mention.type !== 'Person') return slot;
  return REPRESENTS_BEFORE.test(view.tpl.slice(slot.end, next.at)) ? next : slot;
}

const COORDINATION = /^(?:,|, and|,and| and|, or| or| as well as|, as well as| &|(?: at all)?,? let alone| nor)\s*$/;

/** The nearest slot of `types` ending before `pos`, with the slots coordinated with it. */
function leftArgs(view: View, pos: number, types: Types): Slot[] {
  const candidates = view.slots.filter((s) => s.end <= pos && !isMasked(view, s) && !isModifier(view, s));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const slot = candidates[i]!;
    const gap = view.masked.slice(slot.end, pos);
    if (/[;:]/.test(gap)) return [];
    if (!types.includes(slot.mention.type)) continue;
    const list = [slot];
    for (let j = i - 1; j >= 0; j--) {
      const prev = candidates[j]!;
      if (!COORDINATION.test(view.tpl.slice(prev.end, list[0]!.at)) || !types.includes(prev.mention.type)) break;
      list.unshift(prev);
    }
    return list;
  }
  return [];
}

/** The first slot of `types` starting after `pos` within `reach`, with the slots coordinated with it. */
function rightArgs(view: View, pos: number, types: Types, reach = 80, adjacent = false): Slot[] {
  const candidates = view.slots.filter((s) => s.at >= pos && !isModifier(view, s));
  for (let i = 0; i < candidates.length; i++) {
    let slot = candidates[i]!;
    const gap = view.tpl.slice(pos, slot.at);
    if (gap.length > reach || /[;:]/.test(gap)) return [];
    if (types.includes('Person')) slot = personAfter(view, slot);
    if (!types.includes(slot.mention.type)) {
      if (adjacent) return [];
      continue;
    }
    const list = [slot];
    for (let j = i + 1; j < candidates.length; j++) {
      const next = candidates[j]!;
      if (!COORDINATION.test(view.tpl.slice(list[list.length - 1]!.end, next.at)) || !types.includes(next.mention.type))
        break;
      list.push(next);
    }
    return list;
  }
  return [];
}

/** The template just before `pos`, back to the previous slot or clause mark. */
function windowBefore(view: View, pos: number, size = 40): string {
  const text = view.tpl.slice(Math.max(0, pos - size), pos);
  const cut = Math.max(text.lastIndexOf('⟩'), text.lastIndexOf(','), text.lastIndexOf(';'));
  return text.slice(cut + 1);
}

class Collector {
  readonly relations: ExtractedRelation[] = [];
  private readonly keys = new Map<string, ExtractedRelation>();

  constructor(private readonly ctx: RelationContext) {}

  add(
    sentence: Sentence,
    source: Mention,
    type: RelationType,
    target: Mention,
    confidence: number,
    extra: { topic?: string; meeting?: string } = {},
  ): void {
    if (source.entityId === target.entityId) return;
    const anaphoric = source.anaphor || target.anaphor;
    const conf = Math.round(Math.max(0.3, Math.min(1, anaphoric ? confidence * 0.95 : confidence)) * 100) / 100;
    this.push(sentence.index, {
      source: source.entityId,
      type,
      target: target.entityId,
      evidence: this.ctx.evidence(sentence),
      confidence: conf,
      ...extra,
    });
  }

  push(sentenceIndex: number, relation: ExtractedRelation): void {
    const key = `${sentenceIndex}|${relation.source}|${relation.type}|${relation.target}`;
    const existing = this.keys.get(key);
    if (existing) {
      existing.confidence = Math.max(existing.confidence, relation.confidence);
      return;
    }
    this.keys.set(key, relation);
    this.relations.push(relation);
  }

  has(source: string, type: RelationType, target?: string): boolean {
    return this.relations.some(
      (r) => r.source === source && r.type === type && (target === undefined || r.target === target),
    );
  }
}

function applyRules(view: View, out: Collector, used: Array<[number, number]>, focus: Mention | null): void {
  for (const rule of RULES) {
    rule.trigger.lastIndex = 0;
    for (const m of view.tpl.matchAll(rule.trigger)) {
      const ts = m.index;
      const te = ts + m[0].length;
      if (view.tpl[ts - 1] === '-') continue;
      if (used.some(([a, b]) => a < te && ts < b && !(a === ts && b === te))) continue;
      const before = windowBefore(view, ts);
      if (rule.negatable !== false && NEGATION.test(before)) continue;
      if (REQUEST.test(view.tpl.slice(Math.max(0, ts - 40), ts))) continue;
      const hedged = HEDGE.test(before);
      const left = leftArgs(view, ts, rule.dir === 'active' ? rule.source : rule.target);
      let right = rightArgs(view, te, rule.dir === 'active' ? rule.target : rule.source, rule.reach, rule.adjacent);
      if (right.length === 0 && rule.focusTarget && focus && /^[^⟨]*$/.test(view.tpl.slice(te).split(/[,;]/)[0]!)) {
        right = [{ mention: { ...focus, anaphor: true }, at: view.tpl.length, end: view.tpl.length }];
      }
      if (left.length === 0 || right.length === 0) continue;
      const [sources, targets] = rule.dir === 'active' ? [left, right] : [right, left];
      let emitted = false;
      for (const s of sources) {
        for (const t of targets) {
          if (s.mention.entityId === t.mention.entityId) continue;
          out.add(view.sentence, s.mention, rule.type, t.mention, rule.confidence - (hedged ? 0.15 : 0));
          emitted = true;
        }
      }
      if (emitted) used.push([ts, te]);
    }
  }
}

function slotsOf(view: View, types: Types): Slot[] {
  return view.slots.filter((s) => types.includes(s.mention.type));
}

/** Patterns that are not a verb between two arguments. */
function applyPatterns(view: View, out: Collector, focus: Mention | null, ctx: RelationContext): void {
  const { tpl, sentence } = view;
  const slot = (i: string): Slot => view.slots[Number(i)]!;
  const add = (s: Slot | Mention, type: RelationType, t: Slot | Mention, conf: number, extra = {}): void => {
    const sm = 'mention' in s ? s.mention : s;
    const tm = 'mention' in t ? t.mention : t;
    out.add(sentence, sm, type, tm, conf, extra);
  };
  // "X's ally Y", "Moscow's ally Bashar al-Assad"
  for (const m of tpl.matchAll(
    /⟨(\d+)⟩'s? (?:main |key |close |closest |staunch |long-?time |regional |chief |strongest )?(?:ally|allies|backer|backers|patron|protector|partner|partners|proxy|proxies),? (?:the )?⟨(\d+)⟩/g,
  )) {
    if (ACTOR.includes(slot(m[1]!).mention.type) && ACTOR.includes(slot(m[2]!).mention.type))
      add(slot(m[1]!), 'ALLIED_WITH', slot(m[2]!), 0.9);
  }
  // "allies X and Y", "X and Y are allies"
  for (const m of tpl.matchAll(
    /\ballies ⟨(\d+)⟩ and ⟨(\d+)⟩|⟨(\d+)⟩ and ⟨(\d+)⟩ (?:are|were|remain) (?:close |key )?allies/g,
  )) {
    const [a, b] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
    add(slot(a), 'ALLIED_WITH', slot(b), 0.85);
  }
  // "X-backed Y", "UN-led talks", "Russian-sponsored congress"
  for (const m of tpl.matchAll(
    /⟨(\d+)⟩\.?-(backed|led|sponsored|brokered|hosted|organi[sz]ed|supported|allied|mediated|convened|run) (?:[\w-]+ ){0,2}?⟨(\d+)⟩/g,
  )) {
    const a = slot(m[1]!);
    const b = slot(m[3]!);
    if (!ACTOR.includes(a.mention.type)) continue;
    const how = m[2]!;
    if (b.mention.type === 'Meeting') {
      const type: RelationType = /led|brokered|mediated/.test(how)
        ? 'MEDIATES'
        : how === 'hosted'
          ? 'HOSTS'
          : /backed|supported/.test(how)
            ? 'SUPPORTS'
            : 'ORGANIZES';
      add(a, type, b, 0.85);
    } else if (ACTOR.includes(b.mention.type) && /backed|allied|supported/.test(how)) {
      add(a, 'ALLIED_WITH', b, 0.85);
    }
  }
  // "fighting between X and Y", "talks between X and Y"
  for (const m of tpl.matchAll(
    /\b(fighting|clashes|clash|battles?|hostilities|escalation|war|conflict|violence|confrontation|skirmishes|truce|cease-?fire|talks|meeting|negotiations|discussions|consultations|phone call|contacts) between ⟨(\d+)⟩ and ⟨(\d+)⟩/g,
  )) {
    const a = slot(m[2]!);
    const b = slot(m[3]!);
    if (!ACTOR.includes(a.mention.type) || !ACTOR.includes(b.mention.type)) continue;
    const noun = m[1]!;
    if (/talks|meeting|negotiations|discussions|consultations|phone call|contacts/.test(noun)) add(a, 'MEETS', b, 0.85);
    else add(a, 'FIGHTS', b, /truce|cease/.test(noun) ? 0.7 : 0.9);
  }
  // "X and Y discussed Z", "Lavrov, de Mistura discuss Syrian National Dialogue Congress", "X discussed Z with Y"
  for (const m of tpl.matchAll(/\b(?:discuss(?:es|ed|ing)?|held talks|agreed|agree|talked|spoke)\b/g)) {
    const subjects = leftArgs(view, m.index, ACTOR);
    const rest = tpl.slice(m.index + m[0].length);
    const withMatch = /^[^;⟨]{0,60}?\bwith ⟨(\d+)⟩/.exec(rest) ?? /^ ⟨\d+⟩[^;⟨]{0,30}?\bwith ⟨(\d+)⟩/.exec(rest);
    const topicSlot = rightArgs(view, m.index + m[0].length, ['Meeting', 'Position', 'Document', 'Place'], 40)[0];
    const topic = topicSlot
      ? {
          topic:
            ctx.gazetteer.entities.get(topicSlot.mention.entityId)?.name ??
            topicSlot.mention.name ??
            topicSlot.mention.text,
        }
      : {};
    if (withMatch) {
      for (const s of subjects) add(s, 'MEETS', slot(withMatch[1]!), 0.85, topic);
    } else if (subjects.length >= 2 && /discuss|held talks/.test(m[0])) {
      for (let i = 1; i < subjects.length; i++) add(subjects[0]!, 'MEETS', subjects[i]!, 0.85, topic);
    }
  }
  // "the boycott by X (of M)", "X's boycott of M"
  for (const m of tpl.matchAll(
    /\bboycott (?:by|from) (?:the )?(?:[\w-]+ ){0,2}?⟨(\d+)⟩(?:[^⟨;]{0,30}? of ⟨(\d+)⟩)?|⟨(\d+)⟩'s? boycott(?: of ⟨(\d+)⟩)?/g,
  )) {
    const actor = slot(m[1] ?? m[3]!);
    const meetingIndex = m[2] ?? m[4];
    const meeting = meetingIndex !== undefined ? slot(meetingIndex).mention : focus;
    if (ACTOR.includes(actor.mention.type) && meeting?.type === 'Meeting')
      add(actor, 'BOYCOTTS', meeting, meetingIndex ? 0.9 : 0.8);
  }
  // "as rebel groups have demanded": the position just before
  for (const m of tpl.matchAll(
    /\bas ⟨(\d+)⟩ (?:has |have |had )?(?:long |repeatedly )?(demanded|called for|insisted|wanted|urged|proposed|suggested)/g,
  )) {
    const actor = slot(m[1]!);
    const position = [...slotsOf(view, POSITION)].reverse().find((s) => s.end <= m.index);
    if (position && ACTOR.includes(actor.mention.type))
      add(actor, /proposed|suggested/.test(m[2]!) ? 'SUPPORTS' : 'DEMANDS', position, 0.85);
  }
  // "M that X views as <position>": X holds the position, and opposes M when the position criticizes it
  for (const m of tpl.matchAll(
    /\b(?:views?|viewed|sees?|saw|regards?|regarded|considers?|considered|describes?|described|brands?|branded|denounc\w+) (?:it |them )?as (?:a |an |the )?(?:[\w-]+ ){0,3}?⟨(\d+)⟩/g,
  )) {
    const position = slot(m[1]!);
    if (position.mention.type !== 'Position') continue;
    const holders = leftArgs(view, m.index, ACTOR);
    for (const h of holders) {
      add(h, 'SUPPORTS', position, 0.8);
      const criticizes = ctx.gazetteer.entities.get(position.mention.entityId)?.lexicon?.criticizes;
      const meeting = [...slotsOf(view, MEETING)].reverse().find((s) => s.end <= h.at);
      if (criticizes && meeting) add(h, 'OPPOSES', meeting, 0.7);
    }
  }
  // "X says/notes (that) <position> ..." -> X supports it (weakly)
  for (const m of tpl.matchAll(
    /\b(?:says?|said|notes?|noted|stress(?:es|ed)?|insist(?:s|ed)?|add(?:s|ed)|stat(?:es|ed)|believes?|believed|hopes?|hoped)(?: that)? (?:[\w-]+ ){0,2}?⟨(\d+)⟩/g,
  )) {
    const position = slot(m[1]!);
    if (position.mention.type !== 'Position') continue;
    for (const s of leftArgs(view, m.index, ACTOR)) {
      if (!out.has(s.mention.entityId, 'OPPOSES', position.mention.entityId)) add(s, 'SUPPORTS', position, 0.6);
    }
  }
  representsPatterns(view, add);
  invitations(view, out, focus, add);
  meetingPlaces(view, add);
}

function representsPatterns(view: View, add: (s: Slot, type: RelationType, t: Slot, conf: number) => void): void {
  const { tpl, slots } = view;
  for (let i = 0; i < slots.length; i++) {
    const person = slots[i]!;
    if (person.mention.type !== 'Person') continue;
    // "Iranian Foreign Minister Zarif", "Russia's envoy Alexander Lavrentiev", "SNC spokesman Yahya al-Aridi"
    const previous = slots[i - 1];
    if (previous && GROUP.includes(previous.mention.type)) {
      const gap = tpl.slice(previous.end, person.at);
      if (REPRESENTS_BEFORE.test(gap) || (previous.mention.possessive && /^'s? $/.test(gap)))
        add(person, 'REPRESENTS', previous, 0.9);
    }
    // "Jaberi Ansari, who also serves as the Iranian Foreign Minister's ...", "de Mistura, the UN envoy", "X, spokesman for the SNC"
    const next = slots[i + 1];
    if (next && GROUP.includes(next.mention.type) && REPRESENTS_AFTER.test(tpl.slice(person.end, next.at)))
      add(person, 'REPRESENTS', next, 0.9);
    // "the spokesman of the SNC, Yahya al-Aridi"
    if (
      previous &&
      GROUP.includes(previous.mention.type) &&
      /^,? $/.test(tpl.slice(previous.end, person.at)) &&
      ROLE_OF_BEFORE.test(tpl.slice(0, previous.at))
    ) {
      add(person, 'REPRESENTS', previous, 0.85);
    }
  }
  // "a spokesman for the main opposition" (an unnamed spokesman)
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = slots[i]!;
    const b = slots[i + 1]!;
    if (
      a.mention.source === 'pattern' &&
      a.mention.type === 'Person' &&
      GROUP.includes(b.mention.type) &&
      /^ (?:for|of) (?:the )?$/.test(tpl.slice(a.end, b.at))
    ) {
      add(a, 'REPRESENTS', b, 0.9);
    }
  }
}

/** "X invited Y to M", "X has received an invitation to attend M" (the inviter: named or the organizer). */
function invitations(
  view: View,
  out: Collector,
  focus: Mention | null,
  add: (s: Slot | Mention, type: RelationType, t: Slot | Mention, conf: number, extra?: object) => void,
): void {
  const { tpl } = view;
  for (const m of tpl.matchAll(/\binvit(?:e|es|ed|ing)\b(?! by)/g)) {
    if (/\b(?:been|was|were|is|are|be|being) $/.test(tpl.slice(0, m.index))) continue;
    if (NEGATION.test(windowBefore(view, m.index))) continue;
    const inviters = leftArgs(view, m.index, ACTOR);
    const objects = rightArgs(view, m.index + m[0].length, [...ACTOR, 'Meeting'], 80);
    for (const inviter of inviters) {
      for (const object of objects) {
        if (object.mention.type === 'Meeting') {
          add(inviter, 'INVITES', object, 0.9);
          if (GROUP.includes(inviter.mention.type)) add(inviter, 'ORGANIZES', object, 0.75);
        } else {
          const meeting = rightArgs(view, object.end, MEETING, 40)[0]?.mention ?? focus;
          add(inviter, 'INVITES', object, 0.9, meeting ? { meeting: meeting.entityId } : {});
          if (meeting && GROUP.includes(inviter.mention.type) && rightArgs(view, object.end, MEETING, 40).length > 0)
            add(inviter, 'ORGANIZES', meeting, 0.75);
        }
      }
    }
  }
  for (const m of tpl.matchAll(/\bat the invitation of (?:the )?⟨(\d+)⟩/g)) {
    const inviter = view.slots[Number(m[1])]!;
    const meeting =
      [...view.slots].reverse().find((s) => s.mention.type === 'Meeting' && s.end <= m.index)?.mention ?? focus;
    for (const invitee of leftArgs(view, m.index, ACTOR)) {
      add(inviter, 'INVITES', invitee, 0.85, meeting ? { meeting: meeting.entityId } : {});
    }
  }
  for (const m of tpl.matchAll(
    /\b(?:(?:was|were|been|being|is|are|be) invited|(?:received|got|accepted|has|had) (?:an |a |the )?invitation)\b/g,
  )) {
    if (NEGATION.test(windowBefore(view, m.index))) continue;
    const invitees = leftArgs(view, m.index, ACTOR);
    const after = m.index + m[0].length;
    const by = /^[^⟨;]{0,12}\b(?:by|from) (?:the )?⟨(\d+)⟩/.exec(tpl.slice(after));
    const meetingSlot = rightArgs(view, after, MEETING, 60)[0];
    const meeting = meetingSlot?.mention ?? focus;
    if (!meeting) continue;
    let inviter: Mention | undefined = by ? view.slots[Number(by[1])]!.mention : undefined;
    let conf = 0.85;
    if (!inviter) {
      const organizer = out.relations.find(
        (r) => r.target === meeting.entityId && (r.type === 'ORGANIZES' || r.type === 'HOSTS' || r.type === 'INVITES'),
      );
      if (!organizer) continue;
      inviter = { ...meeting, entityId: organizer.source, type: 'State', anaphor: false };
      conf = 0.75;
    }
    for (const invitee of invitees) add(inviter, 'INVITES', invitee, conf, { meeting: meeting.entityId });
  }
}

/** "M was held in P", "talks in Geneva", and the names inside a meeting's name. */
function meetingPlaces(
  view: View,
  add: (s: Slot | Mention, type: RelationType, t: Slot | Mention, conf: number) => void,
): void {
  const { tpl, slots } = view;
  for (const s of slots) {
    const m = s.mention;
    if (m.type === 'Meeting') {
      for (const part of m.parts ?? []) {
        if (part.type === 'Place') add(m, 'HELD_IN', part, 0.9);
        else if (ACTOR.includes(part.type)) {
          const after = m.text.slice(part.end - m.start);
          const type: RelationType = /^-(?:led|brokered|mediated)/.test(after)
            ? 'MEDIATES'
            : /^-hosted/.test(after)
              ? 'HOSTS'
              : /^-backed/.test(after)
                ? 'SUPPORTS'
                : 'ORGANIZES';
          add(part, type, m, 0.85);
        }
      }
      for (let j = slots.indexOf(s) + 1; j < slots.length; j++) {
        const next = slots[j]!;
        const gap = tpl.slice(s.end, next.at);
        if (gap.length > 60 || /[;:]/.test(gap) || next.mention.type === 'Meeting') break;
        if (next.mention.type !== 'Place') continue;
        if (
          /^(?:,? (?:which|that) )?(?:[\w'-]+ ){0,4}?(?:in|at) (?:the )?$/.test(gap) &&
          !/\b(?:from|to|with|against)\b/.test(gap)
        ) {
          const venue = m.entityId;
          add(m, 'HELD_IN', next, venue ? 0.85 : 0.8);
        }
        break;
      }
    } else if (m.type === 'Position' && m.parts) {
      for (const part of m.parts) if (part.type === 'Place') add(m, 'HELD_IN', part, 0.8);
    }
  }
}

function topLevel(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** Relations of every sentence, then the inferences named in the file comment. */
export function extractRelations(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  ctx: RelationContext,
): ExtractedRelation[] {
  const out = new Collector(ctx);
  let focus: Mention | null = null;
  const firstSentenceOf = new Map<string, Sentence>();
  for (const sentence of sentences) {
    const own = topLevel(mentions.filter((m) => m.sentence === sentence.index));
    const view = buildView(sentence, own);
    const used: Array<[number, number]> = [];
    const firstMeeting = own.find((m) => m.type === 'Meeting');
    applyRules(view, out, used, focus);
    applyPatterns(view, out, focus ?? firstMeeting ?? null, ctx);
    for (const m of own) {
      if (m.type === 'Meeting') focus = m;
      if (!m.anaphor && !firstSentenceOf.has(m.entityId)) firstSentenceOf.set(m.entityId, sentence);
    }
  }
  inferHosts(out, ctx);
  inferOffices(out, firstSentenceOf, ctx);
  return out.relations;
}

/** A state that organizes or invites to a meeting held on its soil hosts it. */
function inferHosts(out: Collector, ctx: RelationContext): void {
  const gaz = ctx.gazetteer;
  for (const held of out.relations.filter((r) => r.type === 'HELD_IN')) {
    const country = gaz.entities.get(held.target)?.lexicon?.country;
    if (!country) continue;
    const state = gaz.idOf(country);
    const organizes = out.relations.find(
      (r) => r.source === state && r.target === held.source && (r.type === 'ORGANIZES' || r.type === 'INVITES'),
    );
    if (organizes && !out.has(state, 'HOSTS', held.source)) {
      out.push(-1, {
        source: state,
        type: 'HOSTS',
        target: held.source,
        evidence: organizes.evidence,
        confidence: 0.7,
      });
    }
  }
}

/** A person the lexicon knows in an office represents its state or body (weakly, where the text does not say). */
function inferOffices(out: Collector, firstSentenceOf: Map<string, Sentence>, ctx: RelationContext): void {
  for (const [id, sentence] of firstSentenceOf) {
    const known = ctx.gazetteer.entities.get(id);
    if (known?.type !== 'Person') continue;
    for (const role of rolesOf(known, ctx.published)) {
      if (!role.of) continue;
      const of = ctx.gazetteer.idOf(role.of);
      if (out.has(id, 'REPRESENTS', of)) continue;
      out.push(-1, { source: id, type: 'REPRESENTS', target: of, evidence: ctx.evidence(sentence), confidence: 0.7 });
    }
  }
}
