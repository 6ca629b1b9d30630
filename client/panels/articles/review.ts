/**
 * Article review.
 *
 * The pure rules of the "Add article" panel: which proposed entities and relations are ticked,
 * which relations are disabled because one of their ends was unticked, the reviewed subset sent
 * to `POST /api/articles` (entity ids kept, indexes of the relations kept), the relation ids the
 * merge will give, and the sentence of each relation located in the pasted text so it can be
 * highlighted. No DOM, no network: the panel renders what these functions return.
 */
import type { ExtractedEntity, ExtractedRelation, Extraction } from '../../../src/ingest/types.ts';
import { relationId } from '../../../src/graph/edge-json.ts';
import type { FactGroup } from '../../../src/graph/fact-groups.ts';
import { ENTITY_TYPES } from '../../../src/model/vocabulary.ts';

export class ReviewError extends TypeError {
  constructor(message: string) {
    super(`review: ${message}`);
    this.name = 'ReviewError';
  }
}

/** What the user kept: entity ids and indexes into `extraction.relations`. */
export interface ReviewState {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<number>;
}

export interface ReviewedSubset {
  entities: string[];
  relations: number[];
}

function checkExtraction(extraction: Extraction): void {
  if (!extraction || !Array.isArray(extraction.entities) || !Array.isArray(extraction.relations)) {
    throw new ReviewError('expected an extraction with entities and relations arrays');
  }
}

/** Everything proposed starts ticked. */
export function initialReview(extraction: Extraction): ReviewState {
  checkExtraction(extraction);
  return {
    entities: new Set(extraction.entities.map((entity) => entity.id)),
    relations: new Set(extraction.relations.map((_relation, index) => index)),
  };
}

export function toggleEntity(state: ReviewState, id: string, on: boolean): ReviewState {
  const entities = new Set(state.entities);
  if (on) entities.add(id);
  else entities.delete(id);
  return { ...state, entities };
}

export function toggleRelation(state: ReviewState, index: number, on: boolean): ReviewState {
  const relations = new Set(state.relations);
  if (on) relations.add(index);
  else relations.delete(index);
  return { ...state, relations };
}

/** Relations that cannot be kept because their source or target entity is unticked. */
export function disabledRelations(extraction: Extraction, state: ReviewState): Set<number> {
  checkExtraction(extraction);
  const disabled = new Set<number>();
  extraction.relations.forEach((relation, index) => {
    if (!state.entities.has(relation.source) || !state.entities.has(relation.target)) disabled.add(index);
  });
  return disabled;
}

/** Whether a relation's box shows ticked: kept by the user and not disabled by an entity. */
export function isRelationKept(extraction: Extraction, state: ReviewState, index: number): boolean {
  const relation = extraction.relations[index];
  return (
    !!relation &&
    state.relations.has(index) &&
    state.entities.has(relation.source) &&
    state.entities.has(relation.target)
  );
}

/** The `reviewed` body of the merge request, in extraction order. */
export function reviewedSubset(extraction: Extraction, state: ReviewState): ReviewedSubset {
  checkExtraction(extraction);
  return {
    entities: extraction.entities.filter((entity) => state.entities.has(entity.id)).map((entity) => entity.id),
    relations: extraction.relations
      .map((_relation, index) => index)
      .filter((index) => isRelationKept(extraction, state, index)),
  };
}

/** The id the stored fact will have (src/graph/edge-json.ts), to find it in the view afterwards. */
export function relationEdgeId(relation: ExtractedRelation): string {
  return relationId(relation.source, relation.type, relation.target, relation.meeting);
}

/** Entities by type, in the vocabulary's order, names sorted within a type. */
export function entitiesByType(entities: readonly ExtractedEntity[]): [string, ExtractedEntity[]][] {
  const groups = new Map<string, ExtractedEntity[]>();
  for (const entity of entities) groups.set(entity.type, [...(groups.get(entity.type) ?? []), entity]);
  const rank = (type: string) => {
    const index = (ENTITY_TYPES as readonly string[]).indexOf(type);
    return index < 0 ? ENTITY_TYPES.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, group]) => [type, [...group].sort((a, b) => a.name.localeCompare(b.name))]);
}

/** A stretch of the text: plain, or a sentence that is the evidence of some relations. */
export interface TextSegment {
  start: number;
  end: number;
  /** Indexes of the relations this sentence is evidence for; empty for plain text. */
  relations: number[];
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
};

/**
 * The text folded as the extractor's cleaning folds it (typographic quotes and dashes made plain,
 * runs of white space made one space), with the offset in the original of each folded character.
 */
export function foldText(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const char = QUOTES[text[i]!] ?? text[i]!;
    if (/\s/.test(char)) {
      if (!space && folded.length > 0) {
        folded += ' ';
        origin.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    folded += char;
    origin.push(i);
  }
  return { folded, origin };
}

/** Where each relation's sentence is in the text (`null` where it cannot be found verbatim). */
export function locateEvidence(
  text: string,
  relations: readonly Pick<ExtractedRelation, 'evidence'>[],
): ({ start: number; end: number } | null)[] {
  if (typeof text !== 'string') throw new ReviewError('expected the article text as a string');
  const { folded, origin } = foldText(text);
  const cache = new Map<string, { start: number; end: number } | null>();
  return relations.map(({ evidence }) => {
    const sentence = foldText(evidence ?? '').folded.trim();
    if (cache.has(sentence)) return cache.get(sentence)!;
    const at = sentence ? folded.indexOf(sentence) : -1;
    const range = at < 0 ? null : { start: origin[at]!, end: origin[at + sentence.length - 1]! + 1 };
    cache.set(sentence, range);
    return range;
  });
}

/**
 * The text cut into plain stretches and highlighted sentences, covering it exactly once. Where
 * two located sentences overlap, the overlap belongs to both (its `relations` hold both).
 */
export function highlightSegments(
  text: string,
  ranges: readonly ({ start: number; end: number } | null)[],
): TextSegment[] {
  if (typeof text !== 'string') throw new ReviewError('expected the article text as a string');
  const cuts = new Set<number>([0, text.length]);
  ranges.forEach((range) => {
    if (!range) return;
    cuts.add(Math.max(0, Math.min(text.length, range.start)));
    cuts.add(Math.max(0, Math.min(text.length, range.end)));
  });
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const relations = ranges.flatMap((range, index) =>
      range && range.start <= start && range.end >= end ? [index] : [],
    );
    const last = segments.at(-1);
    if (last && last.relations.length === 0 && relations.length === 0) last.end = end;
    else segments.push({ start, end, relations });
  }
  return segments;
}

/** What a merge added, in words. */
export function mergeSummary(result: {
  created: { entities: number; relations: number };
  merged: { relations: number };
  article: { created: boolean };
}): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    plural(result.created.entities, 'new entity', 'new entities'),
    plural(result.created.relations, 'new relation', 'new relations'),
    plural(result.merged.relations, 'new report of a known fact', 'new reports of known facts'),
  ];
  const head = result.article.created ? 'Added' : 'The article was already in the graph; added';
  return `${head} ${parts[0]}, ${parts[1]} and ${parts[2]}.`;
}

/** The limit the API enforces (src/api/article-routes.ts, MAX_ARTICLE_CHARS). */
export const MAX_ARTICLE_CHARS = 200_000;

/** Why the form cannot be sent yet, or null when it can. */
export function formProblem(input: { text: string; published: string; url: string }): string | null {
  if (input.text.trim().length === 0) return 'Paste or drop the article text first.';
  if (input.text.length > MAX_ARTICLE_CHARS) {
    return `The text is ${input.text.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}.`;
  }
  if (input.published && !/^\d{4}-\d{2}-\d{2}$/.test(input.published)) return 'The date should be YYYY-MM-DD.';
  if (input.url && !/^https?:\/\/\S+$/i.test(input.url)) return 'The URL should start with http:// or https://.';
  return null;
}

/** Ticks or unticks every report of one fact. */
export function toggleFact(state: ReviewState, group: FactGroup, on: boolean): ReviewState {
  return group.indexes.reduce((next, index) => toggleRelation(next, index, on), state);
}
