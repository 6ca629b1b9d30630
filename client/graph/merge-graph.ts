/**
 * Merge graph.
 *
 * Turns API JSON (`{nodes, edges}` from the overview, an expansion, a path or a Cypher result)
 * into the render graph and the entity store. Nodes already drawn keep their positions; a new
 * node starts next to the neighbours it already has in the view (never at random), or on a
 * spiral around the drawing when it has none, or at a saved position when one is given. New
 * edges are added with their curvatures (and drawn edges of their pairs rewritten); sizes are
 * recomputed after each merge. A merge is two halves (nodes, then edges and sizes), so a large
 * one can be drawn in two frames.
 */
import type { DrawEdgeJson, EdgeJson, EntityJson } from '../../src/model/json.ts';
import { colorForRelation, colorForType } from './colors.ts';
import { importanceSizes, type SizeMetric } from './importance.ts';
import { curvaturesBeforeAdding, curveAttributes, writeCurvatures } from './parallel-edges.ts';
import type { EntityStore, RenderGraph } from './types.ts';

export type Positions = Record<string, [number, number]>;

/** What can be merged: full edges (details, paths, Cypher) or lean drawn ones (overview, expand). */
export interface MergeInput {
  nodes: EntityJson[];
  edges: (EdgeJson | DrawEdgeJson)[];
}

export interface MergeOptions {
  /** Saved positions (e.g. from the last visit); they win over computed placement. */
  positions?: Positions;
  /** The centrality node sizes follow (degree when absent). */
  sizeBy?: SizeMetric;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** `meeting` is an entity id: shown by its name when known, never as the raw id. */
export function edgeLabel(edge: EdgeJson | DrawEdgeJson, nameOf: (id: string) => string | undefined): string {
  const detail =
    typeof edge.topic === 'string' ? edge.topic : typeof edge.meeting === 'string' ? (nameOf(edge.meeting) ?? '') : '';
  return detail ? `${edge.type} (${detail})` : edge.type;
}

function extentOf(graph: RenderGraph): { cx: number; cy: number; radius: number } {
  if (graph.order === 0) return { cx: 0, cy: 0, radius: 1 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const radius = Math.max(maxX - minX, maxY - minY, 1) / 2;
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, radius };
}

/** Where a new node goes: next to its placed neighbours, else on a spiral around the drawing. */
function placeNodes(graph: RenderGraph, json: MergeInput, fresh: EntityJson[], positions: Positions): Positions {
  const placed: Positions = {};
  const adjacency = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = adjacency.get(from);
    if (list) list.push(to);
    else adjacency.set(from, [to]);
  };
  for (const edge of json.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const { cx, cy, radius } = extentOf(graph);
  const step = Math.max(radius * 0.15, 0.5);
  const positionOf = (id: string): [number, number] | undefined =>
    placed[id] ?? (graph.hasNode(id) ? [graph.getNodeAttribute(id, 'x'), graph.getNodeAttribute(id, 'y')] : undefined);

  let pending = fresh.map((entity) => entity.id);
  for (const id of pending) if (positions[id]) placed[id] = positions[id];
  pending = pending.filter((id) => !placed[id]);
  let counter = 0;
  while (pending.length > 0) {
    const next: string[] = [];
    for (const id of pending) {
      const anchors = (adjacency.get(id) ?? []).map(positionOf).filter((p): p is [number, number] => !!p);
      if (anchors.length === 0) {
        next.push(id);
        continue;
      }
      const ax = anchors.reduce((sum, [x]) => sum + x, 0) / anchors.length;
      const ay = anchors.reduce((sum, [, y]) => sum + y, 0) / anchors.length;
      const angle = counter++ * GOLDEN_ANGLE;
      placed[id] = [ax + Math.cos(angle) * step, ay + Math.sin(angle) * step];
    }
    if (next.length === pending.length) {
      // No placed neighbour anywhere: seed the first on a spiral and let the others follow it.
      const id = next.shift()!;
      const index = counter++;
      const r = graph.order === 0 && Object.keys(placed).length === 0 ? 0 : radius + step * Math.sqrt(index + 1);
      placed[id] = [cx + Math.cos(index * GOLDEN_ANGLE) * r, cy + Math.sin(index * GOLDEN_ANGLE) * r];
    }
    pending = next;
  }
  return placed;
}

export function mergeGraph(
  graph: RenderGraph,
  store: EntityStore,
  json: MergeInput,
  options: MergeOptions = {},
): MergeResult {
  return mergeEdges(graph, store, json, options, mergeNodes(graph, store, json, options));
}

/**
 * A merge's first half: stores the entities and adds the new nodes, placed as the whole answer
 * places them (next to neighbours its edges name). Returns the nodes added.
 */
export function mergeNodes(
  graph: RenderGraph,
  store: EntityStore,
  json: MergeInput,
  options: MergeOptions = {},
): string[] {
  if (!json || !Array.isArray(json.nodes) || !Array.isArray(json.edges)) {
    throw new TypeError('mergeGraph: expected {nodes, edges} arrays');
  }
  const fresh = json.nodes.filter((entity) => !graph.hasNode(entity.id));
  const unique = [...new Map(fresh.map((entity) => [entity.id, entity])).values()];
  const placed = placeNodes(graph, json, unique, options.positions ?? {});
  for (const entity of json.nodes) {
    store.entities.set(entity.id, { ...store.entities.get(entity.id), ...entity });
  }
  const addedNodes: string[] = [];
  for (const entity of unique) {
    const [x, y] = placed[entity.id]!;
    graph.addNode(entity.id, {
      label: entity.name,
      x,
      y,
      size: 5,
      color: colorForType(entity.type),
      entityType: entity.type,
    });
    addedNodes.push(entity.id);
  }
  return addedNodes;
}

/**
 * A merge's second half, after mergeNodes: adds the new edges with their curvatures (rewriting
 * drawn edges of their pairs) and recomputes the sizes when anything was added.
 */
export function mergeEdges(
  graph: RenderGraph,
  store: EntityStore,
  json: MergeInput,
  options: MergeOptions = {},
  addedNodes: string[] = [],
): MergeResult {
  const adding = new Map<string, EdgeJson | DrawEdgeJson>();
  for (const edge of json.edges) {
    // A lean edge never replaces one whose evidence is already known.
    const known = store.edges.get(edge.id);
    store.edges.set(edge.id, known?.evidence && !('evidence' in edge) ? { ...known, ...edge } : edge);
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (!adding.has(edge.id)) adding.set(edge.id, edge);
  }
  const curvatures = curvaturesBeforeAdding(graph, [...adding.values()]);
  for (const edge of adding.values()) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      label: edgeLabel(edge, (id) => store.entities.get(id)?.name),
      relationType: edge.type,
      size: 1.5 + Math.min(reportsOf(edge), 4) * 0.5,
      color: colorForRelation(edge.type),
      ...curveAttributes(curvatures[edge.id] ?? null),
    });
  }
  const addedEdges = [...adding.keys()];
  // Incremental: of the edges drawn before, only those of the new edges' pairs may change curve.
  writeCurvatures(graph, curvatures);
  if (addedNodes.length > 0 || addedEdges.length > 0) importanceSizes.assign(graph, { metric: options.sizeBy });
  return { addedNodes, addedEdges };
}

function reportsOf(edge: EdgeJson | DrawEdgeJson): number {
  if (typeof edge.reportCount === 'number') return edge.reportCount;
  return 'evidence' in edge ? edge.evidence.length : 1;
}
