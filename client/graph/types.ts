/**
 * Render graph types.
 *
 * The lean graph sigma draws (label, position, size, colour and the domain type only) and the
 * plain records that keep everything else about entities and edges (aliases, properties,
 * evidence, sources), keyed by the same ids. Visual state never lives here: it is computed by
 * the reducers from the view state.
 */
import { MultiDirectedGraph } from 'graphology';
import type { DrawEdgeJson, EdgeJson, EntityJson } from '../../src/model/json.ts';

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** The entity type (Person, Meeting, ...); `type` is sigma's program name. */
  entityType: string;
  /** Pinned by the analyst: ForceAtlas2 and no-overlap leave the node where it is. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  label: string;
  relationType: string;
  size: number;
  color: string;
  /** Sigma program: `arrow` for single edges, `curved` for parallel ones. */
  type: 'arrow' | 'curved';
  curvature?: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type RenderGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** An edge as the store knows it: lean as drawn, with evidence and sources once fetched. */
export type StoredEdgeJson = DrawEdgeJson & Partial<Pick<EdgeJson, 'evidence' | 'sources' | 'evidenceTotal'>>;

/** Domain data, apart from the render graph. */
export interface EntityStore {
  entities: Map<string, EntityJson>;
  edges: Map<string, StoredEdgeJson | EdgeJson>;
}

export function createRenderGraph(): RenderGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

export function createStore(): EntityStore {
  return { entities: new Map(), edges: new Map() };
}
