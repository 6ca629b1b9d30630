/**
 * Filter changes.
 *
 * After a merge, sigma restyles what the merge added or changed by itself (it listens to the
 * graph); what it cannot see is the filter result the reducers read. These are the nodes and
 * edges whose filtered, disputed or undated state differs between two results, so a merge into
 * a view of 50,000 edges re-runs the reducers of a few, not of all.
 */
import type { FilterResult } from './filters.ts';

function changedMembers(before: ReadonlySet<string> | undefined, after: ReadonlySet<string> | undefined): string[] {
  const changed: string[] = [];
  for (const key of before ?? []) if (!after?.has(key)) changed.push(key);
  for (const key of after ?? []) if (!before?.has(key)) changed.push(key);
  return changed;
}

export function filterChanges(
  before: FilterResult | null,
  after: FilterResult | null,
): { nodes: string[]; edges: string[] } {
  const edges = new Set([
    ...changedMembers(before?.edges, after?.edges),
    ...changedMembers(before?.disputed, after?.disputed),
    ...changedMembers(before?.undated, after?.undated),
  ]);
  return { nodes: changedMembers(before?.nodes, after?.nodes), edges: [...edges] };
}
