/**
 * Explorer state.
 *
 * The one place that holds the view: the render graph and entity store, the display state the
 * reducers read (hover, selection, path, filters), the shareable URL state, and the actions
 * panels call (select, expand, hide, show a path, load a result). Panels and the graph view
 * subscribe to its change events; it never touches the DOM.
 */
import { api } from '../api/client.ts';
import { neighbourhood, type Emphasis } from '../graph/emphasis.ts';
import { applyFilters, emptyFilters, type FilterState } from '../graph/filters.ts';
import { mergeGraph, type MergeInput, type MergeResult, type Positions } from '../graph/merge-graph.ts';
import { emptyDisplayState, type DisplayState } from '../graph/reducers.ts';
import { createRenderGraph, createStore } from '../graph/types.ts';
import { emptyUrlState, replaceUrlState, type UrlState } from './url-state.ts';

export type ChangeKind = 'graph' | 'selection' | 'display' | 'filters' | 'path' | 'focus';

export interface ChangeEvent {
  kind: ChangeKind;
  merge?: MergeResult;
  /** A node the camera should move to. */
  focus?: string;
  /** The graph was replaced, not grown. */
  replaced?: boolean;
  /** Nodes already drawn stay where they are: no layout run after this merge. */
  keepLayout?: boolean;
}

export class Explorer {
  readonly graph = createRenderGraph();
  readonly store = createStore();
  readonly display: DisplayState = emptyDisplayState();
  filters: FilterState = emptyFilters();
  url: UrlState = emptyUrlState();
  /** Key under which the layout of the current view is saved. */
  viewKey = 'overview';
  private readonly listeners = new Set<(event: ChangeEvent) => void>();

  on(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ChangeEvent): void {
    if (event.kind === 'graph' || event.kind === 'filters') this.refilter();
    for (const listener of this.listeners) listener(event);
  }

  setUrl(patch: Partial<UrlState>): void {
    this.url = { ...this.url, ...patch };
    replaceUrlState(this.url);
  }

  merge(
    json: MergeInput,
    options: { replace?: boolean; positions?: Positions; viewKey?: string; keepLayout?: boolean } = {},
  ): MergeResult {
    if (options.replace) {
      this.graph.clear();
      this.display.path = null;
      this.display.selectedEdge = null;
      this.display.hovered = null;
      this.display.hoverEmphasis = null;
      this.filters = { ...this.filters, hiddenNodes: new Set() };
      if (options.viewKey) this.viewKey = options.viewKey;
    }
    const merge = mergeGraph(this.graph, this.store, json, { positions: options.positions });
    if (this.display.selectedNode && !this.graph.hasNode(this.display.selectedNode)) this.display.selectedNode = null;
    this.emit({ kind: 'graph', merge, replaced: options.replace, keepLayout: options.keepLayout });
    return merge;
  }

  selectNode(id: string | null, options: { focus?: boolean } = {}): void {
    this.display.selectedNode = id;
    this.display.selectedEdge = null;
    this.setUrl({ node: id });
    this.emit({ kind: 'selection', focus: options.focus && id ? id : undefined });
  }

  selectEdge(id: string | null): void {
    this.display.selectedEdge = id;
    this.display.selectedNode = null;
    this.setUrl({ node: null });
    this.emit({ kind: 'selection' });
  }

  hover(id: string | null): void {
    this.display.hovered = id;
    this.display.hoverEmphasis = id ? neighbourhood(this.graph, id) : null;
    this.emit({ kind: 'display' });
  }

  setPath(emphasis: Emphasis | null): void {
    this.display.path = emphasis;
    this.emit({ kind: 'path' });
  }

  setFilters(patch: Partial<FilterState>): void {
    this.filters = { ...this.filters, ...patch };
    this.display.filterMode = this.filters.mode;
    this.emit({ kind: 'filters' });
  }

  hideNode(id: string): void {
    this.setFilters({ hiddenNodes: new Set([...this.filters.hiddenNodes, id]) });
    if (this.display.selectedNode === id) this.selectNode(null);
  }

  async expand(id: string): Promise<MergeResult> {
    // The neighbours already on screen go last, so an expand of a drawn hub still adds something.
    const shown = this.graph.hasNode(id) ? this.graph.neighbors(id).slice(0, 200) : [];
    const json = await api.neighbours(id, { limit: 50, shown });
    return this.merge({ nodes: [json.node, ...json.nodes], edges: json.edges });
  }

  /** Makes sure an entity is in the view (fetching its neighbourhood if not), then selects it. */
  async reveal(id: string): Promise<void> {
    if (!this.graph.hasNode(id)) await this.expand(id);
    if (this.filters.hiddenNodes.has(id)) {
      this.setFilters({ hiddenNodes: new Set([...this.filters.hiddenNodes].filter((node) => node !== id)) });
    }
    this.selectNode(id, { focus: true });
  }

  private refilter(): void {
    this.display.filter = applyFilters(this.graph, this.store, this.filters);
    this.display.filterMode = this.filters.mode;
  }
}
