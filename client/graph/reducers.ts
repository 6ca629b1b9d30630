/**
 * Reducers.
 *
 * What sigma draws for each node and edge, from the lean attributes and the view state (filters,
 * hover, selection, path highlight, zoom). Pure functions, so the rules are unit-tested without
 * WebGL; the renderer plugs them into sigma's nodeReducer/edgeReducer. Priority: filtered out
 * (faded or hidden) > path highlight > hover > selection. The appearance (colour by community,
 * node-size scale) applies under all of them, so an emphasis reads the same in any colouring.
 */
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR } from './colors.ts';
import { edgeStyle } from './edge-style.ts';
import type { Emphasis } from './emphasis.ts';
import type { FilterResult, FilterMode } from './filters.ts';
import type { EdgeAttributes, NodeAttributes, RenderGraph } from './types.ts';

export interface DisplayState {
  filter: FilterResult | null;
  filterMode: FilterMode;
  hovered: string | null;
  /** The neighbourhood of the hovered node, computed once per hover. */
  hoverEmphasis: Emphasis | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  path: Emphasis | null;
  /** Show every edge label (zoomed in far enough). */
  edgeLabels: boolean;
  /** Node colours by data (e.g. by community); null: the colour of the entity type. */
  nodeColors: Record<string, string> | null;
  /** Factor on every node size (the appearance panel's node-size slider). */
  nodeScale: number;
}

export interface NodeDisplay extends NodeAttributes {
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
  /** Drawn with the pin ring (view/drawing.ts). */
  pinned?: boolean;
}

export interface EdgeDisplay extends EdgeAttributes {
  hidden?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
}

export function emptyDisplayState(): DisplayState {
  return {
    filter: null,
    filterMode: 'fade',
    hovered: null,
    hoverEmphasis: null,
    selectedNode: null,
    selectedEdge: null,
    path: null,
    edgeLabels: false,
    nodeColors: null,
    nodeScale: 1,
  };
}

export function nodeDisplay(node: string, attrs: NodeAttributes, state: DisplayState): NodeDisplay {
  const color = state.nodeColors?.[node] ?? attrs.color;
  const out: NodeDisplay = { ...attrs, color, size: attrs.size * state.nodeScale };
  const faded = () => {
    out.color = FADED_NODE_COLOR;
    out.label = '';
    out.zIndex = 0;
  };
  if (state.filter?.nodes.has(node)) {
    if (state.filterMode === 'hide') out.hidden = true;
    else faded();
    return out;
  }
  if (attrs.fixed) {
    out.pinned = true;
    out.forceLabel = true;
  }
  if (state.path && !state.path.nodes.has(node)) faded();
  else if (state.path) {
    out.forceLabel = true;
    out.zIndex = 2;
  }
  if (state.hoverEmphasis && !state.path) {
    if (state.hoverEmphasis.nodes.has(node)) {
      out.forceLabel = true;
      out.zIndex = 2;
    } else faded();
  }
  if (node === state.hovered || node === state.selectedNode) {
    out.highlighted = true;
    out.forceLabel = true;
    out.color = color;
    out.label = attrs.label;
    out.zIndex = 3;
  }
  return out;
}

export function edgeDisplay(graph: RenderGraph, edge: string, attrs: EdgeAttributes, state: DisplayState): EdgeDisplay {
  const out: EdgeDisplay = { ...attrs, label: state.edgeLabels ? attrs.label : '' };
  if (state.filter?.edges.has(edge)) {
    if (state.filterMode === 'hide') out.hidden = true;
    else {
      out.color = FADED_EDGE_COLOR;
      out.label = '';
    }
    return out;
  }
  Object.assign(out, edgeStyle(edge, attrs, out.label, state.filter));
  const emphasis = state.path ?? state.hoverEmphasis;
  if (emphasis) {
    if (emphasis.edges.has(edge)) {
      out.label = attrs.label;
      out.forceLabel = true;
      out.size = attrs.size + 1;
      out.color = state.path ? HIGHLIGHT_EDGE_COLOR : attrs.color;
      out.zIndex = 2;
    } else {
      out.color = FADED_EDGE_COLOR;
      out.label = '';
    }
  }
  const selected = state.selectedNode;
  if (!emphasis && selected && (graph.source(edge) === selected || graph.target(edge) === selected)) {
    out.label = attrs.label;
    out.zIndex = 1;
  }
  if (edge === state.selectedEdge) {
    out.color = HIGHLIGHT_EDGE_COLOR;
    out.size = attrs.size + 2;
    out.label = attrs.label;
    out.forceLabel = true;
    out.zIndex = 3;
  }
  return out;
}
