/**
 * Console cells.
 *
 * What a result-table cell says about a node or relationship besides its name: its labels or
 * type and its properties as `key: value`, each value cut short so a cell holding a long
 * evidence list stays one readable line (the CSV and the cell's tooltip keep everything).
 * Pure, so the wording is tested without a DOM.
 */
import { cellText } from '../../graph/export.ts';

/** Longest value shown per property, and longest summary per cell, in characters. */
const VALUE_CHARS = 60;
const SUMMARY_CHARS = 240;

export interface CellSummary {
  /** `(Russia)` or `[:INVITES]`, as the CSV writes it. */
  title: string;
  /** `:Entity:State · type: State · aliases: Russian Federation`; empty for plain values. */
  detail: string;
  /** Every property, untruncated, for the tooltip. */
  full: string;
  kind: 'node' | 'relationship' | null;
  /** The Parley id (`properties.id`) when there is one: the graph's node or edge id. */
  id: string | null;
}

const cut = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return JSON.stringify(value);
}

export function cellSummary(cell: unknown): CellSummary {
  const title = cellText(cell);
  const record = cell && typeof cell === 'object' && !Array.isArray(cell) ? (cell as Record<string, unknown>) : null;
  const kind = record?.kind === 'node' || record?.kind === 'relationship' ? record.kind : null;
  if (!record || !kind) return { title, detail: '', full: title, kind: null, id: null };
  const properties = (record.properties ?? {}) as Record<string, unknown>;
  const head =
    kind === 'node' ? ((record.labels as string[] | undefined) ?? []).map((label) => `:${label}`).join('') : '';
  const pairs = Object.entries(properties)
    .filter(([key]) => key !== 'name' && key !== 'title')
    .sort(([a], [b]) => a.localeCompare(b));
  const detail = cut(
    [head, ...pairs.map(([key, value]) => `${key}: ${cut(valueText(value), VALUE_CHARS)}`)].filter(Boolean).join(' · '),
    SUMMARY_CHARS,
  );
  const full = [title, head, ...pairs.map(([key, value]) => `${key}: ${valueText(value)}`)].filter(Boolean).join('\n');
  return { title, detail, full, kind, id: typeof properties.id === 'string' ? properties.id : null };
}
