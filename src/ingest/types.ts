/**
 * Extraction types.
 *
 * The shapes that flow through the ingestion pipeline (clean -> sentences -> entities ->
 * coreference -> resolve -> relations) and the extraction JSON it returns (../shared/DESIGN.md,
 * "Extraction JSON"). Stages exchange plain records with character offsets into the cleaned text,
 * so each stage is a pure function testable on its own.
 */
import type { EntityJson } from '../model/json.ts';
import type { EntityType, RelationType } from '../model/vocabulary.ts';
import type { Parser } from '../nlp/parser.ts';

/** The article as the extraction names it. */
export interface ExtractionArticle {
  id: string;
  title: string;
  published: string | null;
  url?: string;
}

/** An entity the article mentions: one already known (graph, lexicon) or a new one. */
export interface ExtractedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Documents: their number. */
  number?: string;
  /** Meetings: when they ran, where the text says. */
  start?: string;
  end?: string;
}

/** One relation as one sentence reports it. */
export interface ExtractedRelation {
  source: string;
  type: RelationType;
  target: string;
  /** The sentence, verbatim from the input text. */
  evidence: string;
  confidence: number;
  /** MEETS: what they discussed. */
  topic?: string;
  /** INVITES between actors: the meeting (an entity id). */
  meeting?: string;
  /** When it took place, where the sentence says (ISO days). */
  happened: { start: string; end: string } | null;
  /** Who makes the claim ("X said"): an entity id or the words used; null when the outlet states it. */
  attributedTo: string | null;
  /** The sentence denies it. */
  negated: boolean;
  /** `inferred`: a rule adds it (its name in `rule`); never what the sentence says. */
  basis: 'stated' | 'inferred';
  rule?: string;
}

export interface Extraction {
  article: ExtractionArticle;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  dropped: string[];
  warnings: string[];
}

export interface ExtractOptions {
  title?: string;
  url?: string;
  /** YYYY-MM-DD; else the dateline, else null. */
  published?: string;
  /** Entities already in the graph: their ids win over the lexicon's. */
  gazetteer?: EntityJson[];
  /** The dependency parser to use; the app's shared warm one by default. */
  parser?: Parser;
}

/** What `clean` makes of a raw article. */
export interface CleanedText {
  /** The report: normalized, one paragraph per line, the title (when there is one) first. */
  text: string;
  /** For each character of `text`, its offset in the original input. */
  origin: number[];
  /** Lines removed from the report, as they appeared. */
  dropped: string[];
  title: string | null;
  /** YYYY-MM-DD from a dateline. */
  published: string | null;
  byline: string | null;
  /** The dateline as written ("Jan 28, 2018, 00:38", "GENEVA (Reuters) -"). */
  dateline: string | null;
  /** Length of the title line at the start of `text` (0 when there is no title). */
  titleLength: number;
}

export interface Sentence {
  index: number;
  /** Offsets into the cleaned text: text.slice(start, end). */
  start: number;
  end: number;
  text: string;
}

/** How a mention was found. */
export type MentionSource = 'gazetteer' | 'lexicon' | 'pattern' | 'ner' | 'coreference';

/** A stretch of a sentence that names (or refers to) an entity. */
export interface Mention {
  /** Offsets into the cleaned text. */
  start: number;
  end: number;
  sentence: number;
  /** The words as written. */
  text: string;
  entityId: string;
  type: EntityType;
  source: MentionSource;
  /** "Moscow's": the possessive 's follows `end`. */
  possessive: boolean;
  /** An adjective of a state ("Turkish forces"), not a name. */
  demonym?: boolean;
  /** A pronoun or description ("he", "the special envoy") resolved to `entityId`. */
  anaphor?: boolean;
  /** A new entity (`entityId` is "new:Type:folded name" until resolved): the name it would take. */
  name?: string;
  /** Documents: the number as written. */
  number?: string;
  /** Meetings: the date the text gives (YYYY-MM-DD). */
  date?: string;
  /** Meetings: one the text sets beside the one it reports ("the first tripartite summit"), never in focus. */
  aside?: boolean;
  /** Names inside a meeting's name ("United Nations talks in Vienna": the UN, Vienna). */
  parts?: Mention[];
  /** Meetings: named by the people who met ("the meeting among Erdoğan and Rouhani"), who attend it. */
  byParticipants?: boolean;
  /** A group ("the guarantor countries", "the leaders"): each entity it stands for, `entityId` the first. */
  members?: Mention[];
}
