/**
 * Entities.
 *
 * Finds the names in each sentence: a gazetteer built from the lexicon and the graph's own
 * entities (the graph's ids win where both know a name), matched on folded tokens, longest match
 * first, whole words only, possessives allowed ("Moscow's"); acronyms such as "UN" match only in
 * capitals and capitalized names only capitalized. A capital is its state ("Moscow's ally") except
 * after a preposition of place ("talks in Moscow"); a demonym is its state before a head word
 * ("Turkish forces", "Russian-backed"). "Resolution 2254" and its variants are documents by number.
 * Names the gazetteer does not know are taken, conservatively, from capitalized runs that
 * `compromise` or the context (a title, an organization's head word) shows to be a person, an
 * organization or a place. Positions are found by their cues once coreference has run.
 */
import { MONTH_ABBREVIATIONS, MONTHS_FULL, WEEKDAYS } from './calendar.ts';
import nlp from 'compromise';
import type { EntityJson } from '../model/json.ts';
import { isEntityType, type EntityType } from '../model/vocabulary.ts';
import { roleHeld, type Lexicon, type LexiconEntry } from './lexicon.ts';
import { foldPhrase, tokenize, type Token } from './tokens.ts';
import type { Mention, MentionSource, Sentence } from './types.ts';

/** An entity the extractor knows before reading: from the graph, the lexicon, or both. */
export interface KnownEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  number?: string;
  lexicon?: LexiconEntry;
  fromGraph: boolean;
}

interface Terminal {
  id: string;
  /** Only in capitals ("UN"), or only capitalized ("West"). */
  caps: 'all' | 'first' | 'any';
  /** A capital city standing for its state. */
  metonym: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terminals: Terminal[];
}

export interface Gazetteer {
  entities: Map<string, KnownEntity>;
  /** A lexicon id -> the id used (the graph's, when the graph knows the entity). */
  idOf: (lexiconId: string) => string;
  trie: TrieNode;
  /** Folded demonym -> state id. */
  demonyms: Map<string, string>;
  /** Folded names never taken as entities. */
  stopNames: Set<string>;
  /** Every known name, folded without "al"/"el" and doubled letters -> id. */
  looseNames: Map<string, string>;
  /** Folded first names of the region's people. */
  givenNames: Set<string>;
}

const SKIPPABLE = new Set(['-', '.', "'", '’']);
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'to',
  'from',
  'into',
  'outside',
  'around',
  'of',
  'toward',
  'towards',
  'across',
  'via',
  'inside',
]);
const DEMONYM_HEADS = new Set([
  'government',
  'regime',
  'forces',
  'troops',
  'army',
  'military',
  'soldiers',
  'president',
  'foreign',
  'minister',
  'ministry',
  'officials',
  'official',
  'delegation',
  'delegates',
  'team',
  'envoy',
  'ambassador',
  'diplomats',
  'diplomat',
  'authorities',
  'leader',
  'leadership',
  'warplanes',
  'jets',
  'air',
  'side',
  'sides',
  'counterpart',
  'counterparts',
  'defence',
  'defense',
  'prime',
  'deputy',
  'state',
  'navy',
  'drones',
  'intelligence',
  'embassy',
  'mfa',
  'negotiators',
  'negotiator',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'representatives',
  'observer',
  'observers',
  'envoys',
  'ambassadors',
  'ministers',
  'lawmaker',
  'lawmakers',
  'delegate',
  'parliament',
  'special',
  'top',
  'presidential',
  'counterterrorism',
  'artillery',
  'backing',
  'proposal',
  'plan',
  'attack',
  'attacks',
  'offensive',
  'operation',
  'assault',
  'incursion',
  'aggression',
  'invitation',
  'initiative',
]);
const COMPOUND_SUFFIX =
  /^-(?:backed|led|sponsored|brokered|hosted|organi[sz]ed|supported|allied|mediated|convened|run|initiated|arranged|proposed|chaired|facilitated)\b/;

/** From the strictest to the loosest. */
const CAPS_ORDER: readonly Terminal['caps'][] = ['all', 'first', 'any'];

function addToTrie(root: TrieNode, alias: string, terminal: Omit<Terminal, 'caps'>): void {
  const words = tokenize(alias).filter((t) => !SKIPPABLE.has(t.text));
  if (words.length === 0) return;
  const letters = alias.replace(/[^\p{L}]/gu, '');
  const caps: Terminal['caps'] =
    letters.length <= 3 && letters === letters.toUpperCase() ? 'all' : /^\p{Lu}/u.test(alias) ? 'first' : 'any';
  let node = root;
  for (const word of words) {
    const key = word.word ? word.loose : word.text;
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map(), terminals: [] };
      node.next.set(key, child);
    }
    node = child;
  }
  const same = node.terminals.find((t) => t.id === terminal.id && t.metonym === terminal.metonym);
  // A name given in lower case as well ("constitutional committee") matches in lower case.
  if (same && CAPS_ORDER.indexOf(caps) > CAPS_ORDER.indexOf(same.caps)) same.caps = caps;
  else if (!same) node.terminals.push({ ...terminal, caps });
}

/** Folds a name for transliteration-tolerant comparison: no "al-", no doubled letters. */
export function looseName(name: string): string {
  return tokenize(name)
    .filter((t) => t.word && t.key !== 'al' && t.key !== 'el')
    .map((t) => t.loose)
    .join(' ');
}

/** Builds the gazetteer from the lexicon and, optionally, the entities already in the graph. */
export function buildGazetteer(lexicon: Lexicon, graph: readonly EntityJson[] = []): Gazetteer {
  const entities = new Map<string, KnownEntity>();
  const remap = new Map<string, string>();
  const graphNames = new Map<string, EntityJson>();
  for (const g of graph) {
    if (!isEntityType(g.type)) continue;
    for (const name of [g.name, ...g.aliases]) graphNames.set(`${g.type}:${foldPhrase(name)}`, g);
    entities.set(g.id, {
      id: g.id,
      name: g.name,
      type: g.type,
      aliases: [...g.aliases],
      ...(typeof g.number === 'string' ? { number: g.number } : {}),
      fromGraph: true,
    });
  }
  for (const entry of lexicon.entries) {
    const names = [entry.name, ...entry.aliases];
    const same = entities.get(entry.id)?.type === entry.type ? entities.get(entry.id) : undefined;
    const match = same ?? names.map((n) => graphNames.get(`${entry.type}:${foldPhrase(n)}`)).find((g) => g);
    if (match) {
      const known = entities.get(match.id)!;
      remap.set(entry.id, known.id);
      known.lexicon = entry;
      known.aliases = [...new Set([...known.aliases, ...names.filter((n) => n !== known.name)])];
      if (entry.number && !known.number) known.number = entry.number;
    } else {
      entities.set(entry.id, {
        id: entry.id,
        name: entry.name,
        type: entry.type,
        aliases: [...entry.aliases],
        ...(entry.number ? { number: entry.number } : {}),
        lexicon: entry,
        fromGraph: false,
      });
    }
  }
  const idOf = (lexiconId: string): string => remap.get(lexiconId) ?? lexiconId;
  const trie: TrieNode = { next: new Map(), terminals: [] };
  const demonyms = new Map<string, string>();
  const looseNames = new Map<string, string>();
  for (const known of entities.values()) {
    for (const name of [known.name, ...known.aliases]) {
      addToTrie(trie, name, { id: known.id, metonym: false });
      const loose = looseName(name);
      if (loose && !looseNames.has(loose)) looseNames.set(loose, known.id);
    }
    const entry = known.lexicon;
    if (entry?.capital) {
      const capital = lexicon.byId.get(entry.capital);
      if (capital) addToTrie(trie, capital.name, { id: known.id, metonym: true });
    }
    for (const demonym of entry?.demonyms ?? []) demonyms.set(foldPhrase(demonym), known.id);
  }
  return {
    entities,
    idOf,
    trie,
    demonyms,
    stopNames: new Set(lexicon.stopNames.map(foldPhrase)),
    looseNames,
    givenNames: new Set(lexicon.givenNames.map(foldPhrase)),
  };
}

function capsOk(caps: Terminal['caps'], first: Token, all: Token[]): boolean {
  if (caps === 'any') return true;
  if (caps === 'first') return /^\p{Lu}/u.test(first.text);
  return all.every((t) => !t.word || t.text === t.text.toUpperCase());
}

interface TrieMatch {
  end: number;
  terminals: Terminal[];
  tokens: Token[];
}

/** The longest gazetteer name starting at token `i` and ending before token `limit`. */
function longestAt(tokens: Token[], i: number, limit: number, root: TrieNode): TrieMatch | null {
  if (!tokens[i]!.word) return null;
  let node = root;
  let best: TrieMatch | null = null;
  const used: Token[] = [];
  for (let j = i; j < limit; j++) {
    const t = tokens[j]!;
    if (j > i && SKIPPABLE.has(t.text)) continue;
    const child = node.next.get(t.word ? t.loose : t.text);
    if (!child) break;
    node = child;
    used.push(t);
    const ok = node.terminals.filter((term) => capsOk(term.caps, tokens[i]!, used));
    if (ok.length > 0) best = { end: j + 1, terminals: ok, tokens: [...used] };
  }
  return best;
}

function chooseTerminal(
  terms: Terminal[],
  previous: Token | undefined,
  last: Token,
  gaz: Gazetteer,
  placeBefore = false,
): Terminal {
  const locative = previous !== undefined && (LOCATIVE.has(previous.key) || placeBefore) && !last.possessive;
  if (terms.length > 1 && terms.some((t) => t.metonym)) {
    const place = terms.find((t) => !t.metonym && gaz.entities.get(t.id)?.type === 'Place');
    const state = terms.find((t) => t.metonym);
    if (locative && place) return place;
    if (!locative && state) return state;
  }
  return terms.find((t) => gaz.entities.get(t.id)?.fromGraph) ?? terms[0]!;
}

function mentionOf(
  known: KnownEntity,
  first: Token,
  last: Token,
  sentence: Sentence,
  text: string,
  source: MentionSource,
): Mention {
  return {
    start: first.start,
    end: last.end,
    sentence: sentence.index,
    text: text.slice(first.start, last.end),
    entityId: known.id,
    type: known.type,
    source,
    possessive: last.possessive,
  };
}

const RESOLUTION =
  /\b(?:(?:the\s+)?(?:UN|U\.N\.|United Nations)\s+)?(?:Security\s+Council\s+|UNSC\s+)?[Rr]esolution\s+(?:No\.?\s*|number\s+)?(\d{3,4})(?:\s*\(\d{4}\))?(?:\s+of\s+the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Security\s+Council)?/g;

/**
 * "signed a Memorandum on the establishment of de-escalation areas": a document named by its
 * capitalized kind and what it is on, up to a comma, a clause or the sentence's end.
 */
const NAMED_DOCUMENT =
  /\b(?:a|an|the)\s+((?:Memorandum|Declaration|Communiqu[eé]|Treaty|Accord|Protocol|Road ?[Mm]ap)\s+(?:on|of)\s+[^,.;:!?"“”()\u2013\u2014]{3,80}?)(?=\s*[,.;:!?"“”()\u2013\u2014]|\s+(?:was|were|is|are|has|had|will|would|by|which|that|signed|adopted)\b|\s*$)/g;

/** "TEHRAN (Tasnim) –", "Ankara, MINA –": the city a report is filed from, a place and not its state. */
const DATELINE = /^\s*(?:\([^)]*\)|(?:,\s*\p{Lu}\p{L}+\b)+)?\s*[-\u2013\u2014]/u;

/**
 * The known place a dateline names ("DAMASCUS, (ST)_", "VIENNA, January 27. /TASS/."): where the
 * report was filed, which the article mentions though cleaning keeps the dateline out of its text.
 */
export function datelinePlace(dateline: string, gaz: Gazetteer): KnownEntity | null {
  const city = /^\p{Lu}[\p{Lu}' -]*?(?=\s*(?:[,(:_\u2013\u2014-]|$))/u.exec(dateline)?.[0];
  if (!city) return null;
  const name = city.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase());
  // Read as a place ("in Damascus"), not as the capital standing for its state.
  const text = `in ${name}`;
  const found = matchNames({ index: 0, start: 0, end: text.length, text }, text, gaz);
  const whole = found.find((m) => m.start === 3 && m.end === text.length);
  const known = whole ? gaz.entities.get(whole.entityId) : undefined;
  return known?.type === 'Place' ? known : null;
}

/** Gazetteer names, documents by number and demonyms in one sentence (cleaned `text` for offsets). */
export function matchNames(sentence: Sentence, text: string, gaz: Gazetteer): Mention[] {
  const mentions: Mention[] = [];
  const tokens = tokenize(sentence.text, sentence.start);
  const taken = new Set<number>();
  for (const m of sentence.text.matchAll(RESOLUTION)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    mentions.push({
      start,
      end,
      sentence: sentence.index,
      text: m[0],
      entityId: `new:Document:${m[1]!}`,
      type: 'Document',
      source: 'pattern',
      possessive: false,
      name: m[0],
      number: m[1]!,
    });
    tokens.forEach((t, k) => {
      if (t.start >= start && t.end <= end) taken.add(k);
    });
  }
  for (const m of sentence.text.matchAll(NAMED_DOCUMENT)) {
    const start = sentence.start + m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    mentions.push({
      start,
      end,
      sentence: sentence.index,
      text: m[1]!,
      entityId: `new:Document:${foldPhrase(m[1]!)}`,
      type: 'Document',
      source: 'pattern',
      possessive: false,
      name: m[1]!,
    });
    tokens.forEach((t, k) => {
      if (t.start >= start && t.end <= end) taken.add(k);
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    let limit = i;
    while (limit < tokens.length && !taken.has(limit)) limit++;
    const match = longestAt(tokens, i, limit, gaz.trie);
    if (!match) continue;
    // "the opposition High Negotiations Committee": a common noun before a name describes it.
    if (match.end === i + 1 && !/\p{Lu}/u.test(tokens[i]!.text) && capitalizedNameAt(tokens, match.end, limit, gaz))
      continue;
    const rest = sentence.text.slice(tokens[match.end - 1]!.end - sentence.start);
    const capitals = match.tokens.every((t) => !t.word || (t.text.length > 1 && t.text === t.text.toUpperCase()));
    // "BEIRUT:", "ANKARA" on a line of its own: a city in capitals opening a line is where the report was filed.
    const dateline = i === 0 && (DATELINE.test(rest) || (capitals && /^\s*(?::|$)/.test(rest)));
    const term = dateline
      ? (match.terminals.find((t) => !t.metonym && gaz.entities.get(t.id)?.type === 'Place') ?? match.terminals[0]!)
      : chooseTerminal(
          match.terminals,
          tokens[i - 1],
          tokens[match.end - 1]!,
          gaz,
          placeListed(tokens, i, mentions) || afterCapital(tokens, i),
        );
    const known = gaz.entities.get(term.id)!;
    const first = tokens[i]!;
    const last = tokens[match.end - 1]!;
    const source: MentionSource = known.fromGraph ? 'gazetteer' : 'lexicon';
    const mention = mentionOf(known, first, last, sentence, text, source);
    if (known.type === 'Meeting' && match.end - i > 1)
      mention.parts = partsOf(tokens, i, match.end, sentence, text, gaz);
    mentions.push(mention);
    i = match.end - 1;
  }
  mentions.push(...demonymMentions(tokens, mentions, sentence, text, gaz));
  return mentions.sort((a, b) => a.start - b.start);
}

/** "in Riyadh and Beirut": a name listed after a place keeps the preposition that place had. */
function placeListed(tokens: Token[], i: number, mentions: Mention[]): boolean {
  const previous = tokens[i - 1];
  const before = tokens[i - 2];
  const last = mentions[mentions.length - 1];
  return (
    previous !== undefined &&
    before !== undefined &&
    ['and', 'or', ','].includes(previous.key || previous.text) &&
    last?.type === 'Place' &&
    last.end === before.end
  );
}

/** "in capital Ankara", "the Iranian capital, Tehran": the city named as a capital is the place. */
function afterCapital(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (previous?.key === 'capital') return true;
  return previous?.text === ',' && tokens[i - 2]?.key === 'capital';
}

function capitalizedNameAt(tokens: Token[], i: number, limit: number, gaz: Gazetteer): boolean {
  return i < limit && /^\p{Lu}/u.test(tokens[i]!.text) && longestAt(tokens, i, limit, gaz.trie) !== null;
}

/** The names inside a meeting's name, without the whole. */
function partsOf(
  tokens: Token[],
  from: number,
  to: number,
  sentence: Sentence,
  text: string,
  gaz: Gazetteer,
): Mention[] {
  const parts: Mention[] = [];
  for (let i = from; i < to; i++) {
    const match = longestAt(tokens, i, i === from ? to - 1 : to, gaz.trie);
    if (!match) continue;
    const term = chooseTerminal(match.terminals, tokens[i - 1], tokens[match.end - 1]!, gaz);
    const known = gaz.entities.get(term.id)!;
    if (known.type === 'Meeting') continue;
    parts.push(mentionOf(known, tokens[i]!, tokens[match.end - 1]!, sentence, text, 'lexicon'));
    i = match.end - 1;
  }
  for (let i = from; i < to; i++) {
    const state = demonymAt(tokens, i, gaz);
    if (state && !parts.some((p) => p.start <= tokens[i]!.start && tokens[i]!.start < p.end)) {
      parts.push({
        ...mentionOf(gaz.entities.get(state)!, tokens[i]!, tokens[i]!, sentence, text, 'lexicon'),
        demonym: true,
      });
    }
  }
  return parts.sort((a, b) => a.start - b.start);
}

/**
 * The state a demonym at token `i` stands for, when a head word or a compound follows it, or another
 * such demonym after "and", "or" or a comma ("the Russian and Iranian sides").
 */
function demonymAt(tokens: Token[], i: number, gaz: Gazetteer): string | null {
  const t = tokens[i]!;
  if (!t.word || !/^\p{Lu}/u.test(t.text)) return null;
  const state = gaz.demonyms.get(t.key);
  if (!state) return null;
  const next = tokens[i + 1];
  if (t.possessive) return null;
  if (next?.text === '-' && tokens[i + 2] && COMPOUND_SUFFIX.test('-' + tokens[i + 2]!.key)) return state;
  if (next && ['and', 'or', ','].includes(next.key || next.text) && tokens[i + 2]) {
    const after = tokens[i + 2]!.key === 'and' || tokens[i + 2]!.key === 'or' ? i + 3 : i + 2;
    if (tokens[after] && gaz.demonyms.has(tokens[after]!.key) && demonymAt(tokens, after, gaz)) return state;
  }
  return next?.word && DEMONYM_HEADS.has(next.key) ? state : null;
}

function demonymMentions(
  tokens: Token[],
  taken: Mention[],
  sentence: Sentence,
  text: string,
  gaz: Gazetteer,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken.some((m) => m.start <= t.start && t.start < m.end)) continue;
    const state = demonymAt(tokens, i, gaz);
    if (state) out.push({ ...mentionOf(gaz.entities.get(state)!, t, t, sentence, text, 'lexicon'), demonym: true });
    const capital = capitalNamedBy(tokens, i, gaz);
    if (capital) out.push(mentionOf(capital, t, tokens[i + 1]!, sentence, text, 'lexicon'));
  }
  return out;
}

/** "the Saudi capital" with no name after it: the state's capital city, a place. */
function capitalNamedBy(tokens: Token[], i: number, gaz: Gazetteer): KnownEntity | null {
  const t = tokens[i]!;
  if (!t.word || !/^\p{Lu}/u.test(t.text) || t.possessive || tokens[i + 1]?.key !== 'capital') return null;
  const after = tokens[i + 2]?.text === ',' ? tokens[i + 3] : tokens[i + 2];
  if (after && /^\p{Lu}/u.test(after.text)) return null;
  const state = gaz.demonyms.get(t.key);
  return state ? capitalOf(state, gaz) : null;
}

/** State `id`'s capital city (the lexicon's `capital`, else its `seat`), a place. */
export function capitalOf(id: string, gaz: Gazetteer): KnownEntity | null {
  const entry = gaz.entities.get(id)?.lexicon;
  const capital = entry?.capital ?? entry?.seat;
  const place = capital ? gaz.entities.get(gaz.idOf(capital)) : undefined;
  return place?.type === 'Place' ? place : null;
}

// --- Names the gazetteer does not know ------------------------------------------------------

const CONNECTORS = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'abd',
  'de',
  'di',
  'da',
  'van',
  'von',
  'der',
  'la',
  'du',
  'bint',
]);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'the']);
const TITLE_WORDS = new Set([
  'president',
  'minister',
  'foreign',
  'prime',
  'deputy',
  'defence',
  'defense',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'envoy',
  'special',
  'presidential',
  'general',
  'gen',
  'lt',
  'col',
  'colonel',
  'major',
  'commander',
  'leader',
  'chief',
  'sheikh',
  'mr',
  'mrs',
  'ms',
  'dr',
  'secretary',
  'undersecretary',
  'negotiator',
  'head',
  'adviser',
  'advisor',
  'official',
  'senator',
  'sen',
  'king',
  'emir',
  'crown',
  'prince',
  'ayatollah',
  'brigadier',
  'captain',
  'capt',
  'state',
  'vice',
  'interior',
  'acting',
  'former',
  'top',
  'senior',
  'opposition',
  'rebel',
  'kurdish',
  'un',
  'u',
  // "Russian FM", "Turkish deputy PM": the offices' abbreviations.
  'fm',
  'pm',
]);
/** Titles that only a person bears, so the one capitalized word after them is a surname. */
const OFFICES = new Set([
  'president',
  'minister',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'envoy',
  'commander',
  'sheikh',
  'mr',
  'mrs',
  'ms',
  'dr',
  'senator',
  'ayatollah',
  'brigadier',
  'colonel',
  'undersecretary',
  'negotiator',
  'adviser',
  'advisor',
]);
/** Words after a title that begin whose office it is ("Head of the ...", "Envoy for ..."). */
const OF_THE = new Set(['of', 'the', 'for', 'at']);
/** Head words that name a body even in lower case after a capitalized name. */
const LOWER_CASE_HEADS = new Set(['movement', 'platform', 'party', 'bloc']);
const ARMED_HEADS = new Set([
  'brigade',
  'brigades',
  'army',
  'front',
  'forces',
  'units',
  'battalion',
  'battalions',
  'corps',
  'legion',
  'militia',
  'militias',
  'division',
  'regiment',
  'guards',
]);
const ORG_HEADS = new Set([
  'council',
  'committee',
  'commission',
  'party',
  'coalition',
  'union',
  'organization',
  'organisation',
  'agency',
  'ministry',
  'office',
  'foundation',
  'institute',
  'society',
  'crescent',
  'cross',
  'fund',
  'programme',
  'program',
  'association',
  'federation',
  'alliance',
  'league',
  'assembly',
  'parliament',
  'court',
  'observatory',
  'movement',
  'authority',
  'administration',
  'network',
  'bank',
  'group',
  'body',
  'bloc',
  'platform',
  'secretariat',
  'mission',
]);
const COMMON_CAPS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'but',
  'and',
  'as',
  'after',
  'before',
  'while',
  'when',
  'if',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'his',
  'her',
  'their',
  'our',
  'its',
  'there',
  'meanwhile',
  'however',
  // "Last Wednesday, UN Secretary-General ...": a day opening a sentence is no name.
  'last',
  'next',
  'earlier',
  'later',
  ...WEEKDAYS,
  ...MONTHS_FULL,
  ...MONTH_ABBREVIATIONS,
  'under',
  'according',
  'having',
  'since',
  'during',
  'with',
  'without',
  'for',
  'from',
  'by',
  'to',
  'of',
  'so',
  'yet',
  'also',
  'some',
  'many',
  'most',
  'all',
  'both',
  'other',
  'another',
  'such',
  'no',
  'not',
  'what',
  'who',
  'which',
  'where',
  'why',
  'how',
  'islam',
  'muslim',
  'muslims',
  'christian',
  'christians',
  'arab',
  'arabs',
  'kurds',
  'kurdish',
  'sunni',
  'shia',
  'shiite',
  'alawite',
  'political',
  'affairs',
  'special',
  'assistant',
  'constitution',
  'congress',
  'conference',
  'talks',
  'round',
  'resolution',
  'god',
  'allah',
  'ramadan',
  'syrians',
  'russians',
  'iranians',
  'turks',
  'americans',
  'europeans',
  'internet',
  'twitter',
  'facebook',
  'youtube',
  'telegram',
  'whatsapp',
  'covid',
  'read',
  'more',
  'news',
  'photo',
  'video',
  'update',
  'breaking',
  'exclusive',
]);
const PLACE_CUES =
  /\b(?:town|village|city|district|province|region|suburb|neighbou?rhood|area|governorate|outskirts|countryside) of $|\b(?:near|outside|around) $/;
const PERSON_AFTER =
  /^,? (?:said|says|told|added|stated|wrote|tweeted|warned|stressed|noted|announced|explained|insisted|argued|claimed|confirmed|denied)\b/;
/** "according to Artyom Kozhin", "”, said Artyom Kozhin": a speaker named after the verb that quotes them. */
const PERSON_BEFORE = /(?:\baccording to|[,”"] (?:said|says|added|noted|stressed|told reporters)) $/i;

/** "Qadri Jamil, the chairman of the Moscow group": a name its title follows. */
const TITLE_AFTER =
  /^, (?:the |a |an )?(?:[\p{L}.-]+ ){0,2}(?:chairman|chairwoman|co-chair(?:man)?|head|leader|spokes(?:man|woman|person)|ambassador|envoy|minister|president|diplomat|official|representative|aide|adviser|advisor|director|negotiator|undersecretary|deputy|commander|secretary|coordinator)\b/iu;
/** The last words of a building or a street, which may be named after a person ("Rafic Hariri Airport"). */
const FACILITY_HEADS = new Set([
  'airport',
  'airbase',
  'base',
  'street',
  'square',
  'road',
  'highway',
  'bridge',
  'mosque',
  'church',
  'university',
  'hospital',
  'school',
  'stadium',
  'palace',
  'hall',
  'camp',
  'dam',
  'port',
]);
/** The last words of a portfolio ("for Arab and African Affairs"), which `compromise` may take for a name. */
const PORTFOLIO_HEADS = new Set(['affairs', 'relations', 'issues']);
/** "Presidential Envoy for the Syrian Settlement": what an office is for, right after its title word. */
const PORTFOLIO_BEFORE =
  /\b(?:envoy|minister|ambassador|commissioner|representative|secretary|undersecretary|coordinator|adviser|advisor|rapporteur) (?:for|on) (?:the )?$/iu;
/** "Kazakhstan's Ambassador to Russia, Imanghali Tasmaghambetov,", "led by Ahmad Jarba": a name after its title. */
const TITLE_BEFORE =
  /\b(?:(?:ambassador|envoy|minister|spokes(?:man|woman|person)|representative|negotiator|chairman|commander|undersecretary|counterparts?|adviser|advisor|aide|head|chief|leader|director|coordinator)(?: (?:to|for|of) (?:the )?[\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3})?,?|(?:led|headed|chaired|founded) by) $/iu;

const nlpCache = new Map<string, EntityType | null>();

function nlpType(span: string): EntityType | null {
  const cached = nlpCache.get(span);
  if (cached !== undefined) return cached;
  const doc = nlp(span);
  const type: EntityType | null = doc.people().found
    ? 'Person'
    : doc.organizations().found
      ? 'Organization'
      : doc.places().found
        ? 'Place'
        : null;
  if (nlpCache.size > 20_000) nlpCache.clear();
  nlpCache.set(span, type);
  return type;
}

function isCap(t: Token): boolean {
  return t.word && /^\p{Lu}/u.test(t.text) && !/^\d/.test(t.text);
}

/** A headline: every long word capitalized ("Turkey is represented by Deputy ..." is a sentence). */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Capitalized names the gazetteer does not know, as new mentions (`entityId` "new:Type:name"): people
 * after a title or before "said", organizations and armed groups by their head word, places after
 * "town of" and the like; `compromise` decides the rest, and only runs of two words or more.
 */
export function findNewNames(sentence: Sentence, text: string, known: readonly Mention[], gaz: Gazetteer): Mention[] {
  if (titleCase(sentence.text)) return [];
  const tokens = tokenize(sentence.text, sentence.start);
  const covered = (t: Token): boolean => known.some((m) => m.start <= t.start && t.start < m.end);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i]!) || covered(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (covered(t)) break;
      if (isCap(t) && !tokens[j - 1]!.possessive) {
        j++;
      } else if (t.text === '-' && tokens[j + 1] && (isCap(tokens[j + 1]!) || CONNECTORS.has(tokens[j + 1]!.key))) {
        j++;
      } else if (
        t.word &&
        (CONNECTORS.has(t.key) || ORG_CONNECTORS.has(t.key)) &&
        tokens[j + 1] &&
        (isCap(tokens[j + 1]!) || tokens[j + 1]!.text === '-')
      ) {
        j++;
      } else break;
    }
    // "the Baath party", "Syria's Tomorrow movement": a body's head in lower case after its name.
    const next = tokens[j];
    const named = tokens.slice(i, j).some((t) => !gaz.demonyms.has(t.key) && !COMMON_CAPS.has(t.key));
    if (next && LOWER_CASE_HEADS.has(next.text) && named && !tokens[j - 1]!.possessive && !covered(next)) j++;
    const run = tokens.slice(i, j);
    i = j;
    classifyRun(run, tokens, sentence, text, gaz, out);
  }
  return out;
}

function classifyRun(
  run: Token[],
  tokens: Token[],
  sentence: Sentence,
  text: string,
  gaz: Gazetteer,
  out: Mention[],
  titledBefore = false,
): void {
  let k = 0;
  let titled = titledBefore;
  while (k < run.length && (TITLE_WORDS.has(run[k]!.key) || COMMON_CAPS.has(run[k]!.key))) {
    if (TITLE_WORDS.has(run[k]!.key)) titled = true;
    // "Spokesperson of the Kazakh MFA": what follows "of the" is whose the title is, not its holder.
    else if (titled && OF_THE.has(run[k]!.key)) titled = titledBefore;
    k++;
  }
  const office = k > 0 && OFFICES.has(run[k - 1]!.key);
  let body = run.slice(k);
  while (
    body.length > 0 &&
    (!body[body.length - 1]!.word ||
      ORG_CONNECTORS.has(body[body.length - 1]!.key) ||
      CONNECTORS.has(body[body.length - 1]!.key))
  )
    body = body.slice(0, -1);
  if (body.length === 0) return;
  const first = body[0]!;
  const last = body[body.length - 1]!;
  const span = text.slice(first.start, last.end);
  const folded = foldPhrase(span);
  if (gaz.stopNames.has(folded) || [...gaz.stopNames].some((s) => folded.startsWith(s + ' '))) return;
  // "launched operation “Olive Branch”": a name in quotation marks is a title, an operation's or a plan's.
  if (/["“]$/.test(text.slice(first.start - 1, first.start)) && /^["”]/.test(text.slice(last.end, last.end + 1)))
    return;
  if (body.every((t) => !t.word || COMMON_CAPS.has(t.key) || TITLE_WORDS.has(t.key) || CONNECTORS.has(t.key))) return;
  // "Iranian FM's aide": a state's office, whose holder coreference names, is no name of its own.
  if (gaz.demonyms.has(first.key) && body.slice(1).every((t) => !t.word || TITLE_WORDS.has(t.key))) return;
  const isHead = (t: Token): boolean => ORG_HEADS.has(t.key) || ARMED_HEADS.has(t.key);
  // "the Foreign Policy Commission Heshmatollah Falahatpisheh": a body before a name is the title's end.
  const bodyEnd = body.findLastIndex((t, x) => isHead(t) && x <= body.length - 3);
  const holder = body.slice(bodyEnd + 1);
  if (
    bodyEnd >= 0 &&
    holder.every((t) => isCap(t) || t.text === '-' || CONNECTORS.has(t.key)) &&
    !holder.some(isHead)
  ) {
    classifyRun(body.slice(0, bodyEnd + 1), tokens, sentence, text, gaz, out);
    classifyRun(holder, tokens, sentence, text, gaz, out, true);
    return;
  }
  // "led by Ahmad Jarba and Haytham Manna": names joined by "and" are names apart, unless a head ends them.
  const and = body.findIndex((t) => t.key === 'and');
  if (and > 0 && !isHead(last) && !body.some((t) => ORG_CONNECTORS.has(t.key) && t.key !== 'and')) {
    classifyRun(body.slice(0, and), tokens, sentence, text, gaz, out, titled);
    classifyRun(body.slice(and + 1), tokens, sentence, text, gaz, out, titled);
    return;
  }
  // "National Defense Minister Hulusi Akar", "Treasury and Finance Minister Berat Albayrak": the name
  // after an office the run ends with is its holder's, whatever portfolio words come first.
  const officeAt = body.findLastIndex((t) => OFFICES.has(t.key));
  const named = body.slice(officeAt + 1);
  if (officeAt > 0 && named.length >= 2 && named.length <= 3 && named.every(isCap)) {
    classifyRun(named, tokens, sentence, text, gaz, out, true);
    return;
  }
  const before = text.slice(Math.max(sentence.start, first.start - 40), first.start).toLowerCase();
  const previous = tokens[tokens.indexOf(first) - 1];
  const words = body.filter((t) => t.word && !CONNECTORS.has(t.key) && !ORG_CONNECTORS.has(t.key));
  const head = last.key;
  let type: EntityType | null = null;
  // "Assistant ... for Arab and African Affairs": a portfolio, not a name ("Ministry of ..." is a body).
  if (PORTFOLIO_HEADS.has(head) && !body.some((t) => ORG_HEADS.has(t.key))) return;
  if (PORTFOLIO_BEFORE.test(before) && !body.some(isHead)) return;
  if (words.length >= 2 && ARMED_HEADS.has(head)) type = 'ArmedGroup';
  else if (words.length >= 2 && ORG_HEADS.has(head)) type = 'Organization';
  // "National Coordination Committee for Democratic Change": a named body's head before its purpose.
  else if (body.some((t, x) => x >= 1 && ORG_HEADS.has(t.key) && ['for', 'of'].includes(body[x + 1]?.key ?? '')))
    type = 'Organization';
  else if (body.some((t) => ORG_CONNECTORS.has(t.key)) || FACILITY_HEADS.has(head)) return;
  // "Deputy Prime Minister Kurtulmus": a surname alone right after an office.
  else if (words.length === 1 && body.length === 1 && office && !gaz.demonyms.has(first.key)) type = 'Person';
  else if (
    words.length >= 2 &&
    words.length <= 4 &&
    (titled ||
      gaz.givenNames.has(words[0]!.key) ||
      PERSON_AFTER.test(text.slice(last.end, last.end + 12)) ||
      (PERSON_BEFORE.test(before) && !['Organization', 'Place'].includes(nlpType(span) ?? '')) ||
      TITLE_BEFORE.test(before) ||
      TITLE_AFTER.test(text.slice(last.end, last.end + 40)))
  )
    type = 'Person';
  else if (PLACE_CUES.test(before) && words.length <= 3) type = 'Place';
  else if (words.length >= 2 && words.length <= 4) {
    const guess = nlpType(span);
    if (guess === 'Person' || guess === 'Organization') type = guess;
    else if (guess === 'Place' && previous && LOCATIVE.has(previous.key)) type = 'Place';
  }
  if (type === null) return;
  out.push({
    start: first.start,
    end: last.end,
    sentence: sentence.index,
    text: span,
    entityId: `new:${type}:${foldPhrase(span)}`,
    type,
    source: 'ner',
    possessive: last.possessive,
    name: span,
  });
}

/** Names, documents, demonyms and unknown names in every sentence, in text order. */
export function findMentions(sentences: readonly Sentence[], text: string, gaz: Gazetteer): Mention[] {
  const all: Mention[] = [];
  for (const sentence of sentences) {
    const named = matchNames(sentence, text, gaz);
    all.push(...named, ...findNewNames(sentence, text, named, gaz));
  }
  return all.sort((a, b) => a.start - b.start);
}

// --- Positions --------------------------------------------------------------------------------

const CEASEFIRE = /\b(?:cease-?fire|truce)s?\b/g;

/**
 * Positions a sentence states, by the lexicon's cues (a cue whose position is `about` someone
 * counts only if the sentence names them, directly or by a resolved pronoun), and a cease-fire or
 * a de-escalation zone in a named place ("Cease-fire in Eastern Ghouta") as a position of its own.
 */
export function findPositions(sentence: Sentence, mentions: readonly Mention[], gaz: Gazetteer): Mention[] {
  const lower = sentence.text.toLowerCase();
  const out: Mention[] = placedZones(sentence, mentions, gaz);
  const inSentence = new Set(mentions.map((m) => m.entityId));
  const free = (start: number, end: number): boolean =>
    !mentions.some((m) => m.start < end && start < m.end) && !out.some((m) => m.start < end && start < m.end);
  for (const known of gaz.entities.values()) {
    const entry = known.lexicon;
    if (known.type !== 'Position' || !entry || entry.cues.length === 0) continue;
    if (entry.about.length > 0 && !entry.about.some((id) => inSentence.has(gaz.idOf(id)))) continue;
    for (const cue of entry.cues) {
      cue.lastIndex = 0;
      for (const m of lower.matchAll(cue)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (m[0].length === 0 || !free(start, end)) continue;
        out.push({
          start,
          end,
          sentence: sentence.index,
          text: sentence.text.slice(m.index, m.index + m[0].length),
          entityId: known.id,
          type: 'Position',
          source: 'lexicon',
          possessive: false,
        });
      }
    }
  }
  for (const m of lower.matchAll(CEASEFIRE)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const near = (x: Mention, reach: number): boolean =>
      (x.start >= end && x.start - end <= reach) || (x.end <= start && start - x.end <= 2);
    const place =
      mentions.find((x) => x.type === 'Place' && near(x, 100)) ??
      mentions.find((x) => x.type === 'State' && !x.demonym && x.entityId === gaz.idOf('syria') && near(x, 25));
    if (!place || !free(start, end)) continue;
    const placeName = place.type === 'Place' ? (gaz.entities.get(place.entityId)?.name ?? place.text) : place.text;
    out.push(placedPosition(sentence, m, place, `Cease-fire in ${placeName}`, `${foldPhrase(placeName)} cease fire`));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "the de-escalation zone in Idleb province", "a de-escalation zone in rebel-held Idlib": one zone, by its place. */
const PLACED_ZONE = /\bde-?escalation (?:zone|area)\s+(?:in|of|covering|around)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$/u;
const ZONE = /\bde-?escalation (?:zone|area)\b/g;

/**
 * The de-escalation zone of one named place, a position of its own beside the zones as a whole
 * (the lexicon's cue), which it takes the words from.
 */
function placedZones(sentence: Sentence, mentions: readonly Mention[], gaz: Gazetteer): Mention[] {
  const lower = sentence.text.toLowerCase();
  return [...lower.matchAll(ZONE)].flatMap((m) => {
    const place = mentions.find(
      (x) => x.type === 'Place' && PLACED_ZONE.test(lower.slice(m.index, x.start - sentence.start)),
    );
    if (!place) return [];
    const name = gaz.entities.get(place.entityId)?.name ?? place.text;
    return [
      placedPosition(sentence, m, place, `De-escalation zone in ${name}`, `${foldPhrase(name)} de escalation zone`),
    ];
  });
}

/** A position the words `m` name in the named place (a cease-fire, a zone). */
function placedPosition(sentence: Sentence, m: RegExpMatchArray, place: Mention, name: string, key: string): Mention {
  const start = sentence.start + m.index!;
  return {
    start,
    end: start + m[0].length,
    sentence: sentence.index,
    text: sentence.text.slice(m.index, m.index! + m[0].length),
    entityId: `new:Position:${key}`,
    type: 'Position',
    source: 'pattern',
    possessive: false,
    name,
    parts: [place],
  };
}

/** Offices of a known person held on `date`. */
export function rolesOf(known: KnownEntity, date: string | null): { title: string; of?: string }[] {
  return (known.lexicon?.roles ?? []).filter((role) => roleHeld(role, date));
}
