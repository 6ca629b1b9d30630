/**
 * Ingest article.
 *
 * An article's text becomes graph: extraction (src/ingest, no database) with the graph's own
 * entities as gazetteer, then — unless it is a dry run — one transaction that merges the
 * article, its entities and its relations. A reviewed extraction (the user unticked what was
 * wrong) may be passed instead of the extractor's own, and is checked against the text first.
 */
import type { Database } from '../db/database.ts';
import { ValidationError } from '../errors.ts';
import { ExtractionInputError, extract } from '../ingest/extract.ts';
import type { ExtractedEntity, ExtractedRelation, Extraction } from '../ingest/types.ts';
import type { EntityJson } from '../model/json.ts';
import type { EntityType } from '../model/vocabulary.ts';
import { mergeFacts, type ArticleFacts, type MergeSummary } from './merge-facts.ts';

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  published?: string;
  outlet?: string;
}

export interface IngestResult {
  article: { id: string; title: string; published: string | null; created: boolean };
  created: { entities: number; relations: number };
  /** Relations already in the graph that gained this article's report. */
  merged: { relations: number };
  dryRun: boolean;
  extraction: Extraction;
}

const gazetteers = new WeakMap<Database, EntityJson[]>();

async function graphGazetteer(db: Database): Promise<EntityJson[]> {
  let entities = gazetteers.get(db);
  if (!entities) {
    const rows = await db.readQuery('entity-gazetteer');
    entities = rows.map((row) => ({
      id: String(row.id),
      name: String(row.name),
      type: row.type as EntityType,
      aliases: (row.aliases as unknown[]).map(String),
    }));
    gazetteers.set(db, entities);
  }
  return entities;
}

export async function extractArticle(input: ArticleInput, gazetteer: EntityJson[] = []): Promise<Extraction> {
  try {
    return await extract(input.text, { title: input.title, url: input.url, published: input.published, gazetteer });
  } catch (error) {
    if (error instanceof ExtractionInputError) throw new ValidationError(error.message);
    throw error;
  }
}

/** A reviewed subset must come from this extraction: the same entities and sentences. */
function checkReviewed(extraction: Extraction, reviewed: { entities: string[]; relations: number[] }): Extraction {
  const known = new Set(extraction.entities.map((entity) => entity.id));
  const unknownEntity = reviewed.entities.find((id) => !known.has(id));
  if (unknownEntity) throw new ValidationError(`articles: reviewed entity '${unknownEntity}' is not in the extraction`);
  const badIndex = reviewed.relations.find((i) => !Number.isInteger(i) || i < 0 || i >= extraction.relations.length);
  if (badIndex !== undefined)
    throw new ValidationError(`articles: reviewed relation ${badIndex} is not in the extraction`);
  const entities = new Set(reviewed.entities);
  const relations = reviewed.relations
    .map((i) => extraction.relations[i]!)
    .filter((relation) => entities.has(relation.source) && entities.has(relation.target));
  return {
    ...extraction,
    entities: extraction.entities.filter((entity) => entities.has(entity.id)),
    relations,
  };
}

function entityProps(entity: ExtractedEntity): Record<string, string> {
  const props: Record<string, string> = {};
  if (entity.number) props.number = entity.number;
  if (entity.start) props.start = entity.start;
  if (entity.end) props.end = entity.end;
  return props;
}

function relationProps(relation: ExtractedRelation): Record<string, string> {
  const props: Record<string, string> = {};
  if (relation.topic) props.topic = relation.topic;
  if (relation.meeting) props.meeting = relation.meeting;
  return props;
}

export function extractionToFacts(extraction: Extraction, input: ArticleInput): ArticleFacts {
  return {
    article: {
      id: extraction.article.id,
      title: extraction.article.title,
      url: input.url ?? extraction.article.url ?? null,
      outlet: input.outlet ?? null,
      published: extraction.article.published,
      wordCount: input.text.split(/\s+/).filter(Boolean).length,
    },
    entities: extraction.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      props: entityProps(entity),
    })),
    relations: extraction.relations.map((relation) => ({
      source: relation.source,
      type: relation.type,
      target: relation.target,
      evidence: relation.evidence,
      confidence: relation.confidence,
      curated: false,
      happened: relation.happened,
      attributedTo: relation.attributedTo,
      negated: relation.negated,
      basis: relation.basis,
      ...(relation.rule ? { rule: relation.rule } : {}),
      props: relationProps(relation),
    })),
  };
}

export async function ingestArticle(
  db: Database,
  input: ArticleInput,
  options: { dryRun: boolean; reviewed?: { entities: string[]; relations: number[] } },
): Promise<IngestResult> {
  let extraction = await extractArticle(input, await graphGazetteer(db));
  if (options.reviewed) extraction = checkReviewed(extraction, options.reviewed);
  const article = {
    id: extraction.article.id,
    title: extraction.article.title,
    published: extraction.article.published,
  };
  if (options.dryRun) {
    return {
      article: { ...article, created: false },
      created: { entities: 0, relations: 0 },
      merged: { relations: 0 },
      dryRun: true,
      extraction,
    };
  }
  const summary: MergeSummary = await mergeFacts(db, extractionToFacts(extraction, input));
  gazetteers.delete(db);
  return {
    article: { ...article, created: summary.article.created },
    created: { entities: summary.entities.created, relations: summary.relations.created },
    merged: { relations: summary.relations.reported },
    dryRun: false,
    extraction,
  };
}
