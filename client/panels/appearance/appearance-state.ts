/**
 * Appearance state.
 *
 * Gephi Lite's appearance by data, as plain values: colour nodes by entity type or by Louvain
 * community, a node-size scale and a label density. It lives in the URL (fields `color`,
 * `scale`, `labels`), so links and saved views (which keep the URL state) carry it.
 * Pure functions: read from and write to URL state (clamped to the sliders' ranges), the node
 * colours for a community mapping, and the communities as the legend lists them (named after
 * their best-connected member).
 */
import { colorForCommunity } from '../../graph/colors.ts';
import type { RenderGraph } from '../../graph/types.ts';
import type { UrlState } from '../../state/url-state.ts';

export const COLOR_MODES = ['type', 'community'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export interface Range {
  min: number;
  max: number;
  step: number;
}

export const NODE_SCALE: Range = { min: 0.5, max: 3, step: 0.25 };
export const LABEL_DENSITY: Range = { min: 0.25, max: 4, step: 0.25 };

export interface Appearance {
  colorBy: ColorMode;
  nodeScale: number;
  labelDensity: number;
}

export const DEFAULT_APPEARANCE: Appearance = { colorBy: 'type', nodeScale: 1, labelDensity: 1 };

const clamp = (value: number | null, range: Range) =>
  value === null ? 1 : Math.min(range.max, Math.max(range.min, value));

export function appearanceFromUrl(url: Pick<UrlState, 'color' | 'scale' | 'labels'>): Appearance {
  return {
    colorBy: url.color === 'community' ? 'community' : 'type',
    nodeScale: clamp(url.scale, NODE_SCALE),
    labelDensity: clamp(url.labels, LABEL_DENSITY),
  };
}

/** The URL fields for an appearance; defaults are left out of the URL. */
export function appearanceUrl(appearance: Appearance): Pick<UrlState, 'color' | 'scale' | 'labels'> {
  return {
    color: appearance.colorBy === 'type' ? null : appearance.colorBy,
    scale: appearance.nodeScale === 1 ? null : appearance.nodeScale,
    labels: appearance.labelDensity === 1 ? null : appearance.labelDensity,
  };
}

export function communityNodeColors(found: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(found).map(([node, rank]) => [node, colorForCommunity(rank)]));
}

export interface CommunityEntry {
  rank: number;
  color: string;
  /** The label of its best-connected member. */
  name: string;
  members: number;
}

export function communityLegend(graph: RenderGraph, found: Record<string, number>): CommunityEntry[] {
  const entries = new Map<number, CommunityEntry & { degree: number }>();
  for (const [node, rank] of Object.entries(found)) {
    if (!graph.hasNode(node)) continue;
    const degree = graph.degree(node);
    const entry = entries.get(rank);
    if (!entry) {
      const name = graph.getNodeAttribute(node, 'label');
      entries.set(rank, { rank, color: colorForCommunity(rank), name, members: 1, degree });
      continue;
    }
    entry.members += 1;
    if (degree > entry.degree) {
      entry.degree = degree;
      entry.name = graph.getNodeAttribute(node, 'label');
    }
  }
  return [...entries.values()]
    .sort((a, b) => a.rank - b.rank)
    .map(({ rank, color, name, members }) => ({ rank, color, name, members }));
}
