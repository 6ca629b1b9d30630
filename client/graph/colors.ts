/**
 * Colours.
 *
 * One colour per entity type (the legend and the nodes use the same table) and per relationship
 * family, chosen to stay apart for colour-blind readers and to print on white; and a palette for
 * communities (Tableau 10, ordered so neighbouring ranks contrast), largest community first.
 */
import type { EntityType, RelationType } from '../../src/model/vocabulary.ts';

export const TYPE_COLORS: Record<EntityType, string> = {
  Person: '#e4572e',
  State: '#2e86ab',
  Organization: '#7b4fbf',
  ArmedGroup: '#8c2f39',
  Meeting: '#f2a541',
  Place: '#3bb273',
  Document: '#6c757d',
  Position: '#d14fa2',
};

/** Nodes that are not entities (articles from the console, unknown labels). */
export const OTHER_COLOR = '#9aa0a6';

export const RELATION_COLORS: Partial<Record<RelationType, string>> = {
  SUPPORTS: '#3bb273',
  OPPOSES: '#d64545',
  BOYCOTTS: '#e07a1f',
  FIGHTS: '#8c2f39',
  ALLIED_WITH: '#2e86ab',
};

export const EDGE_COLOR = '#b8bec7';
export const FADED_NODE_COLOR = '#e3e6ea';
export const FADED_EDGE_COLOR = '#f0f1f3';
export const HIGHLIGHT_EDGE_COLOR = '#1f2937';

export function colorForType(type: string): string {
  return TYPE_COLORS[type as EntityType] ?? OTHER_COLOR;
}

export function colorForRelation(type: string): string {
  return RELATION_COLORS[type as RelationType] ?? EDGE_COLOR;
}

export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#ff9da7',
  '#17becf',
] as const;

/** Communities past the palette share one grey: ten colours is what a reader can tell apart. */
export function colorForCommunity(rank: number): string {
  return COMMUNITY_COLORS[rank] ?? OTHER_COLOR;
}
