/**
 * Run Cypher.
 *
 * The Cypher console: a user's query in a read transaction (Neo4j refuses writes itself) with a
 * time limit, a row cap and a byte cap (the rows are streamed and cut, so one huge answer cannot
 * sink the API), and every node, relationship and path found in the rows gathered as
 * a graph the view can draw. Under EXPLAIN or PROFILE (the console's toggle, or typed) the plan
 * comes back as a plain tree; PROFILE runs in the same read transaction, so writes stay refused.
 */
import type { Database } from '../db/database.ts';
import {
  isPlainNode,
  isPlainPath,
  isPlainRelationship,
  type PlainNode,
  type PlainRelationship,
} from '../db/to-plain.ts';
import { toPlain } from '../db/to-plain.ts';
import type { CypherResultJson, EntityJson, PlanJson } from '../model/json.ts';
import { guardConsoleQuery, splitPlanMode, type PlanMode } from './console-guard.ts';
import { toEntityJson } from './entity-json.ts';
import { edgesWithSources } from './sources.ts';
import type { StoredEdge } from './edge-json.ts';

function collect(value: unknown, nodes: Map<string, PlainNode>, rels: Map<string, PlainRelationship>): void {
  if (isPlainNode(value)) nodes.set(value.elementId, value);
  else if (isPlainRelationship(value)) rels.set(value.elementId, value);
  else if (isPlainPath(value)) {
    value.nodes.forEach((node) => nodes.set(node.elementId, node));
    value.relationships.forEach((rel) => rels.set(rel.elementId, rel));
  } else if (Array.isArray(value)) value.forEach((item) => collect(item, nodes, rels));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => collect(item, nodes, rels));
}

/** Nodes without Parley's own shape (e.g. articles) still get an id, name and type to draw. */
function nodeJson(node: PlainNode): EntityJson {
  const props = node.properties;
  if (node.labels.includes('Entity') && typeof props.id === 'string') return toEntityJson(props);
  const label = node.labels[0] ?? 'Node';
  const name = props.title ?? props.name ?? props.id ?? node.elementId;
  return toEntityJson({ ...props, id: String(props.id ?? node.elementId), name: String(name), type: label });
}

const count = (value: unknown): number | null => {
  const plain = toPlain(value);
  return typeof plain === 'number' && Number.isFinite(plain) ? plain : null;
};

/** The driver's Plan or ProfiledPlan as plain JSON; PROFILE's rows and db hits only when profiled. */
export function planJson(plan: unknown): PlanJson | null {
  if (!plan || typeof plan !== 'object') return null;
  const step = plan as {
    operatorType?: unknown;
    arguments?: Record<string, unknown>;
    identifiers?: unknown[];
    children?: unknown[];
    dbHits?: unknown;
    rows?: unknown;
  };
  const profiled = 'dbHits' in step;
  return {
    operator: String(step.operatorType ?? '').split('@')[0]!,
    details: String(toPlain(step.arguments?.Details) ?? ''),
    identifiers: (step.identifiers ?? []).map(String),
    estimatedRows: count(step.arguments?.EstimatedRows),
    rows: profiled ? count(step.rows) : null,
    dbHits: profiled ? count(step.dbHits) : null,
    children: (step.children ?? []).map(planJson).filter((child) => child !== null),
  };
}

export async function runCypher(
  db: Database,
  query: string,
  params: Record<string, unknown>,
  limits: { timeoutMs: number; rowLimit: number; maxBytes: number },
  plan?: PlanMode,
): Promise<CypherResultJson> {
  const started = performance.now();
  await guardConsoleQuery(db, query, params);
  const { prefix, mode, body } = splitPlanMode(query);
  const chosen = plan ?? mode;
  const text = chosen ? `${prefix}${chosen.toUpperCase()} ${body}` : query;
  const result = await db.userReadQuery(text, params, limits);
  const nodes = new Map<string, PlainNode>();
  const rels = new Map<string, PlainRelationship>();
  collect(result.rows, nodes, rels);
  const entities = new Map([...nodes].map(([elementId, node]) => [elementId, nodeJson(node)]));
  const stored: StoredEdge[] = [...rels.values()]
    .filter((rel) => entities.has(rel.startNodeElementId) && entities.has(rel.endNodeElementId))
    .map((rel) => ({
      type: rel.type,
      source: entities.get(rel.startNodeElementId)!.id,
      target: entities.get(rel.endNodeElementId)!.id,
      props: { id: rel.properties.id ?? rel.elementId, ...rel.properties },
    }));
  const { edges } = await edgesWithSources(db, stored);
  return {
    columns: result.columns,
    rows: result.rows,
    graph: { nodes: [...entities.values()], edges },
    truncated: result.truncatedBy !== null,
    truncatedBy: result.truncatedBy,
    rowLimit: limits.rowLimit,
    byteLimit: limits.maxBytes,
    elapsedMs: Math.round(performance.now() - started),
    plan: chosen ? planJson(result.plan) : null,
  };
}
