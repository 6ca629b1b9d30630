/** What a relation rule finds in a sentence, the rules' names, and what every rule may consult. */
import type { RelationType } from '../../model/vocabulary.ts';
import type { Gazetteer } from '../entities.ts';
import type { Mention, Sentence } from '../types.ts';

export interface RelationContext {
  gazetteer: Gazetteer;
  published: string | null;
  /** The sentence as the input wrote it. */
  evidence: (sentence: Sentence) => string;
}

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
  'at-meeting',
  'delegation-at',
  'involved',
  'attending-clause',
  'verdict',
  'auspices',
  'audience',
  'participle',
  'framing-talks',
  'agenda',
  'briefing',
  'together-at',
  'brought-together',
  'meeting-of',
  'title-for',
  'brand-claim',
  'membership',
  'naming-verdict',
  'predicate-stance',
  'hope',
  'received-stance',
  'gapped-agent',
  'involving',
  'exchanged-views',
  'being-at',
  'phoned',
  'participle-focus',
  'host-venue',
  'role-as',
  'co-organizers',
  'initiative-of',
  'mediator-title',
  'from-side',
  'same-table',
  'participant-meeting',
  'accompanied',
  'brought-to',
] as const;
export type RuleName = (typeof RULES)[number];

export interface Found {
  source: Mention;
  type: RelationType;
  target: Mention;
  rule: RuleName;
  negated: boolean;
  meeting?: string;
  /** Read through the lexicon, not said by the sentence ("Astana has hosted": its state hosts). */
  inferred?: boolean;
}
