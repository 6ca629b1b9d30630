/**
 * Wire shapes.
 *
 * The plain JSON that the API, the CLI and the client exchange (../shared/DESIGN.md). Driver
 * values never leave src/db; everything above it speaks these types.
 */
import type { EntityType, RelationType } from './vocabulary.ts';

export interface ArticleJson {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  ingestedAt: string | null;
}

export interface EntityJson {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Further properties: start/end for meetings, number for documents, note, curated. */
  [property: string]: unknown;
}

/** One report of a fact: the sentence and the article it came from. */
export interface EvidenceJson {
  text: string;
  articleId: string;
  confidence: number;
  /** When the fact was reported (the article's publication date), where known. */
  reported: string | null;
  curated: boolean;
  /** When the fact took place, where the text or the record says; never the report date by default. */
  happened: { start: string; end: string } | null;
  /** Who makes the claim: an entity id or the words used; null when the outlet states it itself. */
  attributedTo: string | null;
  /** The sentence denies the fact. */
  negated: boolean;
  basis: 'stated' | 'inferred' | 'curated';
  /** The rule that inferred it, for basis 'inferred'. */
  rule: string | null;
}

/** What every wire shape of a fact carries: its id, ends, type and strongest report. */
export interface FactJson {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** The strongest confidence among its reports. */
  confidence: number;
  curated: boolean;
}

export interface EdgeJson extends FactJson {
  evidence: EvidenceJson[];
  /** The articles behind `evidence`, each once. */
  sources: ArticleJson[];
  /** In node details: how many reports the fact has when `evidence` holds only the first ones. */
  evidenceTotal?: number;
  /** Further properties: topic (MEETS), meeting (INVITES), start/end, note. */
  [property: string]: unknown;
}

/** Reports per day, for the time slider (GET /api/timeline). */
export interface TimelineJson {
  days: { date: string; reported: number; happened: number }[];
  /** Reports with no event date. */
  undated: number;
}

export interface GraphJson {
  nodes: EntityJson[];
  edges: EdgeJson[];
}

/** A fact as drawn (overview, neighbours): no evidence; GET /api/edges/:id pages it on demand. */
export interface DrawEdgeJson extends FactJson {
  reportCount: number;
  /** Some report is not negated: the fact is an edge for paths and layout. */
  positive: boolean;
  disputed: boolean;
  firstReported: string | null;
  lastReported: string | null;
  happened: { start: string; end: string } | null;
  topic?: string;
  meeting?: string;
}

export interface DrawGraphJson {
  nodes: EntityJson[];
  edges: DrawEdgeJson[];
}

/** One fact with a page of its reports (GET /api/edges/:id). */
export interface EdgeEvidenceJson {
  edge: EdgeJson;
  evidenceTotal: number;
  offset: number;
  limit: number;
}

export interface NodeDetailsJson {
  node: EntityJson;
  /** The strongest relationships, at most the requested number; `edgeTotal` says how many exist. */
  edges: EdgeJson[];
  neighbours: EntityJson[];
  /** The latest articles mentioning it, at most the requested number, of `articleTotal`. */
  articles: ArticleJson[];
  edgeTotal: number;
  /** How many stronger relationships this page skipped (`offset`); absent means 0. */
  edgeOffset?: number;
  articleTotal: number;
}

export interface PathHopJson {
  from: string;
  to: string;
  edge: string;
  /** true when the hop walks the relationship against its direction. */
  reversed: boolean;
  text: string;
}

export interface PathJson {
  nodes: EntityJson[];
  relationships: EdgeJson[];
  hops: PathHopJson[];
  /** One line per hop, each citing its sentence and article. */
  explanation: string;
  /** The path in one line: "Russia -HOSTS-> Congress <-BOYCOTTS- SNC". */
  summary: string;
  length: number;
}

export interface PathsJson {
  from: EntityJson;
  to: EntityJson;
  paths: PathJson[];
  /** Present when the shortest routes were fewer than asked and the search for longer ones ran past its time budget: more routes may exist. */
  cutShort?: true;
}

/** One operator of a console query's plan (EXPLAIN or PROFILE), with its inputs as children. */
export interface PlanJson {
  operator: string;
  details: string;
  identifiers: string[];
  estimatedRows: number | null;
  /** Measured by PROFILE only. */
  rows: number | null;
  dbHits: number | null;
  children: PlanJson[];
}

export interface CypherResultJson {
  columns: string[];
  rows: unknown[][];
  graph: GraphJson;
  truncated: boolean;
  /** Which cap cut the rows: `rowLimit` rows or `byteLimit` bytes of rows as JSON; null when not cut. */
  truncatedBy: 'rows' | 'bytes' | null;
  rowLimit: number;
  byteLimit: number;
  elapsedMs: number;
  /** The plan, when the query was run with EXPLAIN or PROFILE. */
  plan: PlanJson | null;
}

export interface HealthJson {
  status: 'ok' | 'unavailable';
  neo4j: { connected: boolean; version: string | null; uri: string; edition?: string | null };
}

/**
 * How a time or sources filter shaped an answer (asOf, from/to, outlets, speakers on the graph,
 * node, neighbour, path and search routes): the filter, the reports it left out and why, the
 * undated reports it kept, and `empty` when nothing is left.
 */
export interface TimeFilterJson {
  asOf: string | null;
  from: string | null;
  to: string | null;
  outlets: string[] | null;
  speakers: string[] | null;
  /** Outlets and speakers left out (a filter that drops a few of many). */
  exceptOutlets: string[] | null;
  exceptSpeakers: string[] | null;
  excluded: { reports: number; reason: string | null; byReason: { reason: string; reports: number }[] };
  /** Reports kept in an event window although they have no event date. */
  undated: number;
  empty: boolean;
}
