/**
 * Score.
 *
 * Compares an extraction with gold annotations: extracted entities are matched to gold ones by
 * id or by a shared name or alias (case- and accent-insensitive), relations as (source, type,
 * target) triples after that mapping, each triple once however many sentences report it, and
 * MEETS, ALLIED_WITH and FIGHTS in either direction. Pure, so the eval script and the tests share it.
 *
 * Precision and recall are of what the sentences state: the extraction's `stated` relations against
 * the gold relations a sentence states. Relations the extractor infers (an office holder represents
 * its state) claim no sentence, so they are counted apart, with how many the gold holds; gold
 * relations marked `stated: false` (a curated graph's facts the article does not say) are only
 * there for that count.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES, isActorType, type RelationType } from '../model/vocabulary.ts';
import { foldPhrase } from './tokens.ts';
import type { Extraction } from './types.ts';

export const goldSchema = z.strictObject({
  /** Where the text comes from. */
  source: z.string().min(1),
  /** The article, inline, or a file relative to the repository root. */
  text: z.string().optional(),
  textFile: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  entities: z.array(
    z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      type: z.enum(ENTITY_TYPES),
      aliases: z.array(z.string()).default([]),
    }),
  ),
  relations: z.array(
    z.strictObject({
      source: z.string().min(1),
      type: z.enum(RELATION_TYPES),
      target: z.string().min(1),
      note: z.string().optional(),
      /** The report: its sentence verbatim, and what the sentence says of when, who and whether. */
      evidence: z.string().optional(),
      happened: z.strictObject({ start: z.string(), end: z.string() }).nullable().optional(),
      attributedTo: z.string().nullable().optional(),
      negated: z.boolean().optional(),
      /** false: a fact of the curated graph that no sentence of the article states. */
      stated: z.boolean().default(true),
    }),
  ),
  /** Names from around the report (aggregator headlines) that no entity may carry. */
  boilerplate: z.array(z.string()).default([]),
  /** Targets this fixture must meet for the eval to pass. */
  targets: z.strictObject({ relationF1: z.number().min(0).max(1), allActors: z.boolean() }).optional(),
});

export type Gold = z.infer<typeof goldSchema>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Agreement on the report fields over reports matched by fact and sentence. */
export interface FieldCounts {
  matched: number;
  negated: number;
  attributedTo: number;
  happened: number;
}

/**
 * Why stated gold relations were missed, counted once per fact: an end the extraction never
 * found, both ends found but joined by another type, direction or denial, or both found and not
 * joined at all. Counts only, so a held-out block can say where its recall goes without showing
 * a sentence to tune on.
 */
export interface MissCauses {
  endNotFound: number;
  otherRelation: number;
  notJoined: number;
}

/** Inferred relations: how many the extractor proposed, and how many of those the gold holds. */
export interface InferredCounts {
  proposed: number;
  held: number;
}

export interface Score {
  entities: Counts;
  /** The stated relations. */
  relations: Counts;
  /** The stated relations by relation type, so a block says which kinds it reads well. */
  byType: Record<string, Counts>;
  /** Every relation proposed, stated or inferred, against every gold relation: the old measure. */
  proposed: Counts;
  inferred: InferredCounts;
  /** Inferred facts, each marked with whether the gold holds it. */
  inferredFacts: string[];
  missingActors: string[];
  boilerplateEntities: string[];
  falsePositives: string[];
  falseNegatives: string[];
  missCauses: MissCauses;
  missingEntities: string[];
  extraEntities: string[];
  fields: FieldCounts;
  /** Matched reports whose fields disagree with the gold: "field: got vs wanted, fact". */
  fieldMisses: string[];
}

/** The first line of a dev-set report, `# source: ...`, names where it came from; it is not article text. */
export function stripSourceLine(text: string): string {
  return /^# source:/.test(text) ? text.slice(text.indexOf('\n') + 1) : text;
}

interface ReportFields {
  happened?: { start: string; end: string } | null;
  attributedTo?: string | null;
  negated?: boolean;
}

const sameSentence = (a: string, b: string): boolean => foldPhrase(a) === foldPhrase(b);

/** A name as the scorer matches it: folded, and without a leading article, which the extractor never keeps ("the meeting in Riyadh"). */
const nameKey = (name: string): string => foldPhrase(name).replace(/^(?:the|a|an) /, '');

const SYMMETRIC: readonly RelationType[] = ['MEETS', 'ALLIED_WITH', 'FIGHTS'];

function triple(source: string, type: string, target: string): string {
  const [a, b] = SYMMETRIC.includes(type as RelationType) && target < source ? [target, source] : [source, target];
  return `${a} ${type} ${b}`;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores `extraction` against `gold`; see the file comment. */
/** The extracted entities with a name or alias that holds one of `names` (boilerplate names) as whole words. */
export function furnitureEntities(extraction: Extraction, names: readonly string[]): string[] {
  const terms = names.map((n) => ` ${foldPhrase(n)} `);
  return extraction.entities
    .filter((e) => [e.name, ...e.aliases].some((n) => terms.some((t) => ` ${foldPhrase(n)} `.includes(t))))
    .map((e) => e.id);
}

/** A relation as the score counts it (`falseNegatives` lists these), its ends through `map`. */
export function factKey(
  r: { source: string; type: string; target: string } & ReportFields,
  map = (id: string): string => id,
): string {
  // A denial is its own claim: "X will not attend" is not scored as "X attends".
  return `${r.negated ? 'NOT ' : ''}${triple(map(r.source), r.type, map(r.target))}`;
}

/** The gold entity each extracted one is (by id, else by a name or alias), extracted id -> gold id. */
export function matchEntities(extraction: Extraction, gold: Gold): Map<string, string> {
  const goldByName = new Map<string, string>();
  for (const g of gold.entities) for (const name of [g.id, g.name, ...g.aliases]) goldByName.set(nameKey(name), g.id);
  const goldIds = new Set(gold.entities.map((g) => g.id));
  const idMap = new Map<string, string>();
  for (const e of extraction.entities) {
    const hit = goldIds.has(e.id)
      ? e.id
      : [e.name, ...e.aliases].map((n) => goldByName.get(nameKey(n))).find((id) => id);
    if (hit) idMap.set(e.id, hit);
  }
  return idMap;
}

export function score(extraction: Extraction, gold: Gold): Score {
  const idMap = matchEntities(extraction, gold);
  const found = new Set(idMap.values());
  const entities: Counts = {
    tp: found.size,
    fp: extraction.entities.filter((e) => !idMap.has(e.id)).length,
    fn: gold.entities.filter((g) => !found.has(g.id)).length,
  };
  const mapId = (id: string): string => idMap.get(id) ?? id;
  const fact = factKey;
  const factsOf = (basis: 'stated' | 'inferred'): Set<string> =>
    new Set(extraction.relations.filter((r) => r.basis === basis).map((r) => fact(r, mapId)));
  const got = factsOf('stated');
  const inferredFacts = [...factsOf('inferred')].filter((t) => !got.has(t));
  const want = new Set(gold.relations.filter((r) => r.stated).map((r) => fact(r)));
  const held = new Set(gold.relations.map((r) => fact(r)));
  const fields: FieldCounts = { matched: 0, negated: 0, attributedTo: 0, happened: 0 };
  const fieldMisses: string[] = [];
  for (const g of gold.relations) {
    if (g.evidence === undefined) continue;
    const evidence = g.evidence;
    const key = triple(g.source, g.type, g.target);
    const hit = extraction.relations.find(
      (r) => triple(mapId(r.source), r.type, mapId(r.target)) === key && sameSentence(r.evidence, evidence),
    ) as (Extraction['relations'][number] & ReportFields) | undefined;
    if (!hit) continue;
    fields.matched += 1;
    if ((hit.negated ?? false) === (g.negated ?? false)) fields.negated += 1;
    else fieldMisses.push(`negated: ${hit.negated ?? false} vs ${g.negated ?? false}, ${key}`);
    const said = hit.attributedTo ?? null;
    const wantSaid = g.attributedTo ?? null;
    if (said === wantSaid || (said !== null && wantSaid !== null && foldPhrase(mapId(said)) === foldPhrase(wantSaid)))
      fields.attributedTo += 1;
    else fieldMisses.push(`attributedTo: ${said} vs ${wantSaid}, ${key}`);
    const when = hit.happened ?? null;
    const wantWhen = g.happened ?? null;
    if (when?.start === wantWhen?.start && when?.end === wantWhen?.end) fields.happened += 1;
    else fieldMisses.push(`happened: ${JSON.stringify(when)} vs ${JSON.stringify(wantWhen)}, ${key}`);
  }
  const falsePositives = [...got].filter((t) => !want.has(t));
  const falseNegatives = [...want].filter((t) => !got.has(t));
  const typeOfFact = new Map<string, string>();
  for (const r of extraction.relations) typeOfFact.set(fact(r, mapId), r.type);
  for (const r of gold.relations) typeOfFact.set(fact(r), r.type);
  const byType: Record<string, Counts> = {};
  const tally = (facts: readonly string[], key: keyof Counts): void => {
    for (const t of facts) (byType[typeOfFact.get(t)!] ??= { tp: 0, fp: 0, fn: 0 })[key] += 1;
  };
  tally(
    [...got].filter((t) => want.has(t)),
    'tp',
  );
  tally(falsePositives, 'fp');
  tally(falseNegatives, 'fn');
  const pair = (a: string, b: string): string => [a, b].sort().join(' ');
  const joined = new Set(extraction.relations.map((r) => pair(mapId(r.source), mapId(r.target))));
  const missCauses: MissCauses = { endNotFound: 0, otherRelation: 0, notJoined: 0 };
  const missed = new Map(gold.relations.filter((r) => r.stated).map((r) => [fact(r), r] as const));
  for (const t of falseNegatives) {
    const g = missed.get(t)!;
    if (!found.has(g.source) || !found.has(g.target)) missCauses.endNotFound += 1;
    else if (joined.has(pair(g.source, g.target))) missCauses.otherRelation += 1;
    else missCauses.notJoined += 1;
  }
  return {
    entities,
    relations: { tp: got.size - falsePositives.length, fp: falsePositives.length, fn: falseNegatives.length },
    byType,
    proposed: {
      tp: [...got, ...inferredFacts].filter((t) => held.has(t)).length,
      fp: [...got, ...inferredFacts].filter((t) => !held.has(t)).length,
      fn: [...held].filter((t) => !got.has(t) && !inferredFacts.includes(t)).length,
    },
    inferred: { proposed: inferredFacts.length, held: inferredFacts.filter((t) => held.has(t)).length },
    inferredFacts: inferredFacts.map((t) => `${t}${held.has(t) ? '' : ' (not in the gold)'}`),
    missingActors: gold.entities.filter((g) => isActorType(g.type) && !found.has(g.id)).map((g) => g.id),
    boilerplateEntities: furnitureEntities(extraction, gold.boilerplate),
    falsePositives,
    falseNegatives,
    missCauses,
    missingEntities: gold.entities.filter((g) => !found.has(g.id)).map((g) => g.id),
    extraEntities: extraction.entities.filter((e) => !idMap.has(e.id)).map((e) => e.id),
    fields,
    fieldMisses,
  };
}
