/**
 * Disagreements.
 *
 * Where the sources disagree (DESIGN.md "Disagreements"): a fact with a denial against an
 * assertion whose event times overlap or are unknown, or two facts of opposed types for the same
 * pair. Both are marked `disputed` at merge time; this reads them through the disputed indexes
 * and splits each into its sides, every report with its sentence, article and speaker.
 */
import type { Database } from '../db/database.ts';
import type { EdgeJson } from '../model/json.ts';
import type { RelationType } from '../model/vocabulary.ts';
import { articleIdsOf, toEdgeJson, type StoredEdge } from './edge-json.ts';
import { articlesById } from './sources.ts';

export const OPPOSITE_TYPES: Partial<Record<RelationType, RelationType>> = {
  ATTENDS: 'BOYCOTTS',
  BOYCOTTS: 'ATTENDS',
  SUPPORTS: 'OPPOSES',
  OPPOSES: 'SUPPORTS',
};

export interface DisagreementJson {
  id: string;
  kind: 'negation' | 'opposed';
  source: string;
  target: string;
  sides: { edge: EdgeJson; label: string }[];
}

function side(edge: EdgeJson, keep: (negated: boolean) => boolean, label: string) {
  return { edge: { ...edge, evidence: edge.evidence.filter((report) => keep(report.negated)) }, label };
}

export async function findDisagreements(
  db: Database,
  options: { entity: string | null; limit: number },
): Promise<{ disagreements: DisagreementJson[]; total: number }> {
  const rows = await db.readQuery('disagreements', {
    entity: options.entity,
    limit: options.limit * 2,
    opposites: OPPOSITE_TYPES,
  });
  const stored = (type: unknown, props: unknown, row: Record<string, unknown>): StoredEdge => ({
    type: String(type),
    source: String(row.source),
    target: String(row.target),
    props: props as Record<string, unknown>,
  });
  const pairs = rows.map((row) => {
    const opposed = row.opposed as { type: string; props: Record<string, unknown> } | null;
    return {
      main: stored(row.type, row.props, row),
      opposed: opposed && stored(opposed.type, opposed.props, row),
      denied: row.denied === true,
    };
  });
  const articles = await articlesById(
    db,
    articleIdsOf(pairs.flatMap((pair) => (pair.opposed ? [pair.main, pair.opposed] : [pair.main]))),
  );
  const found: DisagreementJson[] = [];
  for (const pair of pairs) {
    const edge = toEdgeJson(pair.main, articles);
    if (pair.denied) {
      found.push({
        id: `${edge.id}:negation`,
        kind: 'negation',
        source: edge.source,
        target: edge.target,
        sides: [side(edge, (negated) => !negated, 'reported'), side(edge, (negated) => negated, 'denied')],
      });
    }
    // Each opposed pair is listed once, from the type that sorts first.
    if (pair.opposed && pair.main.type < pair.opposed.type) {
      const other = toEdgeJson(pair.opposed, articles);
      found.push({
        id: `${edge.id}:opposed:${other.type}`,
        kind: 'opposed',
        source: edge.source,
        target: edge.target,
        sides: [side(edge, (negated) => !negated, edge.type), side(other, (negated) => !negated, other.type)],
      });
    }
  }
  return { disagreements: found.slice(0, options.limit), total: Number(rows[0]?.total ?? 0) };
}
