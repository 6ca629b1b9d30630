/**
 * Edge style.
 *
 * How an edge's reports change its look, on top of its relationship colour: a disputed fact
 * (reports that disagree, DESIGN.md "Disagreements") is drawn thicker in its own colour with a
 * "(disputed)" label that always shows; a fact kept by an event window without an event date
 * says "(undated)". Sigma v3 has no dashed edge program, so colour, width and label carry it.
 * Pure: the edge reducer calls it with the filter result, which knows the flags.
 */
import type { FilterResult } from './filters.ts';
import type { EdgeAttributes } from './types.ts';

export const DISPUTED_EDGE_COLOR = '#c026d3';

export interface EdgeStyle {
  color?: string;
  size?: number;
  label?: string;
  forceLabel?: boolean;
}

export function edgeStyle(edge: string, attrs: EdgeAttributes, label: string, filter: FilterResult | null): EdgeStyle {
  if (!filter) return {};
  const undated = filter.undated.has(edge);
  if (filter.disputed.has(edge)) {
    return {
      color: DISPUTED_EDGE_COLOR,
      size: attrs.size + 1.5,
      label: `${attrs.label} (disputed${undated ? ', undated' : ''})`,
      forceLabel: true,
    };
  }
  return undated && label ? { label: `${label} (undated)` } : {};
}
