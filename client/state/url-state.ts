/**
 * URL state.
 *
 * Everything that makes the view worth sharing, in the query string: selection, open panel,
 * path query and which alternative is shown, the console query and whether it replaces the
 * view, filters, camera, appearance and the saved view. Each field is one line of URL_FIELDS (its
 * parameter name and codec), so a new field (e.g. a time window) is one more line.
 * `readUrlState`/`urlSearch` are pure; `replaceUrlState` writes the address bar without adding
 * history entries for every click.
 */
import type { CameraState } from '../graph/camera-frame.ts';

/** Reads one parameter (null when absent) and writes it back (null: leave it out). */
export interface Codec<T> {
  read(value: string | null): T;
  write(value: T): string | null;
}

export const text: Codec<string | null> = { read: (value) => value || null, write: (value) => value || null };

export const positiveInt: Codec<number | null> = {
  read: (value) => {
    if (value === null || value.trim() === '') return null;
    const number = Number(value);
    return Number.isInteger(number) && number > 0 ? number : null;
  },
  write: (value) => (value === null ? null : String(value)),
};

export const positiveNumber: Codec<number | null> = {
  read: (value) => {
    if (value === null || value.trim() === '') return null;
    const number = Number(value);
    return Number.isFinite(number) && number > 0 ? number : null;
  },
  write: (value) => (value === null ? null : String(value)),
};

export const list: Codec<string[]> = {
  read: (value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  write: (value) => (value.length > 0 ? value.join(',') : null),
};

export const flag: Codec<boolean> = { read: (value) => value === '1', write: (value) => (value ? '1' : null) };

/** Enough digits that a restored camera draws every node within a fraction of a pixel. */
const CAMERA_DIGITS = 6;

export const camera: Codec<CameraState | null> = {
  read: (value) => {
    const parts = (value ?? '').split(',').map(Number);
    if (parts.length !== 3 || !parts.every(Number.isFinite) || !(parts[2]! > 0)) return null;
    return { x: parts[0]!, y: parts[1]!, ratio: parts[2]!, angle: 0 };
  },
  write: (value) =>
    value ? [value.x, value.y, value.ratio].map((number) => Number(number.toFixed(CAMERA_DIGITS))).join(',') : null,
};

/** Field name -> [URL parameter, codec]. The order is the order in the URL. */
export const URL_FIELDS = {
  view: ['view', text],
  panel: ['panel', text],
  node: ['node', text],
  edge: ['edge', text],
  from: ['from', text],
  to: ['to', text],
  k: ['k', positiveInt],
  hops: ['hops', positiveInt],
  types: ['types', list],
  /** Which path alternative is shown, 1-based. */
  path: ['path', positiveInt],
  cypher: ['cypher', text],
  /** The console result replaces the view instead of adding to it. */
  replace: ['replace', flag],
  /** The filters, as filter-codec.ts encodes them. */
  filters: ['filters', text],
  camera: ['cam', camera],
  /** Node size by centrality (degree when absent). */
  size: ['size', text],
  /** Node colour by `type` (when absent) or `community`. */
  color: ['color', text],
  /** Node-size scale factor (1 when absent). */
  scale: ['scale', positiveNumber],
  /** Label density factor (1 when absent). */
  labels: ['labels', positiveNumber],
  /** The time slider: reports published by this day, or an event window FROM..TO. */
  asOf: ['asOf', text],
  window: ['window', text],
} as const;

type Fields = typeof URL_FIELDS;
export type UrlState = { -readonly [K in keyof Fields]: ReturnType<Fields[K][1]['read']> };

/** Fields that only mean something with a path query; dropped when there is none. */
const PATH_FIELDS: (keyof UrlState)[] = ['k', 'hops', 'types', 'path'];

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state = Object.fromEntries(
    Object.entries(URL_FIELDS).map(([field, [name, codec]]) => [field, codec.read(params.get(name))]),
  ) as UrlState;
  return state.from && state.to ? state : { ...state, ...withoutPath() };
}

export function emptyUrlState(): UrlState {
  return readUrlState('');
}

function withoutPath(): Partial<UrlState> {
  const empty = Object.fromEntries(
    PATH_FIELDS.map((field) => [field, (URL_FIELDS[field][1] as Codec<unknown>).read(null)]),
  );
  return { from: null, to: null, ...empty };
}

export function urlSearch(state: UrlState): string {
  const shown = state.from && state.to ? state : { ...state, ...withoutPath() };
  const params = new URLSearchParams();
  for (const [field, [name, codec]] of Object.entries(URL_FIELDS)) {
    const value = (codec as Codec<unknown>).write(shown[field as keyof UrlState]);
    if (value !== null) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function replaceUrlState(state: UrlState): void {
  const next = `${window.location.pathname}${urlSearch(state)}${window.location.hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(null, '', next);
  }
}
