/**
 * Merge facts.
 *
 * The one write path into the graph: an article, the entities it mentions and the relations it
 * reports, MERGEd in a single transaction. A fact already known gains a report (sentence,
 * article, date) instead of a second edge; merging the same article again changes nothing.
 * Both the curated seed and ingested articles come through here.
 */
import { oneReportPerSentence } from './one-report-per-sentence.ts';
import type { Database, WriteTx } from '../db/database.ts';
import { ValidationError } from '../errors.ts';
import { isActorType, isEntityType, isRelationType, type EntityType, type RelationType } from '../model/vocabulary.ts';
import { OPPOSITE_TYPES } from './disagreements.ts';
import { relationId } from './edge-json.ts';
import { keepLatestArticles, keepStrongestFacts, keepTopNeighbours, type ImportanceChange } from './hub-lists.ts';
import { tallyReports } from './report-tallies.ts';
import { SEARCH_TIER } from './search-tier.ts';

export interface ArticleFacts {
  article: {
    id: string;
    title: string;
    url: string | null;
    outlet: string | null;
    published: string | null;
    wordCount?: number;
  };
  entities: {
    id: string;
    name: string;
    type: EntityType;
    aliases: string[];
    /** Further properties (start, end, number, note, description), stored as they are. */
    props?: Record<string, string | number | boolean>;
  }[];
  relations: {
    source: string;
    type: RelationType;
    target: string;
    evidence: string;
    confidence: number;
    curated: boolean;
    /** When it took place, where the text or the record says (DESIGN.md "Reports"). */
    happened?: { start: string; end: string } | null;
    /** Who makes the claim; absent when the outlet states it itself. */
    attributedTo?: string | null;
    /** The sentence denies the fact. */
    negated?: boolean;
    basis?: 'stated' | 'inferred' | 'curated';
    /** The rule behind an inferred report. */
    rule?: string;
    /** topic (MEETS), meeting (INVITES), start, end, note. */
    props?: Record<string, string | number | boolean>;
  }[];
}

export interface MergeSummary {
  article: { id: string; created: boolean };
  entities: { total: number; created: number };
  relations: { total: number; created: number; reported: number };
}

function check(facts: ArticleFacts): void {
  const ids = new Set(facts.entities.map((entity) => entity.id));
  for (const entity of facts.entities) {
    if (!isEntityType(entity.type))
      throw new ValidationError(`merge: entity '${entity.id}' has unknown type '${entity.type}'`);
  }
  for (const relation of facts.relations) {
    const where = `${relation.source} ${relation.type} ${relation.target}`;
    if (!isRelationType(relation.type)) throw new ValidationError(`merge: relation '${where}' has an unknown type`);
    if (!ids.has(relation.source) || !ids.has(relation.target)) {
      throw new ValidationError(`merge: relation '${where}' names an entity the article does not list`);
    }
    if (relation.evidence.trim() === '')
      throw new ValidationError(`merge: relation '${where}' has no evidence sentence`);
  }
}

/** The per-report lists hold no nulls: '' is unknown (or the outlet itself), as the merge queries expect. */
export function reportFields(relation: ArticleFacts['relations'][number]) {
  return {
    happenedStart: relation.happened?.start ?? '',
    happenedEnd: relation.happened?.end ?? relation.happened?.start ?? '',
    attributedTo: relation.attributedTo ?? '',
    negated: relation.negated ?? false,
    basis: relation.basis ?? (relation.curated ? 'curated' : 'stated'),
    rule: relation.rule ?? '',
  };
}

/**
 * The importance and search tier of the entities `ids`, after a merge touched them; returns
 * those whose importance rose, with it before and after.
 */
export async function updateImportance(tx: WriteTx, ids: string[]): Promise<ImportanceChange[]> {
  const [row] = await tx.run('update-importance', { ids, ...SEARCH_TIER });
  return (row?.changed ?? []) as ImportanceChange[];
}

/**
 * Marks the merged facts whose opposed type holds for the same pair (mark-opposed), in the
 * merge's transaction; the bulk loader calls it too, so its graphs have disputed facts.
 */
export async function markOpposed(
  tx: WriteTx,
  relations: { source: string; type: RelationType; target: string }[],
): Promise<void> {
  const opposable = relations.flatMap((relation) => {
    const opposite = OPPOSITE_TYPES[relation.type];
    return opposite ? [{ source: relation.source, type: relation.type, target: relation.target, opposite }] : [];
  });
  if (opposable.length > 0) await tx.run('mark-opposed', { relations: opposable });
}

export async function mergeFacts(db: Database, facts: ArticleFacts): Promise<MergeSummary> {
  check(facts);
  const entities = facts.entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    actor: isActorType(entity.type),
    aliases: [...new Set(entity.aliases.filter((alias) => alias !== entity.name))],
    props: entity.props ?? {},
  }));
  const relations = oneReportPerSentence(
    facts.relations.map((relation) => ({
      id: relationId(relation.source, relation.type, relation.target, relation.props?.meeting as string | undefined),
      source: relation.source,
      type: relation.type,
      target: relation.target,
      evidence: relation.evidence,
      confidence: relation.confidence,
      curated: relation.curated,
      props: relation.props ?? {},
      ...reportFields(relation),
    })),
  );
  const article = { ...facts.article, wordCount: facts.article.wordCount ?? null };
  return db.writeTransaction(async (tx) => {
    const [articleRow] = await tx.run('merge-article', { article });
    const [entityRow] = await tx.run('merge-entities', { articleId: article.id, entities });
    await keepLatestArticles(
      tx,
      entities.map((entity) => ({ articleId: article.id, entityId: entity.id })),
    );
    const [relationRow] = await tx.run('merge-relations', {
      articleId: article.id,
      published: article.published,
      relations,
    });
    await tallyReports(tx, relationRow);
    // Same transaction: the overview reads importance from its index, so it must never lag a merge.
    const changed = await updateImportance(
      tx,
      entities.map((entity) => entity.id),
    );
    await keepStrongestFacts(tx, relationRow);
    await keepTopNeighbours(tx, relationRow, changed);
    await markOpposed(tx, relations);
    return {
      article: { id: article.id, created: articleRow?.created === true },
      entities: { total: Number(entityRow?.entities ?? 0), created: Number(entityRow?.created ?? 0) },
      relations: {
        total: Number(relationRow?.relations ?? 0),
        created: Number(relationRow?.created ?? 0),
        reported: Number(relationRow?.reported ?? 0),
      },
    };
  });
}
