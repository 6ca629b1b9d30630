/**
 * Load seed.
 *
 * Reads the curated seed files (`seed/*.yaml`), checks them (schema, every evidence sentence
 * verbatim in its article, every relation between declared entities), and merges each in one
 * transaction. Idempotent: loading twice changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../config.ts';
import type { Database } from '../db/database.ts';
import { ValidationError } from '../errors.ts';
import { mergeFacts, type ArticleFacts, type MergeSummary } from '../graph/merge-facts.ts';
import { articleId } from '../ingest/article-id.ts';
import { seedFileSchema, type SeedFile } from './seed-schema.ts';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

function pick(record: Record<string, unknown>, keys: string[]): Record<string, string | number | boolean> {
  const picked: Record<string, string | number | boolean> = {};
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') picked[key] = value;
  }
  return picked;
}

export function readSeedFile(file: string): { seed: SeedFile; text: string } {
  const parsed = seedFileSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ValidationError(`seed: ${path.basename(file)}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const seed = parsed.data;
  const text = fs.readFileSync(path.join(SEED_DIR, 'articles', seed.article.file), 'utf8');
  return { seed, text };
}

/** The seed as facts to merge, checked against its article. */
export function seedToFacts(seed: SeedFile, text: string): ArticleFacts {
  const ids = new Set(seed.entities.map((entity) => entity.id));
  for (const relation of seed.relations) {
    const where = `${relation.source} ${relation.type} ${relation.target}`;
    if (!text.includes(relation.evidence))
      throw new ValidationError(`seed: evidence of '${where}' is not in the article`);
    if (relation.meeting && !ids.has(relation.meeting)) {
      throw new ValidationError(`seed: '${where}' names an unknown meeting '${relation.meeting}'`);
    }
  }
  return {
    article: {
      id: articleId(text),
      title: seed.article.title,
      url: seed.article.url,
      outlet: seed.article.outlet,
      published: seed.article.published,
      wordCount: text.split(/\s+/).filter(Boolean).length,
    },
    entities: seed.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      props: { ...pick(entity, ['note', 'start', 'end', 'number', 'description']), curated: true },
    })),
    relations: seed.relations.map((relation) => ({
      source: relation.source,
      type: relation.type,
      target: relation.target,
      evidence: relation.evidence,
      confidence: relation.confidence,
      curated: true,
      happened: relation.start ? { start: relation.start, end: relation.end ?? relation.start } : null,
      attributedTo: relation.attributedTo ?? null,
      negated: relation.negated,
      props: pick(relation, ['topic', 'meeting', 'start', 'end', 'note']),
    })),
  };
}

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEED_DIR)
    .filter((name) => /\.ya?ml$/.test(name) && name !== 'lexicon.yaml')
    .sort()
    .map((name) => path.join(SEED_DIR, name));
}

export async function loadSeed(db: Database): Promise<MergeSummary[]> {
  const summaries: MergeSummary[] = [];
  for (const file of seedFiles()) {
    const { seed, text } = readSeedFile(file);
    summaries.push(await mergeFacts(db, seedToFacts(seed, text)));
  }
  return summaries;
}
