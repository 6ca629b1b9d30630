/**
 * Extract.
 *
 * The ingestion pipeline in one pure call: raw article text in, the extraction JSON of
 * ../shared/DESIGN.md out (article, entities, relations with their verbatim sentences and
 * confidences, dropped lines, warnings). clean -> sentences -> names -> coreference -> positions
 * -> resolve -> parse (the warm CoreNLP process, src/nlp/parser.ts) -> the positions phrases name
 * (position-phrases.ts; resolved again) -> relations. Needs no database: the lexicon is read once from `seed/lexicon.yaml`,
 * and a caller may pass the graph's entities as a gazetteer so that known ids are reused.
 */
import type { EntityJson } from '../model/json.ts';
import { articleId } from './article-id.ts';
import { clean } from './clean.ts';
import { resolveCoreference } from './coreference.ts';
import {
  buildGazetteer,
  datelinePlace,
  findMentions,
  findPositions,
  matchNames,
  type Gazetteer,
  type KnownEntity,
} from './entities.ts';
import { defaultLexicon, type Lexicon } from './lexicon.ts';
import { sharedParser, type ParsedSentence, type Parser } from '../nlp/parser.ts';
import { extractRelations, mayRelate, type RelationContext } from './relations.ts';
import { mayTakeSides, positionPhrases } from './position-phrases.ts';
import { resolveEntities } from './resolve.ts';
import { asSentence, mentionsOn, sentenceVariants, type SentenceVariant } from './sentence-variants.ts';
import { splitSentences } from './sentences.ts';
import type {
  CleanedText,
  ExtractedEntity,
  ExtractedRelation,
  ExtractOptions,
  Extraction,
  Mention,
  Sentence,
} from './types.ts';

/** The input cannot be extracted (not text, empty, or an option is malformed). */
export class ExtractionInputError extends Error {
  override readonly name = 'ExtractionInputError';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Longer articles are refused: split them (a book-length paste is not one report). */
export const MAX_ARTICLE_WORDS = 20_000;
/** Longer sentences are not parsed (their relations are not read): no report writes one, and a
 * parse of thousands of words (text without punctuation) takes the parser most of a minute. */
export const MAX_SENTENCE_WORDS = 150;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}
const DOMAIN_WORDS =
  /\b(?:syria|syrian|rebels?|opposition|talks|cease-?fire|truce|envoy|kurd|kurdish|regime|offensive|shelling|airstrikes?|militants?|jihadists?|refugees?|humanitarian|peace|negotiat\w+|delegations?)\b/i;

let defaultGazetteer: { lexicon: Lexicon; gazetteer: Gazetteer } | null = null;
const graphGazetteers = new WeakMap<readonly EntityJson[], Gazetteer>();

function gazetteerFor(graph: readonly EntityJson[] | undefined): Gazetteer {
  const lexicon = defaultLexicon();
  if (graph && graph.length > 0) {
    let gaz = graphGazetteers.get(graph);
    if (!gaz) {
      gaz = buildGazetteer(lexicon, graph);
      graphGazetteers.set(graph, gaz);
    }
    return gaz;
  }
  if (defaultGazetteer?.lexicon !== lexicon) defaultGazetteer = { lexicon, gazetteer: buildGazetteer(lexicon) };
  return defaultGazetteer.gazetteer;
}

function checkInput(text: unknown, options: ExtractOptions): asserts text is string {
  if (typeof text !== 'string') throw new ExtractionInputError('extract: the article must be a string');
  if (text.trim() === '') throw new ExtractionInputError('extract: the article is empty');
  const words = wordCount(text);
  if (words > MAX_ARTICLE_WORDS)
    throw new ExtractionInputError(
      `extract: the article has ${words} words, more than the ${MAX_ARTICLE_WORDS} one article may have; split it`,
    );
  if (options.published !== undefined && !ISO_DATE.test(options.published)) {
    throw new ExtractionInputError(`extract: published must be YYYY-MM-DD, got '${options.published}'`);
  }
  if (options.gazetteer !== undefined && !Array.isArray(options.gazetteer)) {
    throw new ExtractionInputError('extract: gazetteer must be a list of entities');
  }
}

/** Whether a short line is about this conflict (it names a known actor or uses its words). */
function relevantTo(gaz: Gazetteer): (line: string) => boolean {
  return (line) =>
    DOMAIN_WORDS.test(line) ||
    matchNames({ index: 0, start: 0, end: line.length, text: line }, line, gaz).some(
      (m) => m.type !== 'Place' || m.source === 'gazetteer',
    );
}

/** The sentence as the input wrote it, found through the cleaned text's offsets. */
function evidenceOf(input: string, cleaned: CleanedText): (sentence: Sentence) => string {
  return (sentence) => {
    const from = cleaned.origin[sentence.start];
    const to = cleaned.origin[sentence.end - 1];
    if (from === undefined || to === undefined || from < 0 || to < from) return sentence.text;
    const original = input.slice(from, to + 1);
    return original.includes('\n') ? original.replace(/\s*\n\s*/g, ' ') : original;
  };
}

interface ParsedVariant {
  variant: SentenceVariant;
  parse: ParsedSentence;
}

/**
 * Parses the `wanted` sentences of at most MAX_SENTENCE_WORDS words, and the variants of those, in
 * one request; every other sentence of `sentences` gets an empty parse, and a warning says how
 * many were too long.
 */
async function parseShort(
  wanted: readonly Sentence[],
  variants: readonly SentenceVariant[],
  sentences: readonly Sentence[],
  given: Parser | undefined,
  warnings: string[],
): Promise<{ parses: ParsedSentence[]; variants: ParsedVariant[] }> {
  const empty: ParsedSentence = { tokens: [], deps: [] };
  const short = wanted.filter((s) => wordCount(s.text) <= MAX_SENTENCE_WORDS);
  const long = wanted.filter((s) => !short.includes(s));
  if (long.length > 0)
    warnings.push(
      `${long.length} sentence(s) of more than ${MAX_SENTENCE_WORDS} words (the first is sentence ${long[0]!.index + 1}) were not parsed, so their relations were not read`,
    );
  if (short.length === 0) return { parses: sentences.map(() => empty), variants: [] };
  const shortVariants = variants.filter((v) => short.includes(v.sentence));
  const parser = given ?? (await sharedParser());
  const parsed = await parser.parseSentences([...short.map((s) => s.text), ...shortVariants.map((v) => v.text)]);
  const byIndex = new Map(short.map((s, i) => [s.index, parsed[i]!]));
  return {
    parses: sentences.map((s) => byIndex.get(s.index) ?? empty),
    variants: shortVariants.map((variant, i) => ({ variant, parse: parsed[short.length + i]! })),
  };
}

/**
 * Relations the sentences' simpler variants (src/ingest/sentence-variants.ts) give and the
 * sentences themselves did not: read in the article with each variant in its sentence's place (the
 * k-th variant of each sentence in pass k), between the sentence's own mentions, with the
 * sentence as the input wrote it as evidence. Stated ones only; a triple the sentence already
 * gives (either way) stays as the sentence gives it.
 */
function variantRelations(
  sentences: readonly Sentence[],
  parses: readonly ParsedSentence[],
  mentions: readonly Mention[],
  variants: readonly ParsedVariant[],
  ctx: RelationContext,
  found: readonly ExtractedRelation[],
): ExtractedRelation[] {
  const evidence = (s: Sentence): string => ctx.evidence(sentences[s.index]!);
  const key = (r: ExtractedRelation): string => `${r.source}|${r.type}|${r.target}|${r.evidence}`;
  const seen = new Set(found.map(key));
  const out: ExtractedRelation[] = [];
  const passes: ParsedVariant[][] = [];
  const count = new Map<number, number>();
  for (const v of variants) {
    const k = count.get(v.variant.sentence.index) ?? 0;
    count.set(v.variant.sentence.index, k + 1);
    (passes[k] ??= []).push(v);
  }
  for (const pass of passes) {
    const varied = new Map(pass.map((v) => [v.variant.sentence.index, v]));
    const passSentences = sentences.map((s) => {
      const v = varied.get(s.index);
      return v ? asSentence(v.variant) : s;
    });
    const passParses = parses.map((p, i) => varied.get(i)?.parse ?? p);
    const passMentions = [
      ...mentions.filter((m) => !varied.has(m.sentence)),
      ...pass.flatMap((v) =>
        mentionsOn(
          v.variant,
          mentions.filter((m) => m.sentence === v.variant.sentence.index),
        ),
      ),
    ];
    const evidences = new Set(pass.map((v) => evidence(v.variant.sentence)));
    for (const r of extractRelations(passSentences, passParses, passMentions, { ...ctx, evidence })) {
      if (r.basis !== 'stated' || !evidences.has(r.evidence) || seen.has(key(r))) continue;
      seen.add(key(r));
      out.push(r);
    }
  }
  return out;
}

/** Extracts the article's entities and relations; see the file comment. */
export async function extract(text: string, options: ExtractOptions = {}): Promise<Extraction> {
  checkInput(text, options);
  const gaz = gazetteerFor(options.gazetteer);
  const cleaned = clean(text, { ...(options.title ? { title: options.title } : {}), relevant: relevantTo(gaz) });
  const published = options.published ?? cleaned.published;
  const sentences = splitSentences(cleaned.text);
  let mentions = findMentions(sentences, cleaned.text, gaz);
  mentions = resolveCoreference(sentences, mentions, { gazetteer: gaz, published });
  const positions = sentences.flatMap((s) =>
    findPositions(
      s,
      mentions.filter((m) => m.sentence === s.index),
      gaz,
    ),
  );
  mentions = [...mentions, ...positions].sort((a, b) => a.start - b.start);
  let resolved = resolveEntities(mentions, gaz, cleaned.text);
  const wanted = sentences.filter((s) => mayRelate(s, resolved.mentions) || mayTakeSides(s, resolved.mentions));
  const variants = wanted.flatMap((s) =>
    sentenceVariants(
      s,
      resolved.mentions.filter((m) => m.sentence === s.index),
    ),
  );
  const parseWarnings: string[] = [];
  const parsed = await parseShort(wanted, variants, sentences, options.parser, parseWarnings);
  // Positions named by a phrase a stance takes sides on need the parse: resolved again with them.
  const own = (s: Sentence): Mention[] => resolved.mentions.filter((m) => m.sentence === s.index);
  const phrases = sentences.flatMap((s) => positionPhrases(s, parsed.parses[s.index]!, own(s)));
  if (phrases.length > 0)
    resolved = resolveEntities(
      [...mentions, ...phrases].sort((a, b) => a.start - b.start),
      gaz,
      cleaned.text,
    );
  const ctx: RelationContext = { gazetteer: gaz, published, evidence: evidenceOf(text, cleaned) };
  const relations = extractRelations(sentences, parsed.parses, resolved.mentions, ctx);
  relations.push(...variantRelations(sentences, parsed.parses, resolved.mentions, parsed.variants, ctx, relations));
  const entities = new Map<string, ExtractedEntity>(resolved.entities.map((e) => [e.id, e]));
  const add = (id: string, known: KnownEntity | null | undefined): void => {
    if (!entities.has(id) && known)
      entities.set(id, { id, name: known.name, type: known.type, aliases: [...known.aliases] });
  };
  const filedFrom = cleaned.dateline ? datelinePlace(cleaned.dateline, gaz) : null;
  if (filedFrom) add(filedFrom.id, filedFrom);
  for (const relation of relations) for (const id of [relation.source, relation.target]) add(id, gaz.entities.get(id));
  const title = options.title ?? cleaned.title ?? sentences[0]?.text.slice(0, 160) ?? '';
  return {
    article: { id: articleId(text), title, published, ...(options.url ? { url: options.url } : {}) },
    entities: [...entities.values()],
    relations,
    dropped: cleaned.dropped,
    warnings: [...resolved.warnings, ...parseWarnings],
  };
}
