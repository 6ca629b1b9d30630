/**
 * View state.
 *
 * What a saved view holds, so that `/?view=<id>` reopens exactly what was shown: the entities
 * and facts on screen (as they were then, not as the database has them now), every position,
 * the pins, filters, selection, emphasis (path or article), the camera and the URL state (open
 * panel, path query and alternative). `time` is the time window's slot (issue 10's explorer
 * fills it). `captureView` and `parseViewState` are pure; the explorer restores it.
 */
import type { EntityJson } from '../../src/model/json.ts';
import type { CameraState } from '../graph/camera-frame.ts';
import type { FilterState } from '../graph/filters.ts';
import { SIZE_METRICS, type SizeMetric } from '../graph/importance.ts';
import type { Positions } from '../graph/merge-graph.ts';
import { snapshotPositions } from '../graph/positions.ts';
import type { DisplayState } from '../graph/reducers.ts';
import type { EntityStore, RenderGraph } from '../graph/types.ts';
import { encodeFilters } from './filter-codec.ts';
import type { UrlState } from './url-state.ts';

export const VIEW_STATE_VERSION = 1;

export interface ViewState {
  version: typeof VIEW_STATE_VERSION;
  nodes: EntityJson[];
  edges: EntityStore['edges'] extends Map<string, infer E> ? E[] : never;
  positions: Positions;
  pins: string[];
  filters: string | null;
  selection: { node: string | null; edge: string | null };
  emphasis: { nodes: string[]; edges: string[] } | null;
  camera: CameraState | null;
  appearance: { sizeBy: SizeMetric };
  url: Partial<UrlState>;
  time: unknown;
}

export class ViewStateError extends Error {}

export interface ViewSource {
  graph: RenderGraph;
  store: EntityStore;
  display: DisplayState;
  filters: FilterState;
  url: UrlState;
  sizeBy: SizeMetric;
}

export function captureView(source: ViewSource, camera: CameraState | null, time: unknown = null): ViewState {
  const { graph, store, display } = source;
  const nodes = graph.mapNodes((node) => store.entities.get(node)).filter((node) => node !== undefined);
  const edges = graph.mapEdges((edge) => store.edges.get(edge)).filter((edge) => edge !== undefined);
  // The saved view's own id and camera are kept apart: the id is where it is stored.
  const url: Partial<UrlState> = { ...source.url };
  delete url.view;
  delete url.camera;
  return {
    version: VIEW_STATE_VERSION,
    nodes,
    edges,
    positions: snapshotPositions(graph),
    pins: graph.filterNodes((_node, attrs) => attrs.fixed === true),
    filters: encodeFilters(source.filters),
    selection: { node: display.selectedNode, edge: display.selectedEdge },
    emphasis: display.path ? { nodes: [...display.path.nodes], edges: [...display.path.edges] } : null,
    camera,
    appearance: { sizeBy: source.sizeBy },
    url,
    time,
  };
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks a state read back from the API; throws ViewStateError on anything it cannot show. */
export function parseViewState(value: unknown): ViewState {
  if (!value || typeof value !== 'object') throw new ViewStateError('view: the saved state is not an object');
  const state = value as Partial<ViewState>;
  if (state.version !== VIEW_STATE_VERSION) {
    throw new ViewStateError(`view: unknown saved-view version ${String(state.version)}`);
  }
  if (!Array.isArray(state.nodes) || !Array.isArray(state.edges)) {
    throw new ViewStateError('view: the saved state has no nodes and edges');
  }
  if (!state.positions || typeof state.positions !== 'object') throw new ViewStateError('view: no positions');
  const emphasis = state.emphasis;
  return {
    version: VIEW_STATE_VERSION,
    nodes: state.nodes,
    edges: state.edges,
    positions: state.positions,
    pins: isStrings(state.pins) ? state.pins : [],
    filters: typeof state.filters === 'string' ? state.filters : null,
    selection: {
      node: typeof state.selection?.node === 'string' ? state.selection.node : null,
      edge: typeof state.selection?.edge === 'string' ? state.selection.edge : null,
    },
    emphasis: emphasis && isStrings(emphasis.nodes) && isStrings(emphasis.edges) ? emphasis : null,
    camera:
      state.camera && [state.camera.x, state.camera.y, state.camera.ratio].every(Number.isFinite)
        ? { ...state.camera, angle: 0 }
        : null,
    appearance: {
      sizeBy: SIZE_METRICS.includes(state.appearance?.sizeBy as SizeMetric)
        ? (state.appearance!.sizeBy as SizeMetric)
        : 'degree',
    },
    url: state.url && typeof state.url === 'object' ? state.url : {},
    time: state.time ?? null,
  };
}
