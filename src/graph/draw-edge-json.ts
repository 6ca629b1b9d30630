/**
 * Draw edge JSON.
 *
 * The lean edge the overview and the neighbour answers carry (contract "Lean drawing edges"):
 * what drawing and the time filter need, no evidence and no sources, which come on demand from
 * GET /api/edges/:id. Stores written before the fact-level fields read as their report lists say.
 * Also pages the report lists of a stored edge, so one hub fact never ships all its sentences.
 */
import type { DrawEdgeJson } from '../model/json.ts';
import type { RelationType } from '../model/vocabulary.ts';
import { relationId, type StoredEdge } from './edge-json.ts';

function dates(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((date): date is string => typeof date === 'string' && date !== '') : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function toDrawEdgeJson(edge: StoredEdge): DrawEdgeJson {
  const { props } = edge;
  const reported = dates(props.reportedOn).sort();
  const start = text(props.happenedStart);
  const end = text(props.happenedEnd);
  const json: DrawEdgeJson = {
    id: String(props.id ?? relationId(edge.source, edge.type, edge.target)),
    source: edge.source,
    target: edge.target,
    type: edge.type as RelationType,
    confidence: Number(props.confidence ?? 0),
    curated: props.curated === true,
    reportCount: Number(props.reportCount ?? 0),
    positive: props.positive !== false,
    disputed: props.disputed === true,
    firstReported: text(props.firstReported) ?? reported[0] ?? null,
    lastReported: text(props.lastReported) ?? reported.at(-1) ?? null,
    happened: start || end ? { start: start ?? end!, end: end ?? start! } : null,
  };
  if (typeof props.topic === 'string') json.topic = props.topic;
  if (typeof props.meeting === 'string') json.meeting = props.meeting;
  return json;
}

/** How many reports a stored edge has (its `evidence` list is one entry per report). */
export function reportTotal(props: Record<string, unknown>): number {
  return Array.isArray(props.evidence) ? props.evidence.length : 0;
}

/**
 * The stored edge with every report list cut to [offset, offset + limit). Report lists are the
 * arrays as long as `evidence` (parallel lists, one entry per report), whatever their names.
 */
export function pageReports(edge: StoredEdge, offset: number, limit: number): StoredEdge {
  const total = reportTotal(edge.props);
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edge.props)) {
    props[key] = Array.isArray(value) && value.length === total ? value.slice(offset, offset + limit) : value;
  }
  return { ...edge, props };
}
