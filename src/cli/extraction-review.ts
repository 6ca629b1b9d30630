/**
 * Extraction review.
 *
 * What `parley extract` and `parley ingest --dry-run` print for a person: each proposed fact once,
 * by name, with every sentence that reports it and what each report says of itself (who says it,
 * when it happened, a denial, a rule's inference). The facts are those the "Add article" panel
 * lists (src/graph/fact-groups.ts), so a review on the command line reads like one in the browser.
 */
import { factGroups, reportSummary } from '../graph/fact-groups.ts';
import type { Extraction } from '../ingest/types.ts';

/** The facts of an extraction, one block each: the fact, then each report's sentence and fields. */
export function reviewLines(extraction: Extraction): string[] {
  const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const groups = factGroups(extraction);
  if (groups.length === 0) return ['No relation found in this text.'];
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const lines = [`Relations: ${count(groups.length, 'fact')} in ${count(extraction.relations.length, 'report')}`];
  for (const group of groups) {
    const first = extraction.relations[group.indexes[0]!]!;
    const meeting = first.meeting ? ` (to ${nameOf(first.meeting)})` : '';
    const topic = first.topic ? ` on ${first.topic}` : '';
    const denial = group.negated ? ' [denied]' : '';
    lines.push(`- ${nameOf(first.source)} -${first.type}-> ${nameOf(first.target)}${meeting}${topic}${denial}`);
    for (const index of group.indexes) {
      const relation = extraction.relations[index]!;
      const fields = [reportSummary(relation, nameOf), `confidence ${Math.round(relation.confidence * 100)}%`];
      lines.push(`    "${relation.evidence}"`, `      ${fields.filter(Boolean).join(' · ')}`);
    }
  }
  return lines;
}
