/**
 * Layout control.
 *
 * A view's first layout runs in the metrics worker (layout-job.ts: ForceAtlas2 for a time budget,
 * then no-overlap to pull labels apart) and is drawn once; on demand, ForceAtlas2 runs live in
 * its own worker (graphology-layout-forceatlas2/worker) until stopped, then no-overlap in the
 * metrics worker. The tab never freezes. Pinned nodes (`fixed`) move in neither. When a run ends the positions are
 * saved in localStorage under the view's key, with the pins, so reloading the same view brings
 * back the same drawing.
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { Positions } from '../graph/merge-graph.ts';
import { parsePositions, snapshotPositions } from '../graph/positions.ts';
import { computeLayout } from '../graph/metrics-runner.ts';
import { layoutSettings } from '../graph/settle.ts';
import type { RenderGraph } from '../graph/types.ts';

const STORAGE_PREFIX = 'parley.layout.';
const PINS_PREFIX = 'parley.pins.';
/** Above this many nodes no-overlap is skipped: it would take longer than the layout itself. */
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

/** ForceAtlas2 iterations a view's first layout runs at most (within its time budget). */
const FIRST_LAYOUT_ITERATIONS = 600;

export class LayoutControl {
  private supervisor: FA2Layout | null = null;
  /** The worker run in flight; a newer run, a stop or a kill makes its answer void. */
  private run = 0;
  private computing = false;
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
    return this.computing || (this.supervisor?.isRunning() ?? false);
  }

  /**
   * Lays the view out in the worker for up to `durationMs`, drawn once when done; with 0,
   * runs ForceAtlas2 live (the analyst watches it) until stopped.
   */
  start(durationMs = 2500): void {
    if (this.graph.order === 0) return;
    this.kill();
    if (durationMs > 0) {
      void this.inWorker(durationMs, FIRST_LAYOUT_ITERATIONS);
      return;
    }
    this.supervisor = new FA2Layout(this.graph, { settings: layoutSettings(this.graph) });
    this.supervisor.start();
    this.notify();
  }

  /** Stops a run; a live one ends with no-overlap (in the worker) and the positions saved. */
  stop(): void {
    const live = this.supervisor !== null;
    this.kill();
    if (live) void this.inWorker(0, 0);
    else this.notify();
  }

  toggle(): void {
    if (this.isRunning()) this.stop();
    else this.start(0);
  }

  kill(): void {
    this.supervisor?.kill();
    this.supervisor = null;
    this.run += 1;
    this.computing = false;
  }

  /** ForceAtlas2 then no-overlap in the worker; the answer moves every unpinned node still drawn. */
  private async inWorker(budgetMs: number, maxIterations: number): Promise<void> {
    const run = ++this.run;
    this.computing = true;
    this.notify();
    try {
      const answer = await computeLayout(this.graph, {
        settings: layoutSettings(this.graph),
        budgetMs,
        maxIterations,
        // No-overlap costs 15 s at 5,000 nodes; there, labels are thinned out anyway.
        separateScale: this.graph.order <= SEPARATE_MAX_NODES ? this.unitsPerPixel() : null,
      });
      if (run !== this.run || !answer) return;
      const at = new Map(answer.nodes.map((node, i) => [node, i]));
      this.graph.updateEachNodeAttributes(
        (node, attrs) => {
          const i = at.get(node);
          return i === undefined || attrs.fixed ? attrs : { ...attrs, x: answer.result.x[i]!, y: answer.result.y[i]! };
        },
        { attributes: ['x', 'y'] },
      );
      savePositions(this.viewKey(), this.graph);
    } catch {
      // The worker failed: the view keeps the drawing it has.
    } finally {
      if (run === this.run) {
        this.computing = false;
        this.notify();
      }
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.isRunning());
  }
}
