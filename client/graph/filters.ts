/**
 * Filters.
 *
 * Which nodes and edges of the render graph pass the filters (node types, relationship types,
 * source article, the time window of the slider, the sources filter, nodes hidden by hand) and
 * the counts the panels show. Pure: the result feeds the reducers, which fade or hide what did
 * not pass; nothing is removed from the graph and nothing moves.
 */
import type { EdgeJson, EntityJson } from '../../src/model/json.ts';
import {
  checkTimeWindow,
  emptyTimeWindow,
  isTimeFiltering,
  overlaps,
  timeVerdict,
  type TimeFields,
  type TimeWindow,
} from './time-window.ts';
import type { EntityStore, RenderGraph, StoredEdgeJson } from './types.ts';

export type FilterMode = 'fade' | 'hide';

export interface FilterState {
  hiddenNodeTypes: ReadonlySet<string>;
  hiddenRelationTypes: ReadonlySet<string>;
  /** Keep only edges reported in this article (its id). */
  article: string | null;
  /** The time slider's window: "as of" a day, or an event window; never both (DESIGN.md "Time"). */
  time: TimeWindow;
  /** The outlets and speakers the sources filter keeps, in the server's form (null: every source). */
  sources: SourcesScope | null;
  /** Edges the sources filter leaves without a report (null: no sources filter). */
  unsourced: ReadonlySet<string> | null;
  /** Nodes hidden by hand. */
  hiddenNodes: ReadonlySet<string>;
  mode: FilterMode;
}

export interface TypeCount {
  total: number;
  shown: number;
}

export interface FilterResult {
  /** Nodes and edges that did not pass. */
  nodes: Set<string>;
  edges: Set<string>;
  nodeTypes: Record<string, TypeCount>;
  relationTypes: Record<string, TypeCount>;
  nodesShown: number;
  edgesShown: number;
  /** Shown edges whose reports disagree (drawn distinctly, client/graph/edge-style.ts). */
  disputed: Set<string>;
  /** Edges kept by an event window although they carry no event date. */
  undated: Set<string>;
  /** Edges and the reports on them that the time window leaves out. */
  timeOut: { edges: number; reports: number };
}

/** Per list, those to keep or those to leave out (GET /api/graph's `outlets`, `exceptOutlets`, ...). */
export interface SourcesScope {
  outlets?: string[];
  speakers?: string[];
  exceptOutlets?: string[];
  exceptSpeakers?: string[];
}

export function emptyFilters(): FilterState {
  return {
    hiddenNodeTypes: new Set(),
    hiddenRelationTypes: new Set(),
    article: null,
    time: emptyTimeWindow(),
    sources: null,
    unsourced: null,
    hiddenNodes: new Set(),
    mode: 'fade',
  };
}

/** A meeting's own dates, where it has them, as a span: an event window keeps it only if they overlap. */
function entitySpan(entity: EntityJson | undefined): { start: string; end: string } | null {
  const start = typeof entity?.start === 'string' ? entity.start.slice(0, 10) : null;
  const end = typeof entity?.end === 'string' ? entity.end.slice(0, 10) : start;
  return start && end ? { start, end } : null;
}

/** The lean time fields, from a drawn edge or from a full one that carries them too. */
function timeFields(edge: StoredEdgeJson | EdgeJson): TimeFields {
  const happened = edge.happened as TimeFields['happened'] | undefined;
  return {
    firstReported: typeof edge.firstReported === 'string' ? edge.firstReported : null,
    happened: happened ?? null,
  };
}

function reportCount(edge: StoredEdgeJson | EdgeJson | undefined): number {
  if (typeof edge?.reportCount === 'number') return edge.reportCount;
  return edge?.evidence?.length ?? 0;
}

function count(map: Record<string, TypeCount>, key: string, shown: boolean): void {
  const entry = (map[key] ??= { total: 0, shown: 0 });
  entry.total += 1;
  if (shown) entry.shown += 1;
}

export function applyFilters(graph: RenderGraph, store: EntityStore, filters: FilterState): FilterResult {
  checkTimeWindow(filters.time);
  const { time } = filters;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const undated = new Set<string>();
  const disputed = new Set<string>();
  const timeOut = { edges: 0, reports: 0 };
  const byEdgeScope = filters.article !== null || filters.unsourced !== null || isTimeFiltering(time);
  graph.forEachNode((node, attrs) => {
    const span = entitySpan(store.entities.get(node));
    const outOfWindow = !!span && !overlaps(span.start, span.end, time.from, time.to);
    if (filters.hiddenNodeTypes.has(attrs.entityType) || filters.hiddenNodes.has(node) || outOfWindow) nodes.add(node);
  });
  const supported = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    const data = store.edges.get(edge);
    const byArticle = !filters.article || !!data?.sources?.some((article) => article.id === filters.article);
    const verdict = data ? timeVerdict(timeFields(data), time) : 'in';
    if (verdict === 'out') {
      timeOut.edges += 1;
      timeOut.reports += reportCount(data);
    }
    const pass =
      !filters.hiddenRelationTypes.has(attrs.relationType) &&
      byArticle &&
      verdict !== 'out' &&
      !filters.unsourced?.has(edge) &&
      !nodes.has(source) &&
      !nodes.has(target);
    if (pass) {
      if (verdict === 'undated') undated.add(edge);
      if (data?.disputed === true) disputed.add(edge);
      supported.add(source);
      supported.add(target);
    } else edges.add(edge);
  });
  // With an article, a time window or a sources filter, a node stays only if one of its edges does.
  if (byEdgeScope) graph.forEachNode((node) => !supported.has(node) && nodes.add(node));

  const nodeTypes: Record<string, TypeCount> = {};
  const relationTypes: Record<string, TypeCount> = {};
  graph.forEachNode((node, attrs) => count(nodeTypes, attrs.entityType, !nodes.has(node)));
  graph.forEachEdge((edge, attrs) => count(relationTypes, attrs.relationType, !edges.has(edge)));
  return {
    nodes,
    edges,
    nodeTypes,
    relationTypes,
    nodesShown: graph.order - nodes.size,
    edgesShown: graph.size - edges.size,
    disputed,
    undated,
    timeOut,
  };
}

/** The articles behind the edges in view, for the source filter, most-cited first. */
export function articlesInView(graph: RenderGraph, store: EntityStore): { id: string; title: string; edges: number }[] {
  const found = new Map<string, { id: string; title: string; edges: number }>();
  graph.forEachEdge((edge) => {
    for (const article of store.edges.get(edge)?.sources ?? []) {
      const entry = found.get(article.id) ?? { id: article.id, title: article.title || article.id, edges: 0 };
      entry.edges += 1;
      found.set(article.id, entry);
    }
  });
  return [...found.values()].sort((a, b) => b.edges - a.edges || a.title.localeCompare(b.title));
}
