/** The word classes the rules read predicates and nouns by ("attend", "take part", "delegation"). */
import type { MeetingKind } from '../lexicon.ts';

export const ROLE_NOUNS = new Set([
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
  'secretary-general',
  'mediator',
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
export const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'h.e.',
  'sheikh',
  'general',
  'gen',
  'colonel',
  'special',
  'foreign',
]);
export const SAY = new Set([
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
export const BACK = new Set(['support', 'back']);
/** What a leader's possessive stands for: "Assad's forces" are his state's. */
export const LEADER_HOLDINGS = new Set(['forces', 'government', 'regime', 'troops', 'army', 'military']);
/** "has given Assad's government crucial support", "threw its support behind": the verbs that give backing. */
export const GIVE = new Set(['give', 'provide', 'offer', 'lend', 'extend', 'throw']);
/** "A fresh round is scheduled for next week in Astana": the verbs whose meeting, set somewhere, is held there. */
export const SCHEDULE = new Set(['schedule', 'slate']);
/** "The Astana talks involved Turkey and Iran": the verbs whose meeting subject has its object take part. */
export const INVOLVE = new Set(['involve', 'include', 'gather']);
/** "welcomed the outcome of the talks": what a meeting gives, a stance on which is on the meeting. */
export const OUTCOME = new Set(['outcome', 'result', 'results', 'outcomes', 'success', 'conclusion']);
/** Acts done together, which those who do them at a meeting do with each other: "agreed at a summit". */
export const JOINT = new Set([
  'agree',
  'sign',
  'decide',
  'adopt',
  'approve',
  'reaffirm',
  'pledge',
  'issue',
  'reach',
  'discuss',
  'vow',
]);
/** Verbs whose plural subject meets among itself when no one else is named. */
export const MEET = new Set(['meet', 'discuss', 'confer']);
/** Verbs that, with someone, meet them: "talked with", "negotiated with". */
export const TALK = new Set(['talk', 'speak', 'negotiate', 'consult']);
/** "held dialogue with", "had talks with": the nouns that make holding a meeting with someone. */
export const TALKS = new Set(['dialogue', 'talk', 'talks', 'meeting', 'consultation', 'consultations', 'discussion']);
/** "received backing from Turkey for the congress". */
export const BACKING = new Set(['backing', 'support', 'endorsement']);
/** Meeting heads a description may use without a name ("next week's peace conference in Sochi"). */
export const MEETING_HEADS = new Set(['conference', 'congress', 'talks', 'negotiations', 'summit', 'round', 'meeting']);
export const HELD = new Set(['hold', 'take', 'convene']);
/** "Talks ... are set to begin in Astana": where a meeting begins is where it is held. */
export const BEGIN = new Set(['begin', 'start', 'open', 'resume']);
/** What "a meeting" there may be: the talks held there, or (on or near its days, see knownMeetingAt)
 * any meeting; a summit months away is no "group meeting in Ankara". */
export const MEETING_KINDS: readonly MeetingKind[] = ['talks', 'meeting'];
/** Place words that stand before the name: "the Russian city of Sochi". */
export const PLACE_WORDS = new Set(['city', 'resort', 'capital', 'town']);
/** Taking part: "will not attend" announces a refusal (BOYCOTTS). */
export const TAKE_PART = new Set(['attend', 'participate', 'join', 'take']);
/** Going: "won't go" only denies attending, unless a refusal or decision says more. */
export const GO = new Set(['travel', 'go', 'come', ...TAKE_PART]);
export const REFUSE = new Set(['refuse', 'decline', 'refrain', 'abstain']);
export const DECIDE = new Set(['decide', 'decision', 'vote', 'choose', 'resolve']);
/** "Russia announced an initiative to organize a conference": nouns whose act is their owner's, as a decision is. */
/** Titles of those who speak for a body: what they announce the body decided is the body's. */
export const SPEAKS_FOR = new Set(['head', 'leader', 'chief', 'chairman', 'spokesman', 'spokeswoman', 'spokesperson']);
export const PLAN = new Set(['initiative', 'plan', 'proposal', 'intention', 'bid']);
/** Verbs that keep an act from happening: "blocked a UN condemnation of the regime". */
export const PREVENT = new Set(['prevent', 'block', 'veto', 'stop', 'thwart', 'avert', 'obstruct']);
/** Verbs whose gerund adjunct tells what their object did: "accused Russia of undermining the talks". */
export const ACCUSE = new Set(['accuse', 'blame', 'charge', 'fault', 'criticize', 'criticise', 'condemn']);
/** Plural nouns that count back to the states just named: "the three countries". */
export const COUNTED = /^(?:countries|states|powers|nations|guarantors)$/i;
/** Number words from two. */
export const NUMBERS = ['two', 'three', 'four', 'five', 'six'];
/** "The three countries also met": a sentence whose states are counted back from the sentence before. */
export const COUNTED_PHRASE = new RegExp(
  `\\b(?:${NUMBERS.join('|')})\\s+\\S*\\s*(?:countries|states|powers|nations|guarantors)\\b`,
  'i',
);
/** Heading a delegation: "The Turkish delegation will be chaired by Sedat Onal". */
export const LEAD = new Set(['head', 'lead', 'chair']);
export const SERVE = new Set(['serve', 'act', 'work']);
export const BASE = new Set(['base', 'ground']);
/** "Russia is sending presidential envoy Alexander Lavrentiev to Astana": whom one sends speaks for them. */
export const SEND = new Set(['send', 'dispatch', 'delegate']);
/** Verbs of coming to a place, which, with a meeting for their goal, attend it. */
export const ARRIVE = new Set([
  'arrive',
  'travel',
  'go',
  'come',
  'fly',
  'head',
  'return',
  'gather',
  'assemble',
  'converge',
]);
export const DELEGATION = /^(?:delegation|delegations|team|side)$/i;
/** Nouns for those who take part in a meeting: "Turkey was among the participants". */
export const PARTAKERS = new Set(['participant', 'delegate', 'attendee', 'observer', 'invitee']);
/** A sentence about a meeting's participants, which "Among them are ..." goes on with. */
export const PARTAKING =
  /\b(?:participants?|delegates?|delegations?|attendees?|observers?|invitees?|take part|taking part|took part|attend\w*|participat\w*)\b/i;
/** "met on Monday Zarif": the days a meeting's date may name. */
export const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Verbs that ask or hope for an act: "urged X to send", "invited X to attend". */
export const WISH = new Set([
  'urge',
  'call',
  'ask',
  'invite',
  'want',
  'hope',
  'encourage',
  'press',
  'request',
  'demand',
]);
