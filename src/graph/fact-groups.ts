/**
 * Fact groups.
 *
 * One fact (source, type, target) is often stated in several sentences of one article; a review
 * (the "Add article" panel, `parley extract`, `parley ingest --dry-run`) shows each fact once with
 * every sentence that reports it. Denials stay apart from affirmations of the same fact, and a
 * fact that only a rule adds (never a sentence) is marked inferred.
 */
import type { ExtractedRelation, Extraction } from '../ingest/types.ts';
import { relationId } from './edge-json.ts';

/** One fact as a review shows it: every sentence (relation index) that reports it, once. */
export interface FactGroup {
  id: string;
  indexes: number[];
  negated: boolean;
  /** Only added by a rule (the lexicon's office holders), never what a sentence says. */
  inferred: boolean;
}

/** The extraction's relations grouped per fact (and per denial), in the order first reported. */
export function factGroups(extraction: Extraction): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  extraction.relations.forEach((relation, index) => {
    const id = relationId(relation.source, relation.type, relation.target, relation.meeting);
    const negated = relation.negated === true;
    const key = `${id}|${negated}`;
    const group = groups.get(key) ?? { id, indexes: [], negated, inferred: true };
    group.indexes.push(index);
    group.inferred &&= relation.basis === 'inferred';
    groups.set(key, group);
  });
  return [...groups.values()];
}

/**
 * What one report says of itself, for a person: who says it, when it happened, and the rule of an
 * inferred one ("said by Yahya al-Aridi · happened 2018-01-29 to 2018-01-30"); empty when the
 * outlet states it undated.
 */
export function reportSummary(relation: ExtractedRelation, nameOf: (id: string) => string): string {
  const { happened, attributedTo } = relation;
  const span = happened && (happened.start === happened.end ? happened.start : `${happened.start} to ${happened.end}`);
  return [
    attributedTo ? `said by ${nameOf(attributedTo)}` : null,
    span ? `happened ${span}` : null,
    relation.basis === 'inferred' ? `inferred by the rule '${relation.rule ?? 'unknown'}', not stated` : null,
  ]
    .filter((field) => field !== null)
    .join(' · ');
}
