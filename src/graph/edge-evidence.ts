/**
 * Edge evidence.
 *
 * One fact with a page of its reports and their articles, for the edge a user selects: the
 * overview and neighbour answers draw edges without evidence (contract "Lean drawing edges").
 * A fact id is `source:TYPE:target[:meeting]` (relationId), so its ends are read from the id and
 * the fact is found between two indexed entities.
 */
import type { Database } from '../db/database.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { EdgeEvidenceJson } from '../model/json.ts';
import { isRelationType } from '../model/vocabulary.ts';
import { pageReports, reportTotal } from './draw-edge-json.ts';
import type { StoredEdge } from './edge-json.ts';
import { edgesWithSources } from './sources.ts';

export const EVIDENCE_PAGE = { limit: 50, max: 500 } as const;

/** The two ends of a fact id, or null when it is not one. */
export function edgeEnds(id: string): { source: string; target: string } | null {
  const parts = id.split(':');
  const at = parts.findIndex((part, index) => index > 0 && isRelationType(part));
  if (at < 1 || at + 1 >= parts.length) return null;
  return { source: parts.slice(0, at).join(':'), target: parts[at + 1]! };
}

export async function getEdgeEvidence(
  db: Database,
  id: string,
  page: { offset: number; limit: number },
): Promise<EdgeEvidenceJson> {
  const ends = edgeEnds(id);
  if (!ends) throw new ValidationError(`edges: '${id}' is not a relationship id (source:TYPE:target)`);
  const [row] = await db.readQuery('edge-evidence', { id, ...ends });
  if (!row) throw new NotFoundError(`edges: no relationship with id '${id}'`);
  const stored = row.edge as StoredEdge;
  const {
    edges: [edge],
  } = await edgesWithSources(db, [pageReports(stored, page.offset, page.limit)]);
  return { edge: edge!, evidenceTotal: reportTotal(stored.props), offset: page.offset, limit: page.limit };
}
