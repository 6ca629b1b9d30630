/**
 * Generate.
 *
 * A seeded, deterministic generator of realistic negotiation graphs for the benchmarks: the
 * DESIGN.md entity types in news-like proportions, relations that respect the vocabulary's
 * typical source -> target types, heavy-tailed degrees by preferential attachment (a few hubs
 * like Russia or the UN, many minor actors), and every fact reported by one or more articles with
 * a news-length evidence sentence and a date. The same `{entities, seed}` always gives the same
 * graph, byte for byte.
 *
 * Run directly to print a summary: `npx tsx bench/generate.ts 10k [seed]`.
 */
import type { EntityType, RelationType } from '../src/model/vocabulary.ts';
import { isActorType } from '../src/model/vocabulary.ts';

export interface GenEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface GenArticle {
  id: string;
  title: string;
  url: string;
  outlet: string;
  published: string;
  wordCount: number;
}

export interface GenReport {
  articleId: string;
  evidence: string;
  confidence: number;
  reported: string;
}

export interface GenRelation {
  id: string;
  source: string;
  type: RelationType;
  target: string;
  reports: GenReport[];
}

export interface GenGraph {
  seed: number;
  entities: GenEntity[];
  articles: GenArticle[];
  relations: GenRelation[];
  /** (articleId, entityId) pairs: the MENTIONS relationships. */
  mentions: [string, string][];
}

export interface GenerateOptions {
  entities: number;
  seed?: number;
  /** Distinct facts per entity (default 5). */
  relationsPerEntity?: number;
  /** Extra reports of already known facts, as a share of facts (default 0.2). */
  repeatShare?: number;
  /** Reports per article (default 8). */
  reportsPerArticle?: number;
}

export const SIZES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '50k': 50_000, '100k': 100_000 };

export function parseSize(text: string): number {
  const size = SIZES[text] ?? Number(text);
  if (!Number.isInteger(size) || size < 10) throw new Error(`generate: unknown size '${text}' (1k, 10k, 50k, 100k)`);
  return size;
}

/** mulberry32: small, fast, good enough for test data, and the same everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of entities per type, from the mix of a year of conflict reporting. */
const TYPE_SHARES: [EntityType, number][] = [
  ['Person', 0.36],
  ['Organization', 0.15],
  ['State', 0.02],
  ['ArmedGroup', 0.07],
  ['Meeting', 0.12],
  ['Place', 0.12],
  ['Document', 0.08],
  ['Position', 0.08],
];

const ACTORS: EntityType[] = ['Person', 'State', 'Organization', 'ArmedGroup'];
const STATE_ORG: EntityType[] = ['State', 'Organization'];

/** Relation types with their share of reports and typical source -> target types (DESIGN.md). */
const RELATION_SHAPES: { type: RelationType; share: number; source: EntityType[]; target: EntityType[] }[] = [
  { type: 'MEETS', share: 0.16, source: ACTORS, target: ACTORS },
  { type: 'ATTENDS', share: 0.14, source: ACTORS, target: ['Meeting'] },
  { type: 'SUPPORTS', share: 0.1, source: ACTORS, target: ['Position', 'Meeting', 'Document', ...ACTORS] },
  { type: 'OPPOSES', share: 0.08, source: ACTORS, target: ['Position', 'Meeting', 'Document', ...ACTORS] },
  { type: 'REPRESENTS', share: 0.08, source: ['Person'], target: STATE_ORG },
  { type: 'HELD_IN', share: 0.06, source: ['Meeting'], target: ['Place'] },
  { type: 'ALLIED_WITH', share: 0.05, source: ACTORS, target: ACTORS },
  { type: 'MEMBER_OF', share: 0.05, source: ACTORS, target: ['Organization'] },
  { type: 'REFERS_TO', share: 0.05, source: ['Meeting', ...ACTORS], target: ['Document'] },
  { type: 'DEMANDS', share: 0.05, source: ACTORS, target: ['Position'] },
  { type: 'FIGHTS', share: 0.05, source: ['ArmedGroup', 'State'], target: ['ArmedGroup', 'State'] },
  { type: 'INVITES', share: 0.03, source: ACTORS, target: ['Meeting', ...ACTORS] },
  { type: 'ORGANIZES', share: 0.03, source: ACTORS, target: ['Meeting'] },
  { type: 'HOSTS', share: 0.03, source: STATE_ORG, target: ['Meeting'] },
  { type: 'MEDIATES', share: 0.02, source: ACTORS, target: ['Meeting'] },
  { type: 'BOYCOTTS', share: 0.02, source: ACTORS, target: ['Meeting'] },
];

const VERBS: Record<RelationType, string[]> = {
  HOSTS: ['will host', 'hosted', 'is hosting'],
  ORGANIZES: ['convened', 'is organizing', 'sponsored'],
  INVITES: ['invited', 'has sent an invitation to', 'extended an invitation to'],
  ATTENDS: ['attended', 'took part in', 'sent a delegation to'],
  BOYCOTTS: ['boycotted', 'refused to attend', 'stayed away from'],
  MEDIATES: ['mediated', 'is mediating', 'brokered'],
  MEETS: ['met', 'held talks with', 'discussed the ceasefire with'],
  SUPPORTS: ['backed', 'voiced support for', 'welcomed'],
  OPPOSES: ['rejected', 'opposed', 'condemned'],
  DEMANDS: ['demanded', 'called for', 'insisted on'],
  ALLIED_WITH: ['is allied with', 'has backed', 'fought alongside'],
  REPRESENTS: ['speaks for', 'represents', 'is the envoy of'],
  MEMBER_OF: ['is a member of', 'joined', 'belongs to'],
  HELD_IN: ['was held in', 'took place in', 'opened in'],
  REFERS_TO: ['invoked', 'cited', 'is based on'],
  FIGHTS: ['clashed with', 'fought', 'shelled positions held by'],
};

const OPENERS = [
  'Officials said on Monday that',
  'According to diplomats familiar with the talks,',
  'In a statement released late on Sunday,',
  'Speaking to reporters in the capital,',
  'State media reported that',
  'Two sources close to the negotiations said',
  'A spokesman confirmed that',
  'Despite weeks of shelling around the city,',
];
const CLOSERS = [
  'as the two sides remained far apart on the question of a transition',
  'amid continued fighting in the north and growing pressure from the United Nations',
  'a move that opposition figures described as a setback for the political process',
  'after a previous round of talks ended without agreement last month',
  'while humanitarian agencies warned of a worsening situation for civilians',
  'in what analysts called the most significant step since the ceasefire collapsed',
  'though several delegations said they had not been consulted beforehand',
  'according to a readout published by the foreign ministry',
];

const SYLLABLES = [
  'al',
  'ba',
  'dar',
  'el',
  'fa',
  'gor',
  'ha',
  'ir',
  'ka',
  'lev',
  'ma',
  'nov',
  'or',
  'pa',
  'ra',
  'sa',
  'tan',
  'ur',
  'va',
  'za',
  'bek',
  'din',
  'mir',
  'sha',
  'lin',
  'ko',
  'ste',
  'vi',
  'ne',
  'ro',
  'mun',
  'tis',
];
const TYPE_SUFFIX: Record<EntityType, string[]> = {
  Person: [''],
  State: ['ia', 'stan', 'land'],
  Organization: [' Council', ' Committee', ' Commission', ' Foundation', ' Agency'],
  ArmedGroup: [' Brigade', ' Front', ' Army', ' Battalion'],
  Meeting: [' Talks', ' Congress', ' Conference', ' Summit', ' Round'],
  Place: [' City', '', ' Province', ' Valley'],
  Document: [' Resolution', ' Communique', ' Declaration', ' Accord'],
  Position: [' Transition', ' Ceasefire', ' Constitution', ' Elections', ' Withdrawal'],
};
const OUTLETS = ['Reuters', 'AP', 'AFP', 'Al Jazeera', 'BBC', 'TASS', 'Anadolu', 'The Guardian'];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function word(random: () => number, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += pick(random, SYLLABLES);
  return capital(text);
}

function entityName(random: () => number, type: EntityType, index: number): string {
  const base =
    type === 'Person'
      ? `${word(random, 2)} ${word(random, 2 + Math.floor(random() * 2))}`
      : word(random, 2 + (index % 2));
  return base + pick(random, TYPE_SUFFIX[type]);
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2017, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Preferential attachment per type: an urn holding each entity once, plus once more per edge end,
 * so that picking from it favours the already well connected.
 */
class Urns {
  private readonly urns = new Map<EntityType, number[]>();
  private readonly members = new Map<EntityType, number[]>();

  add(type: EntityType, index: number): void {
    if (!this.urns.has(type)) {
      this.urns.set(type, []);
      this.members.set(type, []);
    }
    this.urns.get(type)!.push(index);
    this.members.get(type)!.push(index);
  }

  /** An entity of one of `types`, -1 when none has joined yet. */

  touch(type: EntityType, index: number): void {
    this.urns.get(type)!.push(index);
  }

  pick(random: () => number, types: EntityType[], attachment: number): number {
    let total = 0;
    for (const type of types) total += this.urns.get(type)?.length ?? 0;
    if (total === 0) return -1;
    let at = random() * total;
    let chosen = types[0]!;
    for (const type of types) {
      const size = this.urns.get(type)?.length ?? 0;
      if (at < size) {
        chosen = type;
        break;
      }
      at -= size;
    }
    const pool = random() < attachment ? this.urns.get(chosen)! : this.members.get(chosen)!;
    return pool[Math.floor(random() * pool.length)]!;
  }
}

export function generateGraph(options: GenerateOptions): GenGraph {
  const seed = options.seed ?? 42;
  const random = rng(seed);
  const count = options.entities;
  const relationsPerEntity = options.relationsPerEntity ?? 5;
  const repeatShare = options.repeatShare ?? 0.2;
  const reportsPerArticle = options.reportsPerArticle ?? 8;

  // Entities: types by share; states capped at a realistic number of countries.
  const entities: GenEntity[] = [];
  const urns = new Urns();
  const usedIds = new Set<string>();
  const stateCap = Math.max(20, Math.min(195, Math.round(count * 0.02)));
  let states = 0;
  for (let i = 0; i < count; i++) {
    let at = random();
    let type: EntityType = 'Person';
    for (const [candidate, share] of TYPE_SHARES) {
      if (at < share) {
        type = candidate;
        break;
      }
      at -= share;
    }
    if (type === 'State' && states >= stateCap) type = 'Person';
    if (type === 'State') states++;
    // The first entities of each type become the hubs; make them plainly named.
    let name = entityName(random, type, i);
    let id = slug(name);
    while (usedIds.has(id)) {
      name = `${name} ${word(random, 1)}`;
      id = slug(name);
    }
    usedIds.add(id);
    const aliases = random() < 0.3 ? [name.split(' ')[0]!.toUpperCase().slice(0, 4)] : [];
    entities.push({ id, name, type, aliases });
  }
  // Every type needs members for the shapes to be satisfiable.
  for (const [type] of TYPE_SHARES) {
    if (!entities.some((entity) => entity.type === type)) throw new Error(`generate: no ${type}; use more entities`);
  }

  // Facts, grown Barabasi-Albert style: entities join one by one, each attaching to the graph so
  // far by preferential attachment, then a few more facts among the entities already present.
  const shareTotal = RELATION_SHAPES.reduce((sum, shape) => sum + shape.share, 0);
  const pickShape = () => {
    let at = random() * shareTotal;
    for (const shape of RELATION_SHAPES) {
      if (at < shape.share) return shape;
      at -= shape.share;
    }
    return RELATION_SHAPES[0]!;
  };
  const facts = new Map<string, GenRelation>();
  const order: GenRelation[] = [];
  const addFact = (source: number, targetIndex: number, type: RelationType): boolean => {
    if (source < 0 || targetIndex < 0 || source === targetIndex) return false;
    const s = entities[source]!;
    const t = entities[targetIndex]!;
    const id = `${s.id}:${type}:${t.id}`;
    if (facts.has(id)) return false;
    const fact: GenRelation = { id, source: s.id, type, target: t.id, reports: [] };
    facts.set(id, fact);
    order.push(fact);
    urns.touch(s.type, source);
    urns.touch(t.type, targetIndex);
    return true;
  };
  // Start with one entity of each type so that every shape can be satisfied.
  const joined = new Set<number>();
  for (const [type] of TYPE_SHARES) {
    const first = entities.findIndex((entity) => entity.type === type);
    urns.add(type, first);
    joined.add(first);
  }
  for (let i = 0; i < count; i++) {
    const entity = entities[i]!;
    if (!joined.has(i)) urns.add(entity.type, i);
    // Attach the newcomer through a shape its type fits.
    for (let tries = 0; tries < 50; tries++) {
      const shape = pickShape();
      const added = shape.source.includes(entity.type)
        ? addFact(i, urns.pick(random, shape.target, 0.9), shape.type)
        : shape.target.includes(entity.type) && addFact(urns.pick(random, shape.source, 0.9), i, shape.type);
      if (added) break;
    }
    // And the rest of its share of facts among the graph so far.
    const extra = (i + 1) * relationsPerEntity - order.length;
    for (let k = 0, tries = 0; k < extra && tries < extra * 10; tries++) {
      const shape = pickShape();
      if (addFact(urns.pick(random, shape.source, 0.9), urns.pick(random, shape.target, 0.9), shape.type)) k++;
    }
  }

  // Reports: one per fact plus repeats of popular facts; grouped into articles.
  const reportsFor: GenRelation[] = [...order];
  const repeats = Math.round(order.length * repeatShare);
  for (let i = 0; i < repeats; i++) {
    // Favour facts created early (among the hubs): a squared uniform skews to the front.
    const at = Math.floor(random() * random() * order.length);
    reportsFor.push(order[at]!);
  }
  // Shuffle reports so articles mix old and new facts (Fisher-Yates).
  for (let i = reportsFor.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [reportsFor[i], reportsFor[j]] = [reportsFor[j]!, reportsFor[i]!];
  }
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const articles: GenArticle[] = [];
  const mentions: [string, string][] = [];
  const days = 3 * 365;
  for (let start = 0; start < reportsFor.length; start += reportsPerArticle) {
    const number = articles.length;
    const day = Math.floor((number / Math.ceil(reportsFor.length / reportsPerArticle)) * days);
    const published = isoDate(day);
    const batch = reportsFor.slice(start, start + reportsPerArticle);
    const first = batch[0]!;
    const article: GenArticle = {
      id: `a${seed.toString(16)}-${number.toString(16).padStart(6, '0')}`,
      title: `${names.get(first.source)} and ${names.get(first.target)}: ${capital(first.type.toLowerCase().replace('_', ' '))} (${published})`,
      url: `https://news.example.org/${published}/${number}`,
      outlet: pick(random, OUTLETS),
      published,
      wordCount: 600 + Math.floor(random() * 800),
    };
    articles.push(article);
    const mentioned = new Set<string>();
    for (const fact of batch) {
      const subject = names.get(fact.source)!;
      const object = names.get(fact.target)!;
      const evidence = `${pick(random, OPENERS)} ${subject} ${pick(random, VERBS[fact.type])} ${object}, ${pick(random, CLOSERS)}.`;
      fact.reports.push({
        articleId: article.id,
        evidence,
        confidence: Math.round((0.55 + random() * 0.45) * 100) / 100,
        reported: published,
      });
      mentioned.add(fact.source);
      mentioned.add(fact.target);
    }
    for (const entityId of mentioned) mentions.push([article.id, entityId]);
  }
  return { seed, entities, articles, relations: order, mentions };
}

export function isActor(entity: GenEntity): boolean {
  return isActorType(entity.type);
}

/** Degree of every entity (both directions), for picking hubs and drawing sizes. */
export function degrees(graph: GenGraph): Map<string, number> {
  const degree = new Map<string, number>(graph.entities.map((entity) => [entity.id, 0]));
  for (const relation of graph.relations) {
    degree.set(relation.source, degree.get(relation.source)! + 1);
    degree.set(relation.target, degree.get(relation.target)! + 1);
  }
  return degree;
}

export function summarize(graph: GenGraph): Record<string, unknown> {
  const degree = [...degrees(graph).values()].sort((a, b) => b - a);
  const reports = graph.relations.reduce((sum, relation) => sum + relation.reports.length, 0);
  const byType: Record<string, number> = {};
  for (const entity of graph.entities) byType[entity.type] = (byType[entity.type] ?? 0) + 1;
  const evidenceWords =
    graph.relations.slice(0, 1000).reduce((sum, r) => sum + r.reports[0]!.evidence.split(' ').length, 0) /
    Math.min(1000, graph.relations.length);
  return {
    entities: graph.entities.length,
    relations: graph.relations.length,
    reports,
    articles: graph.articles.length,
    mentions: graph.mentions.length,
    byType,
    degree: { max: degree[0], p99: degree[Math.floor(degree.length * 0.01)], median: degree[degree.length >> 1] },
    evidenceWords: Math.round(evidenceWords),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = parseSize(process.argv[2] ?? '1k');
  const started = performance.now();
  const graph = generateGraph({ entities: size, seed: Number(process.argv[3] ?? 42) });
  console.log(JSON.stringify(summarize(graph), null, 2));
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}
