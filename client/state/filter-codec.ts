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

/** Worked out from the graph each time (which drawn edges the sources filter leaves bare), not state. */
const DERIVED = new Set(['unsourced']);

const isPlain = (value: unknown): value is Plain => !!value && typeof value === 'object' && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** A value fits a field that is empty by default: the time window's days, the sources' lists. */
function fits(base: unknown, item: unknown): boolean {
  if (base === null) {
    return (
      item === null ||
      typeof item === 'string' ||
      (isPlain(item) && Object.values(item).length > 0 && Object.values(item).every(isStrings))
    );
  }
  if (isPlain(base)) {
    return (
      isPlain(item) &&
      Object.keys(item).every((key) => key in base) &&
      Object.values(item).every((value) => value === null || typeof value === 'string')
    );
  }
  return typeof item === typeof base;
}

export function encodeFilters(filters: FilterState): string | null {
  const empty = emptyFilters() as unknown as Plain;
  const out: Plain = {};
  for (const [key, value] of Object.entries(filters)) {
    if (DERIVED.has(key)) continue;
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
    if (!(key in filters) || DERIVED.has(key)) continue;
    const base = filters[key];
    if (base instanceof Set) {
      if (Array.isArray(item)) filters[key] = new Set(item.filter((entry) => typeof entry === 'string'));
    } else if (fits(base, item)) {
      filters[key] = isPlain(base) ? { ...base, ...(item as Plain) } : item;
    }
  }
  return filters as unknown as FilterState;
}
