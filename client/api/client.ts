/**
 * API client.
 *
 * Typed calls to Parley's HTTP API (../shared/DESIGN.md). Every failure becomes an `ApiError`
 * carrying the HTTP status and the API's error code, so panels can tell "Neo4j is down" (503)
 * from "no such entity" (404) from "bad query" (400, with Neo4j's position) from "the server
 * is unreachable" (status 0).
 */
import type {
  ArticleJson,
  CypherResultJson,
  DrawGraphJson,
  EdgeEvidenceJson,
  EvidenceJson,
  EntityJson,
  HealthJson,
  NodeDetailsJson,
  PathsJson,
  TimelineJson,
} from '../../src/model/json.ts';
import type { Extraction } from '../../src/ingest/types.ts';

export interface ErrorPosition {
  line: number;
  column: number;
  offset: number;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly neo4jCode: string | null;
  readonly position: ErrorPosition | null;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { neo4jCode?: string; position?: ErrorPosition } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.neo4jCode = extra.neo4jCode ?? null;
    this.position = extra.position ?? null;
  }

  /** A sentence for a person, saying what to do where there is something to do. */
  describe(): string {
    if (this.status === 0) return `Cannot reach the Parley server (${this.message}). Is it running?`;
    if (this.status === 503) return `The database is unavailable: ${this.message}. Start Neo4j and retry.`;
    return this.message;
  }
}

/** The overview: lean edges (no evidence), capped, with what the caps leave out. */
export interface OverviewJson extends DrawGraphJson {
  total: number;
  hidden: number;
  edgeTotal: number;
  edgesHidden: number;
}

export interface SearchResultJson extends EntityJson {
  score: number;
  /** The text is exactly one of its names or aliases; such hits come first. */
  exact: boolean;
}

export interface NeighboursJson extends DrawGraphJson {
  node: EntityJson;
}

export interface PathQuery {
  from: string;
  to: string;
  k?: number;
  maxHops?: number;
  types?: string[];
  /** Time and sources filters for the server (contract.md "Time parameters"). */
  scope?: ScopeParams;
}

/** `asOf`, or an event window `from`/`to`, and the outlets and speakers to keep. */
export interface ScopeParams {
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
  outlets?: string[];
  speakers?: string[];
  exceptOutlets?: string[];
  exceptSpeakers?: string[];
}

function scopeQuery(scope: ScopeParams | undefined): Record<string, string | undefined> {
  return {
    asOf: scope?.asOf ?? undefined,
    from: scope?.from ?? undefined,
    to: scope?.to ?? undefined,
    outlets: scope?.outlets?.join(','),
    speakers: scope?.speakers?.join(','),
    exceptOutlets: scope?.exceptOutlets?.join(','),
    exceptSpeakers: scope?.exceptSpeakers?.join(','),
  };
}

/** What the "Add article" panel sends (DESIGN.md: POST /api/articles). */
export interface ArticleInputJson {
  text: string;
  title?: string;
  url?: string;
  published?: string;
  outlet?: string;
}

/** The kept part of a dry run: entity ids and indexes into its `extraction.relations`. */
export interface ReviewedJson {
  entities: string[];
  relations: number[];
}

export interface ArticleResultJson {
  article: { id: string; title: string; published: string | null; created: boolean };
  created: { entities: number; relations: number };
  merged: { relations: number };
  dryRun: boolean;
  extraction: Extraction;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, 'bad_response', `api: ${path} answered ${response.status} without JSON`);
  }
  if (!response.ok) {
    const error = (
      body as { error?: { code?: string; message?: string; neo4jCode?: string; position?: ErrorPosition } }
    )?.error;
    throw new ApiError(response.status, error?.code ?? 'error', error?.message ?? `HTTP ${response.status}`, {
      neo4jCode: error?.neo4jCode,
      position: error?.position,
    });
  }
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString();
}

export interface SavedViewSummaryJson {
  id: string;
  name: string;
  createdAt: string;
}

export const api = {
  health: () => request<HealthJson>('/api/health'),
  graph: (limit?: number) => request<OverviewJson>(`/api/graph?${query({ limit })}`),
  search: (q: string, limit = 8, signal?: AbortSignal) =>
    request<{ query: string; results: SearchResultJson[] }>(`/api/search?${query({ q, limit })}`, { signal }),
  /** `page`: which of a hub's relationships (`offset`, `edges`) and how many reports of each. */
  node: (id: string, scope?: ScopeParams, page: { offset?: number; edges?: number; evidence?: number } = {}) =>
    request<NodeDetailsJson>(`/api/nodes/${encodeURIComponent(id)}?${query({ ...scopeQuery(scope), ...page })}`),
  /** `shown`: ids already on screen, so the neighbours not among them come first. */
  neighbours: (id: string, options: { types?: string[]; limit?: number; shown?: string[] } = {}) =>
    request<NeighboursJson>(
      `/api/nodes/${encodeURIComponent(id)}/neighbours?${query({ types: options.types?.join(','), limit: options.limit, shown: options.shown?.join(',') })}`,
    ),
  /** One edge with a page of its evidence (the overview and neighbours draw edges without it). */
  edgeEvidence: (id: string, offset = 0, limit = 50) =>
    request<EdgeEvidenceJson>(`/api/edges/${encodeURIComponent(id)}?${query({ offset, limit })}`),
  paths: (q: PathQuery) => {
    // `from`/`to` name the path's ends here, so the event window travels as windowFrom/windowTo.
    const { from: windowFrom, to: windowTo, ...scope } = scopeQuery(q.scope);
    return request<PathsJson>(
      `/api/paths?${query({ ...scope, windowFrom, windowTo, from: q.from, to: q.to, k: q.k, maxHops: q.maxHops, types: q.types?.join(',') })}`,
    );
  },
  timeline: (entity?: string) => request<TimelineJson>(`/api/timeline?${query({ entity })}`),
  disagreements: (entity?: string | null, limit = 50) =>
    request<DisagreementsJson>(`/api/disagreements?${query({ entity: entity ?? undefined, limit })}`),
  sources: () => request<SourcesJson>('/api/sources'),
  /** `plan`: run under EXPLAIN or PROFILE; the answer then carries the plan tree. */
  cypher: (cypherQuery: string, params: Record<string, unknown> = {}, plan?: 'explain' | 'profile') =>
    request<CypherResultJson>('/api/cypher', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: cypherQuery, params, plan }),
    }),
  /** Dry run (`reviewed` absent, `dryRun` true) or merge of an article, all of it or the reviewed part. */
  article: (input: ArticleInputJson, options: { dryRun: boolean; reviewed?: ReviewedJson; signal?: AbortSignal }) =>
    request<ArticleResultJson>(`/api/articles?${query({ dryRun: String(options.dryRun) })}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(options.reviewed ? { ...input, reviewed: options.reviewed } : input),
      signal: options.signal,
    }),
  saveView: (name: string, state: object) =>
    request<SavedViewSummaryJson>('/api/views', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, state }),
    }),
  views: () => request<{ views: SavedViewSummaryJson[] }>('/api/views'),
  view: (id: string) => request<SavedViewSummaryJson & { state: unknown }>(`/api/views/${encodeURIComponent(id)}`),
};

/** A report as a disagreement's side lists it: the evidence fields without the fact's scores. */
export type DisagreementReportJson = Omit<EvidenceJson, 'confidence' | 'curated'>;

export interface DisagreementJson {
  id: string;
  kind: 'negation' | 'opposed';
  source: string;
  target: string;
  sides: {
    edge: { id: string; type: string; evidence: DisagreementReportJson[]; sources?: ArticleJson[] };
    label: string;
  }[];
}

export interface DisagreementsJson {
  disagreements: DisagreementJson[];
  total: number;
}

/** Outlets and speakers with how many reports each (GET /api/sources). */
export interface SourcesJson {
  outlets: { name: string; reports: number }[];
  speakers: { id: string | null; name: string; reports: number }[];
}
