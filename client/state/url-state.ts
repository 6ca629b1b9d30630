/**
 * URL state.
 *
 * The part of the view worth sharing, in the query string: the selected node, the open panel,
 * the path query and the console query. `readUrlState`/`urlSearch` are pure; `replaceUrlState`
 * writes the address bar without adding history entries for every click.
 */

export interface UrlState {
  node: string | null;
  panel: string | null;
  from: string | null;
  to: string | null;
  k: number | null;
  hops: number | null;
  types: string[];
  cypher: string | null;
  asOf: string | null;
  window: string | null;
}

export function emptyUrlState(): UrlState {
  return {
    node: null,
    panel: null,
    from: null,
    to: null,
    k: null,
    hops: null,
    types: [],
    cypher: null,
    asOf: null,
    window: null,
  };
}

function int(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  return {
    node: params.get('node') || null,
    panel: params.get('panel') || null,
    from: params.get('from') || null,
    to: params.get('to') || null,
    k: int(params.get('k')),
    hops: int(params.get('hops')),
    types: (params.get('types') ?? '')
      .split(',')
      .map((type) => type.trim())
      .filter(Boolean),
    cypher: params.get('cypher') || null,
    asOf: params.get('asOf') || null,
    window: params.get('window') || null,
  };
}

export function urlSearch(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.panel) params.set('panel', state.panel);
  if (state.node) params.set('node', state.node);
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
    if (state.k) params.set('k', String(state.k));
    if (state.hops) params.set('hops', String(state.hops));
    if (state.types.length > 0) params.set('types', state.types.join(','));
  }
  if (state.cypher) params.set('cypher', state.cypher);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.window) params.set('window', state.window);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function replaceUrlState(state: UrlState): void {
  const next = `${window.location.pathname}${urlSearch(state)}${window.location.hash}`;
  if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(null, '', next);
  }
}
