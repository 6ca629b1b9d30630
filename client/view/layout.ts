/**
 * Layout control.
 *
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker), so the tab never freezes,
 * started for a few seconds when a view is first drawn or on demand, then no-overlap to pull
 * labels apart. Pinned nodes (`fixed`) move in neither. When a run ends the positions are
 * saved in localStorage under the view's key, with the pins, so reloading the same view brings
 * back the same drawing.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { Positions } from '../graph/merge-graph.ts';
import { parsePositions, snapshotPositions } from '../graph/positions.ts';
import { layoutSettings } from '../graph/settle.ts';
import type { RenderGraph } from '../graph/types.ts';

const STORAGE_PREFIX = 'parley.layout.';
const PINS_PREFIX = 'parley.pins.';
/** Above this many nodes the synchronous no-overlap pass would freeze the tab. */
const SEPARATE_MAX_NODES = 500;

export function loadPositions(viewKey: string): Positions {
  try {
    return parsePositions(window.localStorage.getItem(STORAGE_PREFIX + viewKey));
  } catch {
    return {};
  }
}

export function loadPins(viewKey: string): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(PINS_PREFIX + viewKey) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function savePositions(viewKey: string, graph: RenderGraph): void {
  try {
    window.localStorage.setItem(STORAGE_PREFIX + viewKey, JSON.stringify(snapshotPositions(graph)));
    const pins = graph.filterNodes((_node, attrs) => attrs.fixed === true);
    window.localStorage.setItem(PINS_PREFIX + viewKey, JSON.stringify(pins));
  } catch {
    // Storage full or disabled: the layout simply is not kept.
  }
}

export function forgetPositions(viewKey: string): void {
  try {
    window.localStorage.removeItem(STORAGE_PREFIX + viewKey);
  } catch {
    // Nothing to forget.
  }
}

export class LayoutControl {
  private supervisor: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(
    private readonly graph: RenderGraph,
    private readonly viewKey: () => string,
    /** Graph units per screen pixel, so no-overlap keeps discs and labels apart on screen. */
    private readonly unitsPerPixel: () => number = () => 1,
  ) {}

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Runs FA2 for `durationMs` (indefinitely when 0), then no-overlap and save. */
  start(durationMs = 2500): void {
    if (this.graph.order === 0) return;
    clearTimeout(this.timer);
    this.supervisor?.kill();
    this.supervisor = new FA2Layout(this.graph, { settings: layoutSettings(this.graph) });
    this.supervisor.start();
    this.notify();
    if (durationMs > 0) this.timer = setTimeout(() => this.stop(), durationMs);
  }

  stop(): void {
    clearTimeout(this.timer);
    if (!this.supervisor) return;
    this.supervisor.kill();
    this.supervisor = null;
    this.separate();
    savePositions(this.viewKey(), this.graph);
    this.notify();
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start(0);
  }

  /**
   * No-overlap pass, so labels and discs do not sit on each other. It runs on the main thread
   * (15 s at 5,000 nodes), so large views skip it: there, labels are thinned out anyway.
   */
  separate(): void {
    if (this.graph.order < 2 || this.graph.order > SEPARATE_MAX_NODES) return;
    const scale = this.unitsPerPixel();
    noverlap.assign(this.graph, {
      maxIterations: 200,
      inputReducer: (_key, attrs) => ({ x: attrs.x, y: attrs.y, size: (attrs.size ?? 5) * scale }),
      // A pinned node keeps its place; the others make room around it.
      outputReducer: (key, attrs) =>
        this.graph.getNodeAttribute(key, 'fixed')
          ? { x: this.graph.getNodeAttribute(key, 'x'), y: this.graph.getNodeAttribute(key, 'y') }
          : attrs,
      settings: { margin: 14 * scale, ratio: 1.2, expansion: 1.1 },
    });
  }

  kill(): void {
    clearTimeout(this.timer);
    this.supervisor?.kill();
    this.supervisor = null;
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.isRunning());
  }
}
