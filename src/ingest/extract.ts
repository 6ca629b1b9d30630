/**
 * Extract.
 *
 * The ingestion pipeline in one pure call: raw article text in, the extraction JSON of
 * ../shared/DESIGN.md out (article, entities, relations with their verbatim sentences and
 * confidences, dropped lines, warnings). clean -> sentences -> names -> coreference -> positions
 * -> resolve -> parse (the warm CoreNLP process, src/nlp/parser.ts) -> relations. Needs no database: the lexicon is read once from `seed/lexicon.yaml`,
 * and a caller may pass the graph's entities as a gazetteer so that known ids are reused.
 */
import type { EntityJson } from '../model/json.ts';
import { articleId } from './article-id.ts';
import { clean } from './clean.ts';
import { resolveCoreference } from './coreference.ts';
import { buildGazetteer, findMentions, findPositions, matchNames, type Gazetteer } from './entities.ts';
import { defaultLexicon, type Lexicon } from './lexicon.ts';
import { sharedParser } from '../nlp/parser.ts';
import { extractRelations } from './relations.ts';
import { resolveEntities } from './resolve.ts';
import { splitSentences } from './sentences.ts';
import type { CleanedText, ExtractedEntity, ExtractOptions, Extraction, Sentence } from './types.ts';

/** The input cannot be extracted (not text, empty, or an option is malformed). */
export class ExtractionInputError extends Error {
  override readonly name = 'ExtractionInputError';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
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
  const resolved = resolveEntities(mentions, gaz, cleaned.text);
  const parser = options.parser ?? (await sharedParser());
  const parses = await parser.parseSentences(sentences.map((s) => s.text));
  const relations = extractRelations(sentences, parses, resolved.mentions, {
    gazetteer: gaz,
    published,
    evidence: evidenceOf(text, cleaned),
  });
  const entities = new Map<string, ExtractedEntity>(resolved.entities.map((e) => [e.id, e]));
  for (const relation of relations) {
    for (const id of [relation.source, relation.target]) {
      const known = gaz.entities.get(id);
      if (!entities.has(id) && known)
        entities.set(id, { id, name: known.name, type: known.type, aliases: [...known.aliases] });
    }
  }
  const title = options.title ?? cleaned.title ?? sentences[0]?.text.slice(0, 160) ?? '';
  return {
    article: { id: articleId(text), title, published, ...(options.url ? { url: options.url } : {}) },
    entities: [...entities.values()],
    relations,
    dropped: cleaned.dropped,
    warnings: resolved.warnings,
  };
}
