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
 * the sentence denies it, and its basis: the lexicon's office holders are `inferred`.
 */
import type { EntityType, RelationType } from '../model/vocabulary.ts';
import type { Dependency, ParsedSentence } from '../nlp/parser.ts';
import { ANOTHER, kindOf, knownMeetingAt, pronoun } from './coreference.ts';
import { rolesOf, type Gazetteer } from './entities.ts';
import { happenedIn } from './event-date.ts';
import type { MeetingKind } from './lexicon.ts';
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
const STANCE: Types = ['Position', 'Meeting', 'Document', 'Person', 'State', 'Organization', 'ArmedGroup'];

interface VerbRule {
  type: RelationType;
  lemmas: readonly string[];
  /** The object the verb needs to mean this: "take part in". */
  object?: string;

  /** Where the target hangs: obj, or an oblique with its case ("obl:in"). */
  targets: readonly string[];
  source: Types;
  target: Types;
}

/** Verbs: subject (or passive agent) -> object (or passive subject, or the named oblique). */
const VERBS: readonly VerbRule[] = [
  { type: 'ATTENDS', lemmas: ['attend', 'join', 'observe'], targets: ['obj'], source: ACTOR, target: MEETING },
  // "Delegations from the Syrian government ... are present at the talks."
  { type: 'ATTENDS', lemmas: ['present'], targets: ['obl:at'], source: ACTOR, target: MEETING },
  { type: 'ATTENDS', lemmas: ['participate'], targets: ['obl:in'], source: ACTOR, target: MEETING },
  // Who speaks at a meeting is there: "Lavrov addressed the congress", "spoke at the talks".
  { type: 'ATTENDS', lemmas: ['address'], targets: ['obj'], source: ACTOR, target: MEETING },
  { type: 'ATTENDS', lemmas: ['speak', 'talk', 'deliver'], targets: ['obl:at'], source: ACTOR, target: MEETING },
  { type: 'ATTENDS', lemmas: ['take'], object: 'part', targets: ['obl:in'], source: ACTOR, target: MEETING },
  {
    type: 'BOYCOTTS',
    lemmas: ['boycott', 'snub', 'shun', 'skip', 'quit'],
    targets: ['obj'],
    source: ACTOR,
    target: MEETING,
  },
  // "Jaish al-Islam withdrew from the talks", "pulled out of the congress".
  {
    type: 'BOYCOTTS',
    lemmas: ['withdraw', 'pull'],
    targets: ['obl:from', 'obl:out_of'],
    source: ACTOR,
    target: MEETING,
  },
  { type: 'HOSTS', lemmas: ['host', 'co-host'], targets: ['obj'], source: ACTOR, target: MEETING },
  // "Lavrov hosted Zarif in Moscow": hosting a person or a state's envoys is meeting them.
  { type: 'MEETS', lemmas: ['host'], targets: ['obj'], source: ACTOR, target: ACTOR },
  // "Turkey is represented by Sedat Onal", "Alloush will represent the opposition".
  { type: 'REPRESENTS', lemmas: ['represent'], targets: ['obj'], source: ['Person'], target: GROUP },
  {
    type: 'ORGANIZES',
    // "Russia and Turkey agreed to hold the congress in Sochi".
    lemmas: [
      'organize',
      'organise',
      'co-organize',
      'co-organise',
      'convene',
      'sponsor',
      'co-sponsor',
      'launch',
      'orchestrate',
      'initiate',
      'spearhead',
      'steer',
      'hold',
      // Convening a meeting in WordNet's words: "call", "convoke"; and "arrange", "stage" one.
      'call',
      'convoke',
      'arrange',
      'stage',
    ],
    targets: ['obj'],
    source: ACTOR,
    target: MEETING,
  },
  {
    type: 'MEDIATES',
    lemmas: ['mediate', 'co-mediate', 'broker', 'co-broker', 'chair', 'co-chair', 'facilitate', 'moderate'],
    targets: ['obj'],
    source: ACTOR,
    target: MEETING,
  },
  { type: 'MEETS', lemmas: ['meet', 'receive'], targets: ['obj', 'obl:with'], source: ACTOR, target: ACTOR },
  {
    type: 'MEETS',
    lemmas: ['talk', 'speak', 'confer', 'discuss', 'negotiate', 'consult'],
    targets: ['obl:with'],
    source: ACTOR,
    target: ACTOR,
  },
  // "Putin had spoken to Erdogan by phone".
  { type: 'MEETS', lemmas: ['talk', 'speak'], targets: ['obl:to'], source: ACTOR, target: ACTOR },
  { type: 'INVITES', lemmas: ['invite'], targets: ['obj'], source: ACTOR, target: [...ACTOR, 'Meeting'] },
  {
    type: 'SUPPORTS',
    lemmas: [
      'support',
      'back',
      'endorse',
      'welcome',
      'favor',
      'favour',
      'praise',
      'hail',
      'approve',
      'advocate',
      'champion',
      'uphold',
    ],
    targets: ['obj'],
    source: ACTOR,
    target: STANCE,
  },
  {
    type: 'OPPOSES',
    // "Russia is trying to undermine the U.N.-led talks", "seeking to bypass the UN-backed process".
    lemmas: [
      'oppose',
      'reject',
      'condemn',
      'denounce',
      'criticize',
      'criticise',
      'undermine',
      'bypass',
      'sabotage',
      'slam',
      'decry',
      'dismiss',
      'resist',
      'protest',
      'veto',
    ],
    targets: ['obj'],
    source: ACTOR,
    target: STANCE,
  },
  // "objected to the plan".
  { type: 'OPPOSES', lemmas: ['object'], targets: ['obl:to'], source: ACTOR, target: STANCE },
  {
    type: 'DEMANDS',
    lemmas: ['demand', 'seek', 'request', 'require'],
    targets: ['obj'],
    source: ACTOR,
    target: ['Position'],
  },
  // "insisted on a political transition", "pressed for Assad's departure".
  {
    type: 'DEMANDS',
    lemmas: ['insist', 'press', 'push'],
    targets: ['obl:on', 'obl:for'],
    source: ACTOR,
    target: ['Position'],
  },
  // "Russia cited Resolution 2254", "talks based on Resolution 2254", "referred to the resolution".
  {
    type: 'REFERS_TO',
    lemmas: ['cite', 'invoke', 'reference'],
    targets: ['obj'],
    source: [...ACTOR, 'Meeting'],
    target: ['Document'],
  },
  {
    type: 'REFERS_TO',
    lemmas: ['refer'],
    targets: ['obl:to'],
    source: [...ACTOR, 'Meeting'],
    target: ['Document'],
  },
  {
    type: 'FIGHTS',
    lemmas: ['attack', 'bomb', 'shell', 'fight', 'besiege', 'strike', 'target', 'battle', 'combat', 'raid', 'invade'],
    targets: ['obj'],
    source: ACTOR,
    target: ACTOR,
  },
  // "Turkish troops clashed with the YPG", "fought against the Islamic State".
  {
    type: 'FIGHTS',
    lemmas: ['clash', 'fight', 'battle', 'skirmish'],
    targets: ['obl:with', 'obl:against'],
    source: ACTOR,
    target: ACTOR,
  },
  // "The SNC stayed away from the congress", "abstained from the vote on the talks".
  { type: 'BOYCOTTS', lemmas: ['stay', 'keep'], targets: ['obl:away_from'], source: ACTOR, target: MEETING },
  { type: 'BOYCOTTS', lemmas: ['abstain'], targets: ['obl:from'], source: ACTOR, target: MEETING },
  // "The seventh round ... will begin on Monday in Astana": where talks begin is where they are held.
  {
    type: 'HELD_IN',
    lemmas: ['hold', 'take', 'begin', 'start', 'open', 'resume'],
    targets: ['obl:in'],
    source: MEETING,
    target: ['Place'],
  },
];

/** The verbs with a "co-" the tagger may leave unlemmatized ("co-sponsoring"). */
const CO_VERBS = new Set(VERBS.flatMap((rule) => rule.lemmas).filter((l) => l.startsWith('co-')));

/** "co-sponsor" from "co-sponsor|ing", "co-organize" from "co-organiz|ed". */
function coVerb(stem: string): string {
  return [stem, `${stem}e`, stem.slice(0, -1)].find((c) => CO_VERBS.has(c)) ?? stem;
}

/** "X-sponsored talks": the relation the participle names. */
const MODIFIERS: Record<string, RelationType> = {
  sponsored: 'ORGANIZES',
  organized: 'ORGANIZES',
  organised: 'ORGANIZES',
  convened: 'ORGANIZES',
  hosted: 'HOSTS',
  brokered: 'MEDIATES',
  mediated: 'MEDIATES',
  led: 'MEDIATES',
  backed: 'SUPPORTS',
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
  guarantor: 'ORGANIZES',
};

const ROLE_NOUNS = new Set([
  'minister',
  'president',
  'envoy',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'negotiator',
  'official',
  'representative',
  'leader',
  'commander',
  'chief',
  'head',
  'secretary',
  'undersecretary',
  'adviser',
  'advisor',
  'delegate',
  'chairman',
  'member',
  'assistant',
  'aide',
  'counterpart',
]);
/** Words of a title that are no office of their own: "President Putin", "Mr Lavrov". */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'h.e.', 'sheikh', 'general', 'gen', 'colonel', 'special', 'foreign']);
const SAY = new Set([
  'say',
  'tell',
  'state',
  'add',
  'announce',
  'claim',
  'insist',
  'stress',
  'note',
  'confirm',
  'deny',
  // "Hariri pointed out that ...": these take the claim as a clause (the rule below asks for one).
  'point',
  'explain',
  'emphasize',
  'emphasise',
  'affirm',
  'reaffirm',
  'warn',
  // "..., AA reported.": an outlet reporting is the speaker of what it reports.
  'report',
]);
const BACK = new Set(['support', 'back']);
/** What a leader's possessive stands for: "Assad's forces" are his state's. */
const LEADER_HOLDINGS = new Set(['forces', 'government', 'regime', 'troops', 'army', 'military']);
/** "has given Assad's government crucial support", "threw its support behind": the verbs that give backing. */
const GIVE = new Set(['give', 'provide', 'offer', 'lend', 'extend', 'throw']);
/** "A fresh round is scheduled for next week in Astana": the verbs whose meeting, set somewhere, is held there. */
const SCHEDULE = new Set(['schedule', 'slate']);
/** "The Astana talks involved Turkey and Iran": the verbs whose meeting subject has its object take part. */
const INVOLVE = new Set(['involve', 'include', 'gather']);
/** "welcomed the outcome of the talks": what a meeting gives, a stance on which is on the meeting. */
const OUTCOME = new Set(['outcome', 'result', 'results', 'outcomes', 'success', 'conclusion']);
/** Verbs whose plural subject meets among itself when no one else is named. */
const MEET = new Set(['meet', 'discuss', 'confer']);
/** Who can be backed as an ally: "Turkey, which backs the opposition". */
const ALLY: Types = ['State', 'ArmedGroup', 'Organization'];
/** "held dialogue with", "had talks with": the nouns that make holding a meeting with someone. */
const TALKS = new Set(['dialogue', 'talk', 'talks', 'meeting', 'consultation', 'consultations', 'discussion']);
/** "received backing from Turkey for the congress". */
const BACKING = new Set(['backing', 'support', 'endorsement']);
/** Meeting heads a description may use without a name ("next week's peace conference in Sochi"). */
const MEETING_HEADS = new Set(['conference', 'congress', 'talks', 'negotiations', 'summit', 'round', 'meeting']);
const HELD = new Set(['hold', 'take', 'convene']);
/** "Talks ... are set to begin in Astana": where a meeting begins is where it is held. */
const BEGIN = new Set(['begin', 'start', 'open', 'resume']);
const MEETING_KINDS: readonly MeetingKind[] = ['talks', 'congress', 'summit', 'meeting'];
/** Place words that stand before the name: "the Russian city of Sochi". */
const PLACE_WORDS = new Set(['city', 'resort', 'capital', 'town']);
/** Taking part: "will not attend" announces a refusal (BOYCOTTS). */
const TAKE_PART = new Set(['attend', 'participate', 'join', 'take']);
/** Going: "won't go" only denies attending, unless a refusal or decision says more. */
const GO = new Set(['travel', 'go', 'come', ...TAKE_PART]);
const REFUSE = new Set(['refuse', 'decline', 'refrain', 'abstain']);
const DECIDE = new Set(['decide', 'decision', 'vote', 'choose', 'resolve']);
/** "Russia announced an initiative to organize a conference": nouns whose act is their owner's, as a decision is. */
const PLAN = new Set(['initiative', 'plan', 'proposal', 'intention', 'bid']);
/** Plural nouns that count back to the states just named: "the three countries". */
const COUNTED = /^(?:countries|states|powers|nations|guarantors)$/i;
/** Number words from two. */
const NUMBERS = ['two', 'three', 'four', 'five', 'six'];
/** "The three countries also met": a sentence whose states are counted back from the sentence before. */
const COUNTED_PHRASE = new RegExp(
  `\\b(?:${NUMBERS.join('|')})\\s+\\S*\\s*(?:countries|states|powers|nations|guarantors)\\b`,
  'i',
);
/** Heading a delegation: "The Turkish delegation will be chaired by Sedat Onal". */
const LEAD = new Set(['head', 'lead', 'chair']);
const SERVE = new Set(['serve', 'act', 'work']);
const BASE = new Set(['base', 'ground']);
/** "Russia is sending presidential envoy Alexander Lavrentiev to Astana": whom one sends speaks for them. */
const SEND = new Set(['send', 'dispatch', 'delegate']);
/** Verbs of coming to a place, which, with a meeting for their goal, attend it. */
const ARRIVE = new Set(['arrive', 'travel', 'go', 'come', 'fly', 'head', 'return', 'gather', 'assemble', 'converge']);
const DELEGATION = /^(?:delegation|delegations|team|side)$/i;
/** Nouns for those who take part in a meeting: "Turkey was among the participants". */
const PARTAKERS = new Set(['participant', 'delegate', 'attendee', 'observer', 'invitee']);
/** A sentence about a meeting's participants, which "Among them are ..." goes on with. */
const PARTAKING =
  /\b(?:participants?|delegates?|delegations?|attendees?|observers?|invitees?|take part|taking part|took part|attend\w*|participat\w*)\b/i;
/** The rule names that may appear in `rule`; stated reports name their construction too. */
export const RULES = [
  'verb',
  'passive',
  'modifier',
  'noun-role',
  'refusal',
  'demand',
  'title',
  'meeting-name',
  'venue',
  'alliance',
  'talks-with',
  'meeting-among',
  'possessor',
  'backing',
  'office-holder',
  'host-state',
  'announcement',
  'participants',
  'vote',
  'delegation-head',
  'sent',
  'nominal',
  'between',
  'branding',
  'ellipsis',
  'among',
] as const;
type RuleName = (typeof RULES)[number];

/** A parsed sentence with its mentions laid over its tokens. */
class Reading {
  readonly out: Dependency[][];
  readonly in: Dependency[][];
  /** For each token (1-based), the mention it lies in. */
  readonly mentionAt: (Mention | undefined)[];

  constructor(
    readonly sentence: Sentence,
    readonly parse: ParsedSentence,
    readonly mentions: readonly Mention[],
    /** The sentence before and its mentions, that "the three countries" may count back to. */
    readonly before: { sentence: Sentence; mentions: readonly Mention[] } | null = null,
  ) {
    const n = parse.tokens.length + 1;
    this.out = Array.from({ length: n }, () => []);
    this.in = Array.from({ length: n }, () => []);
    for (const d of parse.deps) {
      this.out[d.gov]?.push(d);
      this.in[d.dep]?.push(d);
    }
    this.dashLists();
    this.nounsOnVerbs();
    this.alongWith();
    this.sharedSubjects();
    this.adjunctSubjects();
    this.whereRelatives();
    this.passiveRelatives();
    this.mentionAt = [undefined];
    for (const t of parse.tokens) {
      const start = sentence.start + t.start;
      const end = sentence.start + t.end;
      this.mentionAt.push(mentions.find((m) => m.start < end && start < m.end));
    }
    this.titleAppositions();
    this.namesAfterNouns();
    this.titledSubjects();
  }

  /**
   * "Head of the Syrian delegation to the talks, Bashar al-Jaafari said": the parser may make the
   * title that opens the sentence and the name after its comma two subjects of the verb; the name
   * is the title's apposition.
   */
  private titledSubjects(): void {
    for (let v = 1; v < this.out.length; v++) {
      const subjects = this.child(v, 'nsubj');
      if (subjects.length !== 2) continue;
      for (const t of subjects.filter((i) => ROLE_NOUNS.has(this.lemma(i)) && !this.mentionAt[i]))
        for (const p of subjects.filter((i) => i > t && this.mentionAt[i]?.type === 'Person')) {
          let first = p;
          while (first > 1 && this.mentionAt[first - 1] === this.mentionAt[p]) first--;
          if (this.word(first - 1) !== ',') continue;
          const edge = { gov: t, dep: p, rel: 'appos' };
          this.out[t]!.push(edge);
          this.in[p]!.push(edge);
        }
    }
  }

  /**
   * "along with Damascus allies Russia and Iran": the parser may leave names that follow a common
   * noun at once a bare `dep` of it; they name what the noun stands for, as an apposition does.
   */
  private namesAfterNouns(): void {
    for (let g = 1; g < this.out.length; g++) {
      if (!/^NNS?$/.test(this.parse.tokens[g - 1]?.pos ?? '') || this.mentionAt[g]) continue;
      const first = this.mentionAt[g + 1];
      if (!first || !ACTOR.includes(first.type)) continue;
      for (const d of this.child(g, 'dep')) {
        const m = this.mentionAt[d];
        if (!m || !ACTOR.includes(m.type) || (m !== first && !this.isListItem(g, d))) continue;
        const edge = { gov: g, dep: d, rel: 'appos' };
        this.out[g]!.push(edge);
        this.in[d]!.push(edge);
      }
    }
  }

  /** Whether `d` is a later item of the list that starts right after noun `g` ("allies Russia and Iran"). */
  private isListItem(g: number, d: number): boolean {
    return this.in[d]!.some((e) => e.rel.startsWith('conj') && this.mentionAt[e.gov] === this.mentionAt[g + 1]);
  }

  /**
   * "Russia's Ambassador to Kazakhstan, Alexey Borodavkin, ...": the parser may join the name to
   * the title's last word as a list item (`conj`) instead of naming the title; a person who
   * follows "<title> to|for|of <one name>," is the title's apposition.
   */
  private titleAppositions(): void {
    const n = this.parse.tokens.length;
    // "the U.N. Special Envoy for Syria Staffan de Mistura", "Assistant to the Iranian Foreign
    // Minister for Arab and African Affairs Hussein Jabri Ansari": the parser makes the name the
    // head of the title's complement ("for Syria"); words before a name in one phrase that are
    // no title ("President Putin") are the complement, and the name holds the title.
    for (let t = 1; t <= n; t++) {
      if (!ROLE_NOUNS.has(this.lemma(t))) continue;
      // "the participation of UN envoy to Syria Stephan de Mistura": the parser may hang the
      // complement on the noun the title hangs on; it is the title's where it follows it at once.
      const next = this.in[t]!.flatMap((d) =>
        [...this.child(d.gov, 'nmod:to'), ...this.child(d.gov, 'nmod:for')].filter((p) =>
          this.child(p, 'case').includes(t + 1),
        ),
      );
      for (const p of [
        ...this.child(t, 'nmod:for'),
        ...this.child(t, 'nmod:of'),
        ...this.child(t, 'nmod:to'),
        ...next,
      ]) {
        const person = this.mentionAt[p];
        if (person?.type !== 'Person') continue;
        const own = [...this.mentionAt.keys()].filter((i) => this.mentionAt[i] === person);
        const before = own.flatMap((i) => this.child(i, 'compound')).filter((c) => this.mentionAt[c] !== person);
        if (before.length === 0 || before.some((c) => ROLE_NOUNS.has(this.lemma(c)) || TITLES.has(this.lemma(c))))
          continue;
        const edge = { gov: t, dep: p, rel: 'appos' };
        this.out[t]!.push(edge);
        this.in[p]!.push(edge);
      }
    }
    // "met his Turkish counterpart Mevlut Cavusoglu": the parser may leave the name a bare `dep` of the title.
    for (let t = 1; t <= n; t++) {
      if (!ROLE_NOUNS.has(this.lemma(t)) || this.mentionAt[t]) continue;
      for (const p of this.child(t, 'dep').filter((d) => this.mentionAt[d]?.type === 'Person')) {
        const edge = { gov: t, dep: p, rel: 'appos' };
        this.out[t]!.push(edge);
        this.in[p]!.push(edge);
      }
    }
    for (let p = 2; p <= n; p++) {
      const person = this.mentionAt[p];
      if (person?.type !== 'Person' || this.mentionAt[p - 1] === person || this.word(p - 1) !== ',') continue;
      let k = p - 2;
      const named = this.mentionAt[k];
      if (!named) continue;
      while (k > 0 && this.mentionAt[k] === named) k--;
      if (this.lemma(k) === 'the') k--;
      if (!/^(?:to|for|of)$/i.test(this.word(k)) || !ROLE_NOUNS.has(this.lemma(k - 1))) continue;
      const title = k - 1;
      let head = p;
      while (head < n && this.mentionAt[head + 1] === person) head++;
      if (this.out[title]!.some((d) => d.rel === 'appos' && this.mentionAt[d.dep] === person)) continue;
      const edge = { gov: title, dep: head, rel: 'appos' };
      this.out[title]!.push(edge);
      this.in[head]!.push(edge);
    }
  }

  /**
   * "The guarantors of the Syrian ceasefire - Russia, Iran and Turkey - announced": the parser hangs
   * a list between dashes on the last noun before it (`dep`); it names the whole phrase, so it
   * becomes an apposition of the phrase's head ("guarantors").
   */
  private dashLists(): void {
    // "the three power-brokers: Russia, Iran and Turkey": a list after a colon names the phrase too.
    const isDash = (i: number): boolean => /^[\u2013\u2014:]$/.test(this.word(i));
    for (let g = 1; g < this.out.length; g++) {
      const dashes = this.out[g]!.filter((d) => isDash(d.dep) && d.dep > g)
        .map((d) => d.dep)
        .sort((a, b) => a - b);
      const open = dashes[0];
      if (open === undefined) continue;
      const close = dashes[1] ?? Infinity;
      const items = this.out[g]!.filter(
        (d) => (d.rel === 'dep' || d.rel === 'appos') && d.dep > open && d.dep < close && !isDash(d.dep),
      ).map((d) => d.dep);
      let head = g;
      for (let up = this.in[head]!.find((d) => d.rel.startsWith('nmod')); up;) {
        head = up.gov;
        up = this.in[head]!.find((d) => d.rel.startsWith('nmod'));
      }
      for (const item of items) {
        if (this.out[head]!.some((d) => d.dep === item && d.rel === 'appos')) continue;
        const edge = { gov: head, dep: item, rel: 'appos' };
        this.out[head]!.push(edge);
        this.in[item]!.push(edge);
      }
    }
  }

  /**
   * "Turkey has invited the two other guarantor states — Russia and Iran — as well as the
   * governments of Qatar and Egypt": past a dash the parser may read the first object as an
   * indirect one and join the next to the verb itself (`conj`); both are the verb's objects (or,
   * for a verb without one, its subjects).
   */
  private nounsOnVerbs(): void {
    const noun = (i: number): boolean => /^(?:NN|PRP)/.test(this.parse.tokens[i - 1]?.pos ?? '');
    for (let v = 1; v < this.out.length; v++) {
      if (!/^VB/.test(this.parse.tokens[v - 1]?.pos ?? '')) continue;
      const objects = this.child(v, 'obj');
      const added = objects.length > 0 ? [] : this.child(v, 'iobj');
      const nouns = this.children(v, 'conj').filter((c) => noun(c) && !this.out[c]!.some((d) => d.rel === 'nsubj'));
      // "... had voted for it, as well as four members of the Cairo Group": without an object, a
      // noun joined to the verb is another subject.
      // "brokered by Turkey, which backs the opposition, and Russia and Iran": of a passive, another agent.
      const agent = objects.length === 0 && this.child(v, 'obl:agent').length > 0;
      const rel = added.length > 0 || objects.length > 0 ? 'obj' : agent ? 'obl:agent' : 'nsubj';
      for (const o of [...added, ...(rel === 'nsubj' && this.child(v, 'nsubj').length === 0 ? [] : nouns)]) {
        const edge = { gov: v, dep: o, rel: added.includes(o) ? 'obj' : rel };
        this.out[v]!.push(edge);
        this.in[o]!.push(edge);
      }
    }
  }

  /**
   * "Turkey, along with Russia, boycotted the talks", "Iran and Turkey, along with Russia, are the
   * guarantors": who comes along with the subject is a subject too.
   */
  private alongWith(): void {
    const along = /^(?:obl|nmod):(?:along_with|together_with)$/;
    for (let g = 1; g < this.out.length; g++) {
      const subjects = this.out[g]!.filter((d) => d.rel === 'nsubj').map((d) => d.dep);
      if (subjects.length === 0) continue;
      const companions = [g, ...subjects].flatMap((i) =>
        this.out[i]!.filter((d) => along.test(d.rel)).map((d) => d.dep),
      );
      for (const c of companions) {
        if (subjects.includes(c)) continue;
        const edge = { gov: g, dep: c, rel: 'nsubj' };
        this.out[g]!.push(edge);
        this.in[c]!.push(edge);
      }
    }
  }

  /**
   * "Turkey and Iran attended the talks and backed the process": the parser gives the second verb
   * only the first subject; a verb joined to another, with no subject of its own, shares all of its.
   */
  private sharedSubjects(): void {
    const verb = (i: number): boolean => /^VB/.test(this.parse.tokens[i - 1]?.pos ?? '');
    for (let v = 1; v < this.out.length; v++) {
      const subjects = this.child(v, 'nsubj');
      if (!verb(v) || subjects.length < 2) continue;
      for (const c of this.children(v, 'conj').filter(verb)) {
        const own = this.child(c, 'nsubj');
        if (this.child(c, 'nsubj:pass').length > 0 || own.some((s) => !subjects.includes(s))) continue;
        for (const s of subjects.filter((x) => !own.includes(x))) {
          const edge = { gov: c, dep: s, rel: 'nsubj' };
          this.out[c]!.push(edge);
          this.in[s]!.push(edge);
        }
      }
    }
  }

  /**
   * "The SNC refrained from attending the congress", "Lavrov arrived on Monday, joining the talks":
   * a gerund adjunct with no subject of its own is done by the subject of the verb it hangs on.
   */
  private adjunctSubjects(): void {
    for (let v = 1; v < this.out.length; v++) {
      const subjects = this.child(v, 'nsubj');
      if (subjects.length === 0) continue;
      // The parser may leave the gerund after a comma a bare `dep` ("arrived on Monday, joining the talks").
      const adjuncts = this.out[v]!.filter(
        (e) => e.rel.startsWith('advcl') || (e.rel === 'dep' && e.dep > v && this.word(e.dep - 1) === ','),
      );
      for (const d of adjuncts) {
        const own = this.out[d.dep]!.some((e) => e.rel.startsWith('nsubj'));
        if (own || this.parse.tokens[d.dep - 1]?.pos !== 'VBG') continue;
        for (const s of subjects) {
          const edge = { gov: d.dep, dep: s, rel: 'nsubj:xsubj' };
          this.out[d.dep]!.push(edge);
          this.in[s]!.push(edge);
        }
      }
    }
  }

  /**
   * "Vienna, where the UN talks were held": the parser links "where" to the verb only; the place it
   * stands for is the verb's `obl:in`, as enhanced++ does for "which".
   */
  private whereRelatives(): void {
    for (let g = 1; g < this.out.length; g++)
      for (const d of this.out[g]!.filter((e) => e.rel === 'acl:relcl')) {
        const where = this.out[d.dep]!.some((e) => e.rel === 'advmod' && /^where$/i.test(this.word(e.dep)));
        if (!where || this.child(d.dep, 'obl:in').length > 0) continue;
        const edge = { gov: d.dep, dep: g, rel: 'obl:in' };
        this.out[d.dep]!.push(edge);
        this.in[g]!.push(edge);
      }
  }

  /**
   * "The talks in Astana, which are sponsored by Russia": the parser may make the noun a passive
   * relative clause stands for its object; with "are" and no subject of its own, it is the passive subject.
   */
  private passiveRelatives(): void {
    for (let g = 1; g < this.out.length; g++)
      for (const d of this.out[g]!.filter((e) => e.rel === 'acl:relcl')) {
        const v = d.dep;
        const edge = this.out[v]!.find((e) => e.rel === 'obj' && e.dep === g);
        if (!edge || this.child(v, 'aux:pass').length === 0 || this.child(v, 'nsubj:pass').length > 0) continue;
        edge.rel = 'nsubj:pass';
      }
  }

  lemma(i: number): string {
    const token = this.parse.tokens[i - 1];
    const lemma = (token?.lemma ?? '').toLowerCase();
    // "are co-sponsoring": the tagger may take a hyphenated verb for an adjective and leave it unlemmatized.
    const hyphenated = /^(co-\w+?)(?:ing|ed|s)$/.exec(lemma);
    return hyphenated && /^(?:VB[DGNZ]|JJ)$/.test(token?.pos ?? '') && lemma === token?.word.toLowerCase()
      ? coVerb(hyphenated[1]!)
      : lemma;
  }

  word(i: number): string {
    return this.parse.tokens[i - 1]?.word ?? '';
  }

  children(i: number, rel: string): number[] {
    return (this.out[i] ?? []).filter((d) => d.rel === rel || d.rel.startsWith(`${rel}:`)).map((d) => d.dep);
  }

  child(i: number, rel: string): number[] {
    return (this.out[i] ?? []).filter((d) => d.rel === rel).map((d) => d.dep);
  }

  /** "should the group not attend", "if Turkey attends": a condition, which states nothing. */
  hypothetical(i: number): boolean {
    const subject = Math.min(...this.child(i, 'nsubj'), ...this.child(i, 'nsubj:pass'));
    return (this.out[i] ?? []).some(
      (d) =>
        (d.rel === 'mark' && /^(?:if|unless|whether)$/i.test(this.word(d.dep))) ||
        (d.rel === 'aux' && /^should$/i.test(this.word(d.dep)) && d.dep < subject),
    );
  }

  negated(i: number): boolean {
    // "Neither the SNC nor the Kurds attended", "attended neither the talks nor the congress".
    const neither = (a: number): boolean =>
      this.child(a, 'cc:preconj').some((c) => /^neither$/i.test(this.word(c))) ||
      this.in[a]!.some((d) => d.rel === 'conj:nor');
    return (this.out[i] ?? []).some(
      (d) =>
        ((d.rel === 'advmod' || d.rel === 'neg') && /^(?:not|n't|never|no)$/i.test(this.word(d.dep))) ||
        (/^(?:nsubj|nsubj:pass|obj)$/.test(d.rel) && neither(d.dep)),
    );
  }

  /** The entities a nominal stands for: its own mention, its appositions, "the governments of X". */
  entities(i: number, types: Types, seen = new Set<number>()): Mention[] {
    if (seen.has(i)) return [];
    seen.add(i);
    const own = this.mentionAt[i];
    const found: Mention[] = [];
    if (own && !own.demonym) {
      if (types.includes(own.type)) found.push(own);
    } else if (
      /^(?:government|governments|delegation|delegations|representatives|leaders|state|states|ambassadors|envoys|ministers|members|observers|round|rounds|delegates|officials|diplomats|negotiators)$/i.test(
        this.word(i),
      )
    ) {
      // "the delegation of the SNC", "the Commission's delegation", "delegations from the UN and Jordan",
      // "a new round of the Astana talks".
      for (const of of [...this.child(i, 'nmod:of'), ...this.child(i, 'nmod:poss'), ...this.child(i, 'nmod:from')])
        found.push(...this.entities(of, types, seen));
    }
    // "Kazakhstan's capital of Astana", "the Russian city of Sochi": the place named.
    if (!own && types.includes('Place') && PLACE_WORDS.has(this.lemma(i)))
      for (const of of this.child(i, 'nmod:of')) found.push(...this.entities(of, ['Place'], seen));
    // "Syrian President Bashar Assad's forces": the state the sentence makes the leader's.
    if (!own && LEADER_HOLDINGS.has(this.word(i).toLowerCase()))
      for (const p of this.child(i, 'nmod:poss')) {
        if (this.mentionAt[p]?.type !== 'Person') continue;
        for (const title of this.child(p, 'compound').filter((c) => ROLE_NOUNS.has(this.lemma(c))))
          for (const a of [...this.child(title, 'amod'), ...this.child(title, 'compound')]) {
            const m = this.mentionAt[a];
            if (m?.type === 'State' && types.includes('State')) found.push(m);
          }
      }
    // "the Russian side", "the Turkish delegation", "Rebel figures": the state or group named before.
    // "the Kurdish YPG militia", "Free Syrian Army fighters", "Turkish troops": the group or state named before.
    if (
      !own &&
      /^(?:side|delegation|delegations|team|figures|officials|delegates|diplomats|negotiators|representatives|government|regime|authorities|militia|militias|fighters|forces|troops|soldiers|faction|factions|units)$/i.test(
        this.word(i),
      )
    )
      for (const a of [...this.child(i, 'amod'), ...this.child(i, 'compound')]) {
        const m = this.mentionAt[a];
        if (m && types.includes(m.type)) found.push(m);
      }
    for (const a of this.child(i, 'appos')) found.push(...this.entities(a, types, seen));
    if (!own && found.length === 0 && types.includes('State')) found.push(...this.counted(i));
    return found;
  }

  /** "The three countries also met": as many states as the sentence before named, those. */
  private counted(i: number): Mention[] {
    if (!COUNTED.test(this.word(i))) return [];
    const n = this.child(i, 'nummod').map((c) => NUMBERS.indexOf(this.word(c).toLowerCase()) + 2)[0];
    if (!this.before) return [];
    const { sentence, mentions } = this.before;
    // "a cease-fire in Syria": a state named as a place is none of those counted.
    const located = (m: Mention): boolean =>
      /\b(?:in|at|to|from|into|across)\s+$/i.test(sentence.text.slice(0, m.start - sentence.start));
    const named = mentions.filter((m) => m.type === 'State' && !m.demonym && !located(m));
    const states = [...new Map(named.map((m) => [m.entityId, m])).values()];
    return n !== undefined && n >= 2 && states.length === n ? states : [];
  }
}

/**
 * A meeting the sentence describes without naming it, by where it is held: "next week's Syrian
 * peace conference in Sochi", "Syria Peace Congress to be held in the Russian city of Sochi". It is
 * the one meeting of that kind the lexicon holds there, unless the words make it another ("a new
 * round"); its place becomes a part, so the venue rule reads HELD_IN.
 */
function describedMeetings(r: Reading, gaz: Gazetteer, published: string | null): void {
  const placeOf = (i: number): Mention | undefined => {
    const m = r.mentionAt[i];
    if (m?.type === 'Place') return m;
    if (!PLACE_WORDS.has(r.lemma(i))) return undefined;
    return [...r.child(i, 'nmod:of'), ...r.child(i, 'appos')]
      .map((j) => r.mentionAt[j])
      .find((x) => x?.type === 'Place');
  };
  for (let i = 1; i <= r.parse.tokens.length; i++) {
    const word = r.word(i).toLowerCase() === 'meetings' ? 'meeting' : r.word(i).toLowerCase();
    // "a meeting held in Astana" is the one meeting of any kind the lexicon holds there.
    const kinds = !MEETING_HEADS.has(word) ? [] : word === 'meeting' ? MEETING_KINDS : [kindOf(word)];
    if (kinds.length === 0 || r.mentionAt[i]) continue;
    if (r.child(i, 'amod').some((m) => ANOTHER.test(r.word(m)))) continue;
    // "the final press conference held in Vienna": a briefing, no meeting.
    if (r.child(i, 'compound').some((m) => /^(?:press|news|video)$/i.test(r.word(m)))) continue;
    // "hopes to convene a political congress in the resort of Sochi": where it is convened.
    const held = [
      ...[
        ...r.child(i, 'acl'),
        ...r.in[i]!.filter((d) => d.rel.startsWith('nsubj:pass') || d.rel === 'obj').map((d) => d.gov),
      ].filter((a) => HELD.has(r.lemma(a))),
      ...r.in[i]!.filter((d) => /^nsubj(?::xsubj)?$/.test(d.rel) && BEGIN.has(r.lemma(d.gov))).map((d) => d.gov),
    ];
    // "Astana has already hosted eight meetings on Syria": the host city is where they were held.
    const hosts = r.in[i]!.filter((d) => d.rel === 'obj' && r.lemma(d.gov) === 'host').map((d) => d.gov);
    const slots = [
      ...r.child(i, 'nmod:in'),
      ...r.child(i, 'nmod:at'),
      ...held.flatMap((a) => r.children(a, 'obl')),
      ...hosts.flatMap((h) => r.child(h, 'nsubj')),
    ];
    const place = slots.map(placeOf).find((p) => p !== undefined);
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

interface Found {
  source: Mention;
  type: RelationType;
  target: Mention;
  rule: RuleName;
  negated: boolean;
  meeting?: string;
  /** Read through the lexicon, not said by the sentence ("Astana has hosted": its state hosts). */
  inferred?: boolean;
}

/** The verb's subjects and objects, passives turned round. */
function arguments_(r: Reading, v: number, targets: readonly string[]): { subjects: number[]; objects: number[] } {
  // "A new round of talks brokered by Iran, Russia and Turkey began": the parser may read the
  // participle's agents as "by" obliques, and the participle as the sentence's verb, its noun the subject.
  const agents = r.parse.tokens[v - 1]?.pos === 'VBN' ? [...r.child(v, 'obl:agent'), ...r.child(v, 'obl:by')] : [];
  const reduced = agents.length > 0 && r.child(v, 'aux').length === 0 && r.child(v, 'nsubj').length > 0;
  // "The Iranian delegation headed by Hossein Jaberi Ansari": a participle's noun is its passive subject.
  // "Russia sponsored a new round of the talks, hosted by Kazakhstan": a participle the parser hangs
  // on the verb (`dep`) is said of the verb's object.
  const modified =
    agents.length > 0
      ? [
          ...r.in[v]!.filter((d) => d.rel === 'acl').map((d) => d.gov),
          ...r.in[v]!.filter((d) => d.rel === 'dep').flatMap((d) => r.child(d.gov, 'obj')),
        ]
      : [];
  // "The talks are set to begin and will be sponsored by Turkey": a passive's subject may be shared.
  const passiveSubjects = [...r.child(v, 'nsubj:pass'), ...r.child(v, 'nsubj:pass:xsubj')];
  const passive = passiveSubjects.length > 0 || reduced || modified.length > 0;
  const subjects = passive
    ? [...new Set([...r.child(v, 'obl:agent'), ...agents])]
    : [...r.child(v, 'nsubj'), ...r.child(v, 'nsubj:xsubj')];
  const objects = passive
    ? [...passiveSubjects, ...(reduced ? r.child(v, 'nsubj') : []), ...modified]
    : targets.flatMap((t) => r.child(v, t));
  if (passive) objects.push(...targets.filter((t) => t !== 'obj').flatMap((t) => r.child(v, t)));
  // "the SNC announced the decision to boycott the meeting": who makes the decision is the subject.
  const owned = (i: number): boolean => DECIDE.has(r.lemma(i)) || PLAN.has(r.lemma(i));
  const decisions = passive
    ? []
    : [...subjects.filter(owned), ...r.in[v]!.filter((e) => e.rel.startsWith('acl') && owned(e.gov)).map((e) => e.gov)];
  for (const d of decisions)
    for (const g of r.in[d]!.filter((e) => e.rel === 'obj')) subjects.push(...r.child(g.gov, 'nsubj'));
  return { subjects, objects };
}

/** "Astana has hosted": a city that hosts stands for its state (the lexicon's country). */
function hostState(place: Mention, gaz: Gazetteer): Mention | null {
  const country = gaz.entities.get(place.entityId)?.lexicon?.country;
  const id = country ? gaz.idOf(country) : undefined;
  return id ? { ...place, entityId: id, type: 'State', parts: [] } : null;
}

function verbRules(r: Reading, focus: Mention | null, gaz: Gazetteer, voice: Mention | null, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (r.hypothetical(v)) continue;
    const lemma = r.lemma(v);
    const negated = r.negated(v) || r.in[v]!.some((d) => d.rel === 'xcomp' && r.negated(d.gov));
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
      const { subjects, objects } = arguments_(r, v, rule.targets);
      const passive = r.child(v, 'nsubj:pass').length > 0;
      const hosts =
        rule.type === 'HOSTS'
          ? subjects.flatMap((i) => r.entities(i, ['Place']).flatMap((p) => hostState(p, gaz) ?? []))
          : [];
      for (const s of [...subjects.flatMap((i) => r.entities(i, rule.source)), ...hosts]) {
        // "The heads of delegations held talks": holding talks is meeting (below), not organizing
        // the meeting the talks are read as; "hold the congress" is.
        const held =
          lemma === 'hold' ? objects.filter((i) => !(TALKS.has(r.lemma(i)) && r.mentionAt[i]?.anaphor)) : objects;
        // "welcomed the outcome of the talks": a stance on what a meeting gave is on the meeting.
        const stance = rule.type === 'SUPPORTS' || rule.type === 'OPPOSES';
        const gave = stance ? held.filter((i) => OUTCOME.has(r.lemma(i)) && !r.mentionAt[i]) : [];
        const meetings = gave.flatMap((i) => r.child(i, 'nmod:of')).flatMap((i) => r.entities(i, MEETING));
        for (const o of [...held.flatMap((i) => r.entities(i, rule.target)), ...meetings]) {
          const meeting =
            rule.type === 'INVITES' && o.type !== 'Meeting'
              ? (r.children(v, 'obl').flatMap((i) => r.entities(i, MEETING))[0] ?? focus)
              : null;
          const refusal = refusing && rule.type === 'ATTENDS';
          // "Turkey and the United States support different rebel groups": backing a state or an
          // armed group is an alliance (DESIGN.md), a stance is for positions, meetings, people.
          const alliance = rule.type === 'SUPPORTS' && BACK.has(lemma) && ALLY.includes(o.type);
          found.push({
            source: s,
            type: refusal ? 'BOYCOTTS' : alliance ? 'ALLIED_WITH' : rule.type,
            target: o,
            rule: refusal ? 'refusal' : alliance ? 'alliance' : passive ? 'passive' : 'verb',
            // "refused to condemn the talks", "refrained from criticizing them": a refusal denies any other act.
            negated: refusal ? false : negated || refused,
            ...(meeting ? { meeting: meeting.entityId } : {}),
            ...(hosts.includes(s) ? { inferred: true } : {}),
          });
        }
      }
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
      for (const o of objects.filter((i) => DELEGATION.test(r.word(i)))) {
        for (const g of r.entities(o, GROUP))
          for (const p of subjects.flatMap((i) => r.entities(i, ['Person'])))
            found.push({ source: p, type: 'REPRESENTS', target: g, rule: 'delegation-head', negated });
        // "was picked to lead a negotiating team for the talks": who leads a delegation to a meeting attends it.
        const meetings = [...r.child(v, 'obl:for'), ...r.child(o, 'nmod:for'), ...r.child(o, 'nmod:to')].flatMap((i) =>
          r.entities(i, MEETING),
        );
        for (const m of meetings)
          for (const a of subjects.flatMap((i) => r.entities(i, ACTOR)))
            found.push({ source: a, type: 'ATTENDS', target: m, rule: 'delegation-head', negated });
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
      // "Jordan sent observers to the Astana talks": whoever sends someone to a meeting takes part in it.
      const meetings = objects.length > 0 ? r.child(v, 'obl:to').flatMap((i) => r.entities(i, MEETING)) : [];
      for (const g of subjects.flatMap((i) => r.entities(i, GROUP)))
        for (const m of meetings) found.push({ source: g, type: 'ATTENDS', target: m, rule: 'sent', negated });
    }
    // "Jordan attended the Astana talks. Iran also took part.": taking part in no meeting named is in
    // the one in focus.
    const named = [
      ...r.child(v, 'obj').filter((o) => r.lemma(o) !== 'part'),
      ...r.child(v, 'obl:in'),
      ...r.child(v, 'obl:at'),
    ];
    const partaking = lemma === 'take' ? r.child(v, 'obj').some((o) => r.lemma(o) === 'part') : TAKE_PART.has(lemma);
    if (partaking && named.length === 0 && !negated && !refused)
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
      if (others.length === 0)
        for (const [k, a] of among.entries())
          for (const b of among.slice(k + 1))
            if (a.entityId !== b.entityId)
              found.push({ source: a, type: 'MEETS', target: b, rule: 'meeting-among', negated });
    }
    // "the Commission's delegation held dialogue with the Russian side, the United Nations, ...".
    if (lemma === 'hold' || lemma === 'have') {
      for (const o of r.child(v, 'obj').filter((i) => TALKS.has(r.lemma(i)))) {
        const withs = [...r.child(v, 'obl:with'), ...r.child(o, 'nmod:with')];
        // The parser hangs the rest of a long "with" list on the verb as objects.
        const rest = withs.length > 0 ? r.child(v, 'obj').filter((i) => i !== o) : [];
        const partners = [...withs, ...rest].flatMap((i) => r.entities(i, ACTOR));
        const holders = r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR));
        for (const s of holders)
          for (const p of partners) found.push({ source: s, type: 'MEETS', target: p, rule: 'talks-with', negated });
        // "Iran, Russia and Turkey will hold trilateral meetings": with no one else named, among themselves.
        if (partners.length === 0)
          for (const [k, a] of holders.entries())
            for (const b of holders.slice(k + 1))
              if (a.entityId !== b.entityId)
                found.push({ source: a, type: 'MEETS', target: b, rule: 'meeting-among', negated });
      }
    }
    // "Zarif arrived in Moscow for talks with Lavrov": who comes for talks with someone meets them;
    // "the rebels set out conditions in talks with Russia": who acts in talks with someone too.
    const inTalks = ['obl:for', 'obl:in', 'obl:during'].flatMap((c) => r.child(v, c));
    for (const o of inTalks.filter((i) => TALKS.has(r.lemma(i)))) {
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
      for (const o of r.child(v, 'obj').filter((i) => BACKING.has(r.lemma(i)))) {
        const backers = [...r.child(v, 'obl:from'), ...r.child(o, 'nmod:from')].flatMap((i) => r.entities(i, ACTOR));
        const backed = [...r.child(v, 'obl:for'), ...r.child(o, 'nmod:for')].flatMap((i) => r.entities(i, STANCE));
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
    }
    // "urged Ankara to ...", "called for a ceasefire": a demand of the position named or on the actor.
    if (lemma === 'urge' || lemma === 'call') {
      const objects = lemma === 'urge' ? r.child(v, 'obj') : r.child(v, 'obl:for');
      for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, ACTOR)))
        for (const o of objects.flatMap((i) => r.entities(i, [...ACTOR, 'Position'])))
          found.push({ source: s, type: 'DEMANDS', target: o, rule: 'demand', negated });
    }
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

/** The verbs of demanding, for "as the rebels have demanded". */
const DEMAND = new Set(['demand', 'call', 'urge', 'insist', 'seek', 'want']);
/** "unwilling to", "reluctant to"; and readiness, which "not" or "far from" denies. */
const UNWILLING = new Set(['unwilling', 'reluctant']);
const READY = new Set(['ready', 'willing', 'prepared']);

/** Whether the clause of verb `v` is something its subject will not do: refused, unwilling, not ready. */
function unwilling(r: Reading, v: number): boolean {
  // The parser may hang the infinitive on an adjective as a bare `dep` ("unwilling to negotiate").
  const governors = r.in[v]!.filter((d) => d.rel === 'xcomp' || d.rel === 'dep').map((d) => d.gov);
  const far = (i: number): boolean =>
    [...r.child(i, 'case'), ...r.child(i, 'advmod')].some((f) => r.lemma(f) === 'far');
  return (
    governors.some((g) => REFUSE.has(r.lemma(g)) || UNWILLING.has(r.lemma(g))) ||
    governors.some((g) => READY.has(r.lemma(g)) && (r.negated(g) || far(g))) ||
    // "far from ready to negotiate" may also come as "far" on the verb, with "from ready" on it.
    r.child(v, 'advmod').some((f) => r.lemma(f) === 'far' && r.children(f, 'advcl').some((a) => READY.has(r.lemma(a))))
  );
}

/** Who does (or will not do) what verb `v` says: its subject, or the subject of the clause it completes. */
function controller(r: Reading, v: number): number[] {
  const seen = new Set<number>();
  for (let i: number | undefined = v; i !== undefined && !seen.has(i);) {
    seen.add(i);
    const subjects = [...r.child(i, 'nsubj'), ...r.child(i, 'nsubj:xsubj')];
    if (subjects.length > 0) return subjects;
    i = r.in[i]!.find((d) => d.rel === 'xcomp' || d.rel === 'dep')?.gov;
  }
  return [];
}

/**
 * The positions verb `v` states: the one its own words are in ("negotiate with foes"), and those
 * "let alone" adds ("let alone step down").
 */
function positionsAt(r: Reading, v: number): Mention[] {
  const letAlone = r
    .children(v, 'dep')
    .filter((l) => r.lemma(l) === 'let' && r.child(l, 'fixed').some((a) => r.lemma(a) === 'alone'));
  const tokens = [v, ...letAlone.flatMap((l) => [...r.children(l, 'obl'), ...r.child(l, 'dep')])];
  return [...new Set(tokens.map((i) => r.mentionAt[i]).filter((m): m is Mention => m?.type === 'Position'))];
}

/** "The YPG is considered a terrorist group by Ankara": the verbs that brand. */
const BRAND = new Set(['consider', 'designate', 'regard', 'label', 'brand', 'view', 'deem', 'classify', 'list']);

/**
 * "Ankara considers the YPG a terrorist organization", "Turkey views the YPG as a terrorist
 * group": who brands an actor a terrorist opposes it (a capital stands for its state, inferred).
 */
function brandRule(r: Reading, v: number, gaz: Gazetteer, negated: boolean, found: Found[]): void {
  const terrorist = (i: number): boolean =>
    /^terrorists?$/.test(r.lemma(i)) || r.child(i, 'amod').some((a) => r.lemma(a) === 'terrorist');
  const labels = [...r.child(v, 'obj'), ...r.child(v, 'xcomp'), ...r.child(v, 'obl:as')].filter(terrorist);
  if (labels.length === 0) return;
  const passive = r.child(v, 'nsubj:pass');
  const branded = [
    ...passive,
    ...labels.flatMap((l) => r.child(l, 'nsubj')),
    ...r.child(v, 'obj').filter((o) => !labels.includes(o)),
  ].flatMap((i) => r.entities(i, ACTOR));
  const holders =
    passive.length > 0
      ? [...r.child(v, 'obl:agent'), ...r.child(v, 'obl:by'), ...labels.flatMap((l) => r.child(l, 'nmod:by'))]
      : r.child(v, 'nsubj');
  const actors = holders.flatMap((i) => r.entities(i, ACTOR));
  const capitals = holders.flatMap((i) => r.entities(i, ['Place'])).flatMap((p) => hostState(p, gaz) ?? []);
  for (const h of [...actors, ...capitals])
    for (const b of branded)
      if (h.entityId !== b.entityId)
        found.push({
          source: h,
          type: 'OPPOSES',
          target: b,
          rule: 'branding',
          negated,
          ...(capitals.includes(h) ? { inferred: true } : {}),
        });
}

/** "the Ankara-sponsored talks": the modifier's name organizes (hosts, mediates) the meeting. */
function modifierRules(r: Reading, found: Found[]): void {
  for (let i = 1; i <= r.parse.tokens.length; i++) {
    const match = /-(\w+)$/.exec(r.word(i));
    const type = match ? MODIFIERS[match[1]!.toLowerCase()] : undefined;
    const actor = r.mentionAt[i];
    if (!type || !actor || !ACTOR.includes(actor.type)) continue;
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
function nounRoleRules(r: Reading, found: Found[]): void {
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
    const type = NOUN_ROLES[r.lemma(n)];
    if (!type) continue;
    const targets: Types = type === 'MEMBER_OF' ? ['Organization', 'ArmedGroup'] : MEETING;
    // "Kazakhstan, the host of the talks", "the guarantors of the talks - Russia, Iran and Turkey -".
    const holders = [
      ...r.child(n, 'nsubj'),
      ...r.child(n, 'appos'),
      // An apposition after a list hangs on its first item.
      ...r.in[n]!.filter((d) => d.rel === 'appos').flatMap((d) => [d.gov, ...r.children(d.gov, 'conj')]),
    ];
    for (const s of holders.flatMap((i) => r.entities(i, ACTOR)))
      for (const o of [...r.child(n, 'nmod:of'), ...r.child(n, 'nmod:to')].flatMap((i) => r.entities(i, targets)))
        found.push({ source: s, type, target: o, rule: 'noun-role', negated: r.negated(n) });
  }
}

/** The meeting in focus, if it is named before token `i` (not one the sentence names later). */
function antecedent(r: Reading, focus: Mention | null, i: number): Mention[] {
  if (!focus) return [];
  const before = focus.sentence < r.sentence.index || focus.end <= r.sentence.start + r.parse.tokens[i - 1]!.start;
  return before ? [focus] : [];
}

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
  mediation: { type: 'MEDIATES', cases: ['nmod:of', 'nmod:in'], targets: MEETING },
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
  rejection: { type: 'OPPOSES', cases: ['nmod:of'], targets: STANCE },
  condemnation: { type: 'OPPOSES', cases: ['nmod:of'], targets: STANCE },
  criticism: { type: 'OPPOSES', cases: ['nmod:of'], targets: STANCE },
  opposition: { type: 'OPPOSES', cases: ['nmod:to'], targets: STANCE },
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
function nominalRules(r: Reading, focus: Mention | null, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    const rule = NOMINALS[r.word(n).toLowerCase()];
    // "voted for the committee's participation": an act asked for is not one reported.
    const wished = r.in[n]!.some((d) => d.rel === 'obl:for' || d.rel === 'nmod:for');
    if (!rule || r.mentionAt[n] || wished) continue;
    // "launched an offensive on Monday against the YPG": the parser may hang the target on the verb.
    const verbs = r.in[n]!.filter((d) => d.rel === 'obj').map((d) => d.gov);
    const heads = rule.cases.flatMap((c) => [
      ...r.child(n, c),
      ...verbs.flatMap((v) => r.child(v, c.replace('nmod', 'obl'))),
    ]);
    // "The congress will be held with the participation of ...": an act the meeting is held with is on that meeting.
    const heldWith = r.in[n]!.filter((d) => d.rel === 'obl:with').flatMap((d) => [
      ...r.child(d.gov, 'nsubj'),
      ...r.child(d.gov, 'nsubj:pass'),
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
    // "The boycott by the SNC followed ...": an act on no meeting named is on the one in focus.
    const owned = r.child(n, 'nmod:by').length > 0 || r.child(n, 'nmod:poss').length > 0;
    const targets =
      namedTargets.length === 0 && heads.length === 0 && (owned || partake.length > 0) && rule.targets === MEETING
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
    const ofActors = rule.cases.includes('nmod:of') ? [] : r.child(n, 'nmod:of');
    const owners = [...r.child(n, 'nmod:poss'), ...agents, ...ofActors].flatMap((i) => r.entities(i, ACTOR));
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
    ];
    const answerers = answering.flatMap(({ gov, rel }) =>
      r.child(gov, rel === 'obj' ? 'nsubj' : 'obl:agent').flatMap((i) => r.entities(i, ACTOR).map((a) => ({ gov, a }))),
    );
    for (const { gov, a } of answerers) {
      for (const t of targets)
        found.push({ source: a, type: ANSWER[r.lemma(gov)]!, target: t, rule: 'nominal', negated: r.negated(gov) });
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

/**
 * "Turkey was among the participants", "Among the delegates were Iran and the UN", "Participants
 * included ...", "Among them are ..." after a sentence about a meeting's participants, "are in the
 * talks as observers": whoever the sentence lists among a meeting's participants attends it (the
 * meeting the participants are of, or the one in focus), and "X from G" in the list represents G.
 */
function participantRules(r: Reading, focus: Mention | null, found: Found[]): void {
  const partakers = (i: number): boolean => PARTAKERS.has(r.lemma(i));
  const meetingOf = (i: number): Mention[] => {
    const named = ['nmod:of', 'nmod:in', 'nmod:at', 'nmod:to'].flatMap((c) => r.child(i, c));
    return named.length > 0 ? named.flatMap((j) => r.entities(j, MEETING)) : antecedent(r, focus, i);
  };
  const attend = (listed: Mention[], meetings: Mention[]): void => {
    for (const m of meetings)
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

/** "So are X", "Neither did X": a sentence that says of others what the one before said. */
const ELLIPSIS = /^(So|Neither|Nor)\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b/i;

/**
 * "Delegations from the three guarantor states are present at the talks. So are representatives
 * from the United Nations and Jordan.": the actors of the elliptic sentence take the relations the
 * sentence before gave its actors (denied after "Neither", "Nor").
 */
function ellipsisRule(r: Reading, previous: readonly Found[], found: Found[]): void {
  const match = ELLIPSIS.exec(r.sentence.text);
  if (!match) return;
  // The parser reads "So did Jordan" in several ways; the actors are those named before any "according to".
  const source = ACCORDING.exec(r.sentence.text);
  const end = r.sentence.start + (source?.index ?? r.sentence.text.length);
  const actors = r.mentions.filter((m) => ACTOR.includes(m.type) && !m.demonym && m.end <= end);
  const denied = !/^so$/i.test(match[1]!);
  const said = previous.filter((f) => ACTOR.includes(f.source.type) && !f.inferred && f.rule !== 'title');
  for (const a of actors)
    for (const f of said)
      if (a.entityId !== f.target.entityId)
        found.push({ source: a, type: f.type, target: f.target, rule: 'ellipsis', negated: denied || f.negated });
}

/** "talks between the government and the rebels", "clashes between Turkish troops and the YPG". */
const BETWEEN: Record<string, RelationType> = {
  talks: 'MEETS',
  negotiations: 'MEETS',
  dialogue: 'MEETS',
  meeting: 'MEETS',
  meetings: 'MEETS',
  fighting: 'FIGHTS',
  clashes: 'FIGHTS',
  clash: 'FIGHTS',
  battles: 'FIGHTS',
  hostilities: 'FIGHTS',
  escalation: 'FIGHTS',
  war: 'FIGHTS',
};

/** The sides named after "between" meet or fight each other; a named meeting between them, they attend. */
function betweenRules(r: Reading, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    const type = BETWEEN[r.word(n).toLowerCase()];
    if (!type) continue;
    const sides = [
      ...new Map(
        r
          .child(n, 'nmod:between')
          .flatMap((i) => r.entities(i, ACTOR))
          .map((m) => [m.entityId, m]),
      ).values(),
    ];
    const meeting = r.mentionAt[n]?.type === 'Meeting' ? r.mentionAt[n]! : null;
    if (meeting && type === 'MEETS') {
      for (const side of sides)
        found.push({ source: side, type: 'ATTENDS', target: meeting, rule: 'between', negated: false });
      continue;
    }
    if (sides.length !== 2) continue;
    found.push({ source: sides[0]!, type, target: sides[1]!, rule: 'between', negated: false });
  }
}

/**
 * "UN envoy Staffan de Mistura", "Moscow's ally Bashar al-Assad": the parser hangs the title's
 * modifiers on the name it stands before, not on the title; those before the title are the title's.
 */
function modifiersBefore(r: Reading, title: number): number[] {
  return r.in[title]!.filter((d) => d.rel === 'compound').flatMap((d) =>
    ['amod', 'compound', 'nmod:poss'].flatMap((rel) => r.child(d.gov, rel)).filter((i) => i < title),
  );
}

/**
 * Titles: "Iraqi Prime Minister Haider al-Abadi", "Moscow's special envoy Mikhail Bogdanov", "a
 * spokeswoman for the opposition bloc". The state is the title's adjective, compound or possessor;
 * "for"/"of" counts only for a body ("envoy for Libya" is an envoy sent to Libya, not its envoy).
 */
function titleRules(r: Reading, ctx: RelationContext, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    if (!ROLE_NOUNS.has(r.lemma(n))) continue;
    const holders: Mention[] = [];
    const own = r.mentionAt[n];
    if (own?.type === 'Person') holders.push(own);
    // "Erdogan, his Russian counterpart Vladimir Putin and ...": a title that names its own holder is
    // not also held by the name the parser makes it an apposition of.
    const namesOwn = r.child(n, 'appos').some((a) => r.mentionAt[a]?.type === 'Person');
    for (const d of r.in[n]!) {
      const m = r.mentionAt[d.gov];
      if ((d.rel === 'compound' || (d.rel === 'appos' && !namesOwn)) && m?.type === 'Person') holders.push(m);
    }
    // "Jaberi Ansari, who also serves as the ... Special Assistant": who serves as the title holds it.
    const serving = r.in[n]!.filter((d) => d.rel === 'obl:as' && SERVE.has(r.lemma(d.gov))).map((d) => d.gov);
    for (const a of [...r.child(n, 'appos'), ...serving.flatMap((v) => r.child(v, 'nsubj'))]) {
      const m = r.mentionAt[a];
      if (m?.type === 'Person') holders.push(m);
    }
    // "the Iranian Foreign Minister's Special Assistant": an aide holds the office of the one they assist.
    const office = r.child(n, 'nmod:poss').filter((p) => ROLE_NOUNS.has(r.lemma(p)));
    const states = [
      ...[...r.child(n, 'amod'), ...r.child(n, 'compound'), ...r.child(n, 'nmod:poss'), ...modifiersBefore(r, n)].map(
        (i) => r.mentionAt[i],
      ),
      ...[...r.child(n, 'compound'), ...office].flatMap((c) => r.child(c, 'amod').map((i) => r.mentionAt[i])),
    ].filter((m): m is Mention => !!m && GROUP.includes(m.type));
    // "the head of the Syrian government delegation": a delegation's (or government's) head speaks for its state too.
    const bodies = [...r.child(n, 'nmod:for'), ...r.child(n, 'nmod:of')].flatMap((i) =>
      r.entities(
        i,
        DELEGATION.test(r.word(i)) || /^government$/i.test(r.word(i)) ? GROUP : ['Organization', 'ArmedGroup'],
      ),
    );
    // "The Kremlin has confirmed ..., and his spokesman Dmitry Peskov said": a possessive pronoun
    // stands for the subject of the clause the title's clause is joined to.
    const pronoun = r.child(n, 'nmod:poss').some((p) => !r.mentionAt[p] && /^(?:his|her|its|their)$/i.test(r.word(p)));
    const clauses = pronoun
      ? [n, ...r.in[n]!.filter((d) => d.rel === 'compound').map((d) => d.gov)].flatMap((h) =>
          r.in[h]!.filter((d) => d.rel === 'nsubj').map((d) => d.gov),
        )
      : [];
    const joined = clauses
      .flatMap((c) => r.in[c]!.filter((d) => d.rel.startsWith('conj')).flatMap((d) => r.child(d.gov, 'nsubj')))
      .flatMap((i) => r.entities(i, GROUP));
    // "National Coalition member Ahmad Ramadan" belongs to the body; other titles speak for it.
    const type: RelationType = r.lemma(n) === 'member' ? 'MEMBER_OF' : 'REPRESENTS';
    for (const h of holders)
      for (const s of [...states, ...bodies, ...joined])
        found.push({ source: h, type, target: bodyHeld(h, s, ctx), rule: 'title', negated: false });
  }
  // "The Negotiations Committee's representative Firas al-Khaldi": the parser makes the title an
  // adjective of the name, and the body the name's possessor.
  for (let p = 1; p <= r.parse.tokens.length; p++) {
    const person = r.mentionAt[p];
    if (person?.type !== 'Person' || !r.child(p, 'amod').some((a) => ROLE_NOUNS.has(r.lemma(a)))) continue;
    for (const s of r.child(p, 'nmod:poss').flatMap((i) => r.entities(i, GROUP)))
      found.push({ source: person, type: 'REPRESENTS', target: s, rule: 'title', negated: false });
  }
  // "the regime of Bashar al-Assad", "Erdogan's government": the state named as the person's.
  for (let g = 1; g <= r.parse.tokens.length; g++) {
    const state = r.mentionAt[g];
    if (state?.type !== 'State' || !/^(?:government|regime)$/.test(r.lemma(g))) continue;
    for (const p of [...r.child(g, 'nmod:of'), ...r.child(g, 'nmod:poss')]) {
      const person = r.mentionAt[p];
      if (person?.type === 'Person')
        found.push({ source: person, type: 'REPRESENTS', target: state, rule: 'title', negated: false });
    }
  }
}

/**
 * "Syrian opposition leader Naser al-Hariri", "rebel negotiator Mohammad Alloush": a title that
 * names a body loosely (the opposition, the rebels) stands for the body of that kind the lexicon
 * knows the holder is in (the SNC, Jaish al-Islam); a state is named as it is.
 */
function bodyHeld(holder: Mention, body: Mention, ctx: RelationContext): Mention {
  const gaz = ctx.gazetteer;
  const known = gaz.entities.get(holder.entityId);
  if (body.type === 'State' || !known) return body;
  const held = rolesOf(known, ctx.published)
    .map((role) => (role.of ? gaz.idOf(role.of) : null))
    .find((id) => id !== null && id !== body.entityId && gaz.entities.get(id)?.type === body.type);
  return held ? { ...body, entityId: held } : body;
}

/**
 * "The High Negotiations Committee is meeting on Monday in Riyadh": the verb is the body's own
 * meeting (coreference made it one), which the body holds and attends.
 */
function ownMeetingRules(r: Reading, found: Found[]): void {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    const m = r.mentionAt[v];
    if (m?.type !== 'Meeting' || r.lemma(v) !== 'meet' || !/^VB/.test(r.parse.tokens[v - 1]!.pos)) continue;
    for (const s of r.child(v, 'nsubj').flatMap((i) => r.entities(i, GROUP))) {
      found.push({ source: s, type: 'ORGANIZES', target: m, rule: 'verb', negated: false });
      found.push({ source: s, type: 'ATTENDS', target: m, rule: 'verb', negated: false });
    }
  }
}

/** Titles of who leads a delegation: "Head of the Syrian delegation". */
const DELEGATION_HEADS = new Set(['head', 'chief', 'leader', 'chairman', 'chair']);

/**
 * "Head of the Syrian Arab Republic delegation to the 6th round of Astana meeting, Bashar
 * al-Jaafari": who heads a state's or a body's delegation represents it and attends the meeting
 * the delegation goes to, as the state or body does.
 */
function delegationHeadRules(r: Reading, found: Found[]): void {
  for (let n = 1; n <= r.parse.tokens.length; n++) {
    if (!DELEGATION_HEADS.has(r.lemma(n)) || r.mentionAt[n]) continue;
    const heads = [
      ...r.child(n, 'appos'),
      ...r.in[n]!.filter((d) => d.rel === 'appos' || d.rel === 'compound').map((d) => d.gov),
    ].flatMap((i) => r.entities(i, ['Person']));
    for (const o of r.child(n, 'nmod:of').filter((i) => DELEGATION.test(r.word(i)))) {
      const groups = r.entities(o, GROUP);
      // The parser may hang "to the talks" on the title instead of the delegation.
      const meetings = [o, n]
        .flatMap((i) => [...r.child(i, 'nmod:to'), ...r.child(i, 'nmod:for'), ...r.child(i, 'nmod:at')])
        .flatMap((i) => r.entities(i, MEETING));
      for (const h of heads) {
        for (const g of groups)
          found.push({ source: h, type: 'REPRESENTS', target: g, rule: 'delegation-head', negated: false });
        for (const m of meetings)
          found.push({ source: h, type: 'ATTENDS', target: m, rule: 'delegation-head', negated: false });
      }
      for (const g of groups)
        for (const m of meetings)
          found.push({ source: g, type: 'ATTENDS', target: m, rule: 'delegation-head', negated: false });
    }
  }
}

/** Nouns that make their holder someone's ally: "regime allies Russia and Iran", "rebel backer Turkey". */
const ALLY_NOUNS = new Set(['ally', 'backer', 'supporter', 'patron']);

/**
 * "the Syrian government and its ally Russia", "Moscow's ally Bashar al-Assad", "rebel backer
 * Turkey": the ally (the noun's apposition, or the name the noun stands before) is allied with the
 * possessor, the noun's modifier, or what "its" stands for, the conjunct the ally is listed with.
 */
function allyRules(r: Reading, found: Found[]): void {
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
    for (const m of [...r.child(a, 'compound'), ...r.child(a, 'amod')].map((i) => r.mentionAt[i]))
      if (m && ACTOR.includes(m.type) && m !== r.mentionAt[a]) partners.push(m);
    for (const ally of allies)
      for (const partner of partners)
        if (ally !== partner)
          found.push({ source: ally, type: 'ALLIED_WITH', target: partner, rule: 'alliance', negated: false });
  }
}

/**
 * Where and by whom a meeting is, from its name and its modifiers: "the UN-led talks in Vienna"
 * (the name's parts) and "the congress in Sochi" (`nmod:in` of the meeting's words).
 */
function meetingRules(r: Reading, found: Found[]): void {
  for (const m of new Set(r.mentionAt)) {
    if (m?.type !== 'Meeting') continue;
    for (const part of m.parts ?? []) {
      if (part.type === 'Place')
        found.push({ source: m, type: 'HELD_IN', target: part, rule: 'meeting-name', negated: false });
      // "the Syria peace congress": what the peace is for organizes nothing.
      else if (ACTOR.includes(part.type) && !/^\s+peace\b/i.test(m.text.slice(part.end - m.start))) {
        const how = /^-(\w+)/.exec(m.text.slice(part.end - m.start))?.[1]?.toLowerCase();
        const type = (how && MODIFIERS[how]) || 'ORGANIZES';
        found.push({ source: part, type, target: m, rule: 'meeting-name', negated: false });
      }
    }
  }
  for (let i = 1; i <= r.parse.tokens.length; i++) {
    const m = r.mentionAt[i];
    if (m?.type !== 'Meeting') continue;
    // "Russia's Syrian People's Congress": the state or body whose meeting it is organizes it.
    for (const o of r.child(i, 'nmod:poss').flatMap((j) => r.entities(j, GROUP)))
      if (o !== m) found.push({ source: o, type: 'ORGANIZES', target: m, rule: 'possessor', negated: false });
    // "the meeting of foreign ministers of Russia, Iran and Turkey": whose meeting it is attends it.
    for (const whose of r.child(i, 'nmod:of')) {
      const members: number[] = r.mentionAt[whose] === m ? r.child(whose, 'nmod:of') : [whose];
      for (const a of members.flatMap((j) => r.entities(j, ACTOR)))
        if (a !== m) found.push({ source: a, type: 'ATTENDS', target: m, rule: 'participants', negated: false });
    }
    for (const p of [...r.child(i, 'nmod:in'), ...r.child(i, 'nmod:at')]) {
      const place = r.mentionAt[p];
      if (place?.type === 'Place' && place !== m)
        found.push({ source: m, type: 'HELD_IN', target: place, rule: 'venue', negated: false });
    }
  }
}

const ACCORDING = /\baccording to ((?:[\w'’-]+ ?){1,6})/i;

interface Speaker {
  mention: Mention | null;
  words: string;
  head: number;
}

/**
 * Who makes the sentence's claims: the subject of "said" (or its body, for "a spokeswoman for"),
 * or who it is "according to" ("he said" is resolved by coreference).
 */
function speakerOf(r: Reading, sentence: Sentence): Speaker | null {
  for (let v = 1; v <= r.parse.tokens.length; v++) {
    if (!SAY.has(r.lemma(v))) continue;
    const trailing = trailingSpeaker(r, v);
    if (
      r.child(v, 'ccomp').length === 0 &&
      r.child(v, 'parataxis').length === 0 &&
      !r.in[v]!.some((d) => d.rel === 'parataxis') &&
      trailing === undefined
    )
      continue;
    const subject = r.child(v, 'nsubj')[0] ?? trailing;
    if (subject === undefined) continue;
    const mention =
      r.entities(subject, ACTOR)[0] ??
      [...r.child(subject, 'nmod:for'), ...r.child(subject, 'nmod:of')].flatMap((i) => r.entities(i, ACTOR))[0] ??
      (/^(?:he|she)$/i.test(r.word(subject)) ? clausePerson(r, v) : null) ??
      null;
    return { mention, words: phrase(r, subject), head: v };
  }
  const according = ACCORDING.exec(sentence.text);
  if (!according) return null;
  // "according to National Coalition member Ahmad Ramadan": the person the words name, else the body.
  const from = sentence.start + according.index;
  const to = from + according[0].length;
  const named = r.mentions.filter((m) => m.start >= from && m.end <= to && ACTOR.includes(m.type) && !m.demonym);
  const mention = named.filter((m) => m.type === 'Person').pop() ?? named[0] ?? null;
  return { mention, words: according[1]!.trim().replace(/[,.]$/, ''), head: 0 };
}

/**
 * "X will not participate in the congress in Sochi, the organization's leader Nasr al-Hariri said":
 * the parser may take the name for an apposition of the word before the comma and leave "said" a
 * bare `dep` of the claim; the actor named between that comma and "said" is its subject.
 */
function trailingSpeaker(r: Reading, v: number): number | undefined {
  if (!r.in[v]!.some((d) => d.rel === 'dep') || r.child(v, 'nsubj').length > 0) return undefined;
  const named = r.mentionAt[v - 1];
  if (!named || !ACTOR.includes(named.type) || named.demonym) return undefined;
  // Back over the name and its title ("the organization's leader"), with no verb, to the comma.
  let k = v - 1;
  while (k > 1 && v - k < 12 && !/^[,"”]$/.test(r.word(k)) && !/^VB/.test(r.parse.tokens[k - 1]?.pos ?? '')) k--;
  return /^[,"”]$/.test(r.word(k)) ? v - 1 : undefined;
}

/** "Hariri described the Commission's performance as positive as he stressed that ...": the person subject of the clause "he" hangs on. */
function clausePerson(r: Reading, v: number): Mention | null {
  for (
    let d = r.in[v]!.find((e) => /^(?:advcl|conj)/.test(e.rel));
    d;
    d = r.in[d.gov]!.find((e) => /^(?:advcl|conj)/.test(e.rel))
  ) {
    const person = r
      .child(d.gov, 'nsubj')
      .map((i) => r.mentionAt[i])
      .find((m) => m?.type === 'Person');
    if (person) return person;
  }
  return null;
}

/** The words of a token's subtree (basic-style edges only). */
function phrase(r: Reading, head: number): string {
  const keep = new Set([head]);
  const grow = (i: number): void => {
    for (const d of r.out[i] ?? []) {
      if (keep.has(d.dep) || d.rel === 'punct' || d.rel.startsWith('conj') || d.rel === 'cc' || d.rel === 'acl:relcl')
        continue;
      keep.add(d.dep);
      grow(d.dep);
    }
  };
  grow(head);
  return [...keep]
    .sort((a, b) => a - b)
    .map((i) => r.word(i))
    .join(' ');
}

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
  /\b(?:attend|participat|join|take part|took part|travel|go|goes|going|went|come|came|refus|declin|invit)/i;

/**
 * Whether a sentence can give a relation, so is worth parsing (the parse is most of extraction's
 * time): every rule relates two mentions (or a meeting to a part of its name), except those that
 * relate one to the meeting in focus.
 */
export function mayRelate(sentence: Sentence, mentions: readonly Mention[]): boolean {
  // A meeting's name counts its parts: "the UN talks in Vienna" gives HELD_IN and ORGANIZES.
  const own = mentions.filter((m) => m.sentence === sentence.index).reduce((n, m) => n + 1 + (m.parts?.length ?? 0), 0);
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
    // A quote that names no speaker goes on with the sentence before's: 'Hariri stressed that ... "In
    // a free and transparent voting ..., we have come to the decision the Commission will not
    // participate in the Sochi conference."'
    const speaker: Speaker | null =
      speakerOf(r, sentence) ??
      (/^["“]/.test(sentence.text) && previous.sentence === sentence.index - 1 ? previous.speaker : null);
    if (speaker?.mention) Object.assign(previous, { sentence: sentence.index, speaker });
    const found: Found[] = [];
    const focusOrOwn = focus ?? own.find((m) => m.type === 'Meeting') ?? null;
    verbRules(r, focusOrOwn, ctx.gazetteer, speaker?.mention ?? null, found);
    modifierRules(r, found);
    nounRoleRules(r, found);
    nominalRules(r, focusOrOwn, found);
    betweenRules(r, found);
    titleRules(r, ctx, found);
    delegationHeadRules(r, found);
    ownMeetingRules(r, found);
    allyRules(r, found);
    meetingRules(r, found);
    participantRules(r, focusOrOwn, found);
    if (before.index === sentence.index - 1) ellipsisRule(r, before.found, found);
    before = { index: sentence.index, found: [...found] };
    const happened = happenedIn(sentence.text, ctx.published);
    for (const f of found) {
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
      if (m.type === 'Meeting') focus = m;
      if (!m.anaphor && !firstSentenceOf.has(m.entityId)) firstSentenceOf.set(m.entityId, sentence);
    }
    // The last meeting the sentence names or describes ("next week's Syrian peace conference in
    // Sochi") is in focus.
    const last = r.mentionAt.filter((m) => m?.type === 'Meeting').pop();
    if (last) focus = last;
  }
  inferHosts(out, ctx);
  inferOffices(out, firstSentenceOf, ctx);
  return out.relations;
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
