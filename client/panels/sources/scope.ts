/**
 * Scope.
 *
 * The server-side form of what the explorer shows: the slider's time window and the outlets and
 * speakers the sources filter keeps, as the `asOf` / `from` / `to` / `outlets` / `speakers` (or
 * `exceptOutlets` / `exceptSpeakers`)
 * parameters of /api/graph, /api/nodes/:id and /api/paths (contract.md "Time parameters").
 */
import type { ScopeParams } from '../../api/client.ts';
import type { FilterState } from '../../graph/filters.ts';

export function scopeOf(filters: FilterState): ScopeParams {
  return {
    asOf: filters.time.asOf,
    from: filters.time.from,
    to: filters.time.to,
    ...filters.sources,
  };
}
