/**
 * Seed schema.
 *
 * The shape of a curated seed file (`seed/*.yaml`): one article, the entities it names and the
 * relations it states, each relation with its verbatim sentence. Checked with zod when loaded,
 * so a typo in a reviewed data file is an error that names the entry, not a silent bad graph.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../model/vocabulary.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug like "united-nations"');

export const seedEntitySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1)).default([]),
  /** Why the entity is stored as it is (e.g. a corrected misprint). */
  note: z.string().optional(),
  /** Meetings: when they ran. */
  start: isoDate.optional(),
  end: isoDate.optional(),
  /** Documents: their number. */
  number: z.string().optional(),
  description: z.string().optional(),
});

export const seedRelationSchema = z.strictObject({
  source: slug,
  type: z.enum(RELATION_TYPES),
  target: slug,
  /** The sentence, verbatim from the article. */
  evidence: z.string().min(1),
  confidence: z.number().min(0).max(1).default(1),
  /** MEETS: what they discussed. */
  topic: z.string().optional(),
  /** INVITES between actors: the meeting invited to (an entity id). */
  meeting: slug.optional(),
  /** When it happened, where the text or the record says. */
  start: isoDate.optional(),
  end: isoDate.optional(),
  /** Who makes the claim, where the sentence says ("al-Jaafari said"): an entity id or the words used. */
  attributedTo: z.string().min(1).optional(),
  /** The sentence denies the fact. */
  negated: z.boolean().default(false),
  note: z.string().optional(),
});

export const seedFileSchema = z.strictObject({
  article: z.strictObject({
    /** File under seed/articles/ holding the article's text. */
    file: z.string().min(1),
    title: z.string().min(1),
    url: z.string().nullable().default(null),
    outlet: z.string().nullable().default(null),
    published: isoDate,
  }),
  entities: z.array(seedEntitySchema).min(1),
  relations: z.array(seedRelationSchema).min(1),
});

export type SeedEntity = z.infer<typeof seedEntitySchema>;
export type SeedRelation = z.infer<typeof seedRelationSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
