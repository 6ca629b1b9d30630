/**
 * Filters.
 *
 * Which nodes and edges of the render graph pass the filters (node types, relationship types,
 * source article, date range, nodes hidden by hand) and the counts the filters panel shows.
 * Pure: the result feeds the reducers, which fade or hide what did not pass; nothing is
 * removed from the graph.
 */
import type { EdgeJson, EntityJson } from '../../src/model/json.ts';
import type { EntityStore, RenderGraph, StoredEdgeJson } from './types.ts';

export type FilterMode = 'fade' | 'hide';

export interface FilterState {
  hiddenNodeTypes: ReadonlySet<string>;
  hiddenRelationTypes: ReadonlySet<string>;
  /** Keep only edges reported in this article (its id). */
  article: string | null;
  /** Inclusive ISO dates (YYYY-MM-DD); elements without dates are kept. */
  dateFrom: string | null;
  dateTo: string | null;
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
}

export function emptyFilters(): FilterState {
  return {
    hiddenNodeTypes: new Set(),
    hiddenRelationTypes: new Set(),
    article: null,
    dateFrom: null,
    dateTo: null,
    hiddenNodes: new Set(),
    mode: 'fade',
  };
}

export function isFiltering(filters: FilterState): boolean {
  return (
    filters.hiddenNodeTypes.size > 0 ||
    filters.hiddenRelationTypes.size > 0 ||
    filters.hiddenNodes.size > 0 ||
    filters.article !== null ||
    filters.dateFrom !== null ||
    filters.dateTo !== null
  );
}

/** The dates an edge carries: when reported, and when it happened where known. */
export function edgeDates(edge: EdgeJson | StoredEdgeJson): string[] {
  const dates = (edge.evidence ?? []).map((report) => report.reported).filter((d): d is string => !!d);
  // Lean drawn edges carry their first and last report dates instead of their reports.
  for (const date of [edge.firstReported, edge.lastReported]) if (typeof date === 'string') dates.push(date);
  const props = edge as Record<string, unknown>;
  for (const key of ['start', 'end', 'date']) if (typeof props[key] === 'string') dates.push(props[key] as string);
  return dates;
}

export function entityDates(entity: EntityJson): string[] {
  return ['start', 'end', 'date', 'published']
    .map((key) => entity[key])
    .filter((d): d is string => typeof d === 'string');
}

function inRange(dates: string[], from: string | null, to: string | null): boolean {
  if (dates.length === 0) return true;
  return dates.some((date) => (!from || date.slice(0, 10) >= from) && (!to || date.slice(0, 10) <= to));
}

function count(map: Record<string, TypeCount>, key: string, shown: boolean): void {
  const entry = (map[key] ??= { total: 0, shown: 0 });
  entry.total += 1;
  if (shown) entry.shown += 1;
}

export function applyFilters(graph: RenderGraph, store: EntityStore, filters: FilterState): FilterResult {
  if (filters.dateFrom && filters.dateTo && filters.dateFrom > filters.dateTo) {
    throw new RangeError(`applyFilters: date range starts (${filters.dateFrom}) after it ends (${filters.dateTo})`);
  }
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const byEdgeScope = filters.article !== null || filters.dateFrom !== null || filters.dateTo !== null;
  graph.forEachNode((node, attrs) => {
    const entity = store.entities.get(node);
    const dated = entity ? entityDates(entity) : [];
    const outOfRange = dated.length > 0 && !inRange(dated, filters.dateFrom, filters.dateTo);
    if (filters.hiddenNodeTypes.has(attrs.entityType) || filters.hiddenNodes.has(node) || outOfRange) nodes.add(node);
  });
  const supported = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    const data = store.edges.get(edge);
    const byArticle = !filters.article || !!data?.sources?.some((article) => article.id === filters.article);
    const byDate = !data || inRange(edgeDates(data), filters.dateFrom, filters.dateTo);
    const pass =
      !filters.hiddenRelationTypes.has(attrs.relationType) &&
      byArticle &&
      byDate &&
      !nodes.has(source) &&
      !nodes.has(target);
    if (pass) {
      supported.add(source);
      supported.add(target);
    } else edges.add(edge);
  });
  // With an article or a date range, a node stays only if one of its edges does.
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
