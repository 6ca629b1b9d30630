/**
 * Filter codec.
 *
 * The filter state as compact JSON text for the URL and saved views, and back. Generic over
 * FilterState's fields: sets become arrays, only fields that differ from `emptyFilters()` are
 * written, and unknown or ill-typed fields are ignored on reading, so links made before a
 * filter existed still open.
 */
import { emptyFilters, type FilterState } from '../graph/filters.ts';

type Plain = Record<string, unknown>;

export function encodeFilters(filters: FilterState): string | null {
  const empty = emptyFilters() as unknown as Plain;
  const out: Plain = {};
  for (const [key, value] of Object.entries(filters)) {
    const plain = value instanceof Set ? [...value].sort() : value;
    const base = empty[key] instanceof Set ? [] : empty[key];
    if (JSON.stringify(plain) !== JSON.stringify(base)) out[key] = plain;
  }
  return Object.keys(out).length > 0 ? JSON.stringify(out) : null;
}

export function decodeFilters(text: string | null): FilterState {
  const filters = emptyFilters() as unknown as Plain;
  if (!text) return filters as unknown as FilterState;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return filters as unknown as FilterState;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return filters as unknown as FilterState;
  for (const [key, item] of Object.entries(value as Plain)) {
    if (!(key in filters)) continue;
    const base = filters[key];
    if (base instanceof Set) {
      if (Array.isArray(item)) filters[key] = new Set(item.filter((entry) => typeof entry === 'string'));
    } else if (base === null ? item === null || typeof item === 'string' : typeof item === typeof base) {
      filters[key] = item;
    }
  }
  return filters as unknown as FilterState;
}
