/** Verbs and the relation each states between its subject and its object or oblique. */
import type { RelationType } from '../../model/vocabulary.ts';
import { ACTOR, GROUP, MEETING, STANCE, type Types } from './argument-types.ts';

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
export const VERBS: readonly VerbRule[] = [
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
      // Who proposes or plans a meeting, or puts it off, is whose meeting it is.
      'propose',
      'plan',
      'postpone',
    ],
    targets: ['obj'],
    source: ACTOR,
    target: MEETING,
  },
  // "The UN has led talks in Geneva": a state or body that leads talks convenes them (mediating needs
  // its own word); a person who leads talks heads a side.
  { type: 'ORGANIZES', lemmas: ['lead'], targets: ['obj'], source: GROUP, target: MEETING },
  {
    type: 'MEDIATES',
    lemmas: ['mediate', 'co-mediate', 'broker', 'co-broker', 'chair', 'co-chair', 'facilitate', 'moderate'],
    targets: ['obj'],
    source: ACTOR,
    target: MEETING,
  },
  // "De Mistura presided over the session".
  { type: 'MEDIATES', lemmas: ['preside'], targets: ['obl:over'], source: ACTOR, target: MEETING },
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
      // "its participation was blocked by Turkey".
      'block',
    ],
    targets: ['obj'],
    source: ACTOR,
    target: STANCE,
  },
  // "Russia, Iran and Turkey signed the memorandum", "the text was signed by Lavrentiev": a signature backs a document.
  { type: 'SUPPORTS', lemmas: ['sign', 'ratify', 'initial'], targets: ['obj'], source: ACTOR, target: ['Document'] },
  // "objected to the plan".
  { type: 'OPPOSES', lemmas: ['object'], targets: ['obl:to'], source: ACTOR, target: STANCE },
  // "The rebels agreed to the evacuation", "consented to the talks".
  {
    type: 'SUPPORTS',
    lemmas: ['agree', 'consent'],
    targets: ['obl:to'],
    source: ACTOR,
    target: ['Position', 'Meeting', 'Document'],
  },
  // "warned against the congress", "voted against the resolution", "spoke out against the talks".
  {
    type: 'OPPOSES',
    lemmas: ['warn', 'vote', 'speak', 'campaign', 'argue', 'protest', 'rally', 'lobby'],
    targets: ['obl:against'],
    source: ACTOR,
    target: STANCE,
  },
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
    // "The congress will convene in Sochi", "the round ended in Astana on Friday".
    lemmas: [
      'hold',
      'take',
      'begin',
      'start',
      'open',
      'resume',
      'convene',
      'reconvene',
      'end',
      'conclude',
      'close',
      'continue',
    ],
    targets: ['obl:in'],
    source: MEETING,
    target: ['Place'],
  },
];

/** The verbs with a "co-" the tagger may leave unlemmatized ("co-sponsoring"). */
const CO_VERBS = new Set(VERBS.flatMap((rule) => rule.lemmas).filter((l) => l.startsWith('co-')));

/** "co-sponsor" from "co-sponsor|ing", "co-organize" from "co-organiz|ed". */
export function coVerb(stem: string): string {
  return [stem, `${stem}e`, stem.slice(0, -1)].find((c) => CO_VERBS.has(c)) ?? stem;
}
