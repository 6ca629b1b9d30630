/**
 * Resolve.
 *
 * Gives every mention its entity: a name the graph or the lexicon knows keeps that entity; a new
 * name is matched against every known name with transliteration tolerance ("Bashar Ja'afari" =
 * "Bashar al-Jaafari"), and a variant of a known name (its words in another order, a person's name
 * one letter off, part of a meeting's name) is that entity; any other becomes a new entity with a
 * stable slug id; a resolution number is looked up by number, and a number one digit off a known
 * resolution whose subject the article is about ("Resolution 2224" in a text on the political
 * process) is read as that resolution, with a warning. Returns the entities of the article with the
 * names it used for them.
 */
import type { EntityType } from '../model/vocabulary.ts';
import { looseName, type Gazetteer, type KnownEntity } from './entities.ts';
import type { ExtractedEntity, Mention } from './types.ts';

export interface Resolved {
  mentions: Mention[];
  entities: ExtractedEntity[];
  warnings: string[];
}

/** A stable id from a name: "Free Syrian Army" -> "free-syrian-army". */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}

function oneDigitOff(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

const MEETING_HEADS = new Set(['conference', 'congress', 'talks', 'summit', 'meeting', 'forum', 'negotiations']);

interface KnownName {
  id: string;
  type: EntityType;
  words: string[];
}

const knownNamesOf = new WeakMap<Gazetteer, KnownName[]>();

function knownNames(gaz: Gazetteer): KnownName[] {
  let names = knownNamesOf.get(gaz);
  if (!names) {
    names = [...gaz.looseNames].map(([loose, id]) => ({
      id,
      type: gaz.entities.get(id)!.type,
      words: loose.split(' '),
    }));
    knownNamesOf.set(gaz, names);
  }
  return names;
}

/** Whether two words are one letter apart (one changed, added or dropped): "Pskov" and "Peskov". */
function oneLetterOff(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/**
 * The known entity a new name varies: the same words in another order ("Syrian Free Army"), a
 * person's name with one long word a letter off ("Dmitry Pskov", "Hossein Jaber Ansari"), or three
 * words or more of a known meeting's name, its head among them ("National Dialogue Conference").
 */
function knownVariant(loose: string, type: EntityType, gaz: Gazetteer): string | null {
  const words = loose.split(' ');
  const bag = [...words].sort().join(' ');
  for (const known of knownNames(gaz)) {
    if (known.type === type && known.words.length === words.length && [...known.words].sort().join(' ') === bag)
      return known.id;
  }
  if (type === 'Person') {
    const near = knownNames(gaz).find(
      (k) =>
        k.type === 'Person' &&
        k.words.length === words.length &&
        words.length >= 2 &&
        k.words.filter((w, x) => w !== words[x]).length === 1 &&
        k.words.every((w, x) => w === words[x] || (w.length >= 5 && oneLetterOff(w, words[x]!))),
    );
    if (near) return near.id;
  }
  if (words.length >= 3 && MEETING_HEADS.has(words[words.length - 1]!)) {
    const meeting = knownNames(gaz).find((k) => k.type === 'Meeting' && words.every((w) => k.words.includes(w)));
    if (meeting) return meeting.id;
  }
  return null;
}

class EntityTable {
  readonly entities = new Map<string, ExtractedEntity>();
  readonly warnings: string[] = [];
  private readonly newIds = new Map<string, string>();
  private readonly lowerText: string;

  constructor(
    private readonly gaz: Gazetteer,
    text: string,
  ) {
    this.lowerText = text.toLowerCase();
  }

  idFor(mention: Mention): string {
    const id = mention.entityId;
    if (!id.startsWith('new:')) return id;
    const cached = this.newIds.get(id);
    if (cached) return cached;
    const resolved =
      mention.type === 'Document' && mention.number !== undefined ? this.documentId(mention) : this.newId(mention);
    this.newIds.set(id, resolved);
    return resolved;
  }

  private documentId(mention: Mention): string {
    const number = mention.number ?? '';
    const documents = [...this.gaz.entities.values()].filter((e) => e.type === 'Document');
    const byNumber = documents.find((d) => d.number === number);
    if (byNumber) return byNumber.id;
    const written = `Resolution ${number}`;
    const byAlias = documents.find((d) => d.aliases.some((a) => a.toLowerCase() === written.toLowerCase()));
    const nearby = documents
      .filter((d) => d.number !== undefined && oneDigitOff(d.number, number))
      .map((d) => ({ d, hits: (d.lexicon?.context ?? []).filter((w) => this.lowerText.includes(w)).length }))
      .filter((x) => x.hits >= 2 || byAlias?.id === x.d.id)
      .sort((a, b) => b.hits - a.hits);
    const known = byAlias ?? nearby[0]?.d;
    if (known) {
      this.warnings.push(`'${written}' read as ${known.name} (likely misprint)`);
      this.entity(known.id, known, mention).aliases.push(written);
      return known.id;
    }
    const name = `UN Security Council Resolution ${number}`;
    mention.name = name;
    return slugify(name);
  }

  private newId(mention: Mention): string {
    const name = mention.name ?? mention.text;
    const loose = looseName(name);
    const knownId = this.gaz.looseNames.get(loose);
    if (knownId && this.gaz.entities.get(knownId)?.type === mention.type) return knownId;
    const variant = knownVariant(loose, mention.type, this.gaz);
    if (variant) return variant;
    let id = slugify(name);
    const clash = this.gaz.entities.get(id);
    if (clash && clash.type !== mention.type) id = `${id}-${mention.type.toLowerCase()}`;
    return id;
  }

  entity(id: string, known: KnownEntity | undefined, mention: Mention): ExtractedEntity {
    let entity = this.entities.get(id);
    if (!entity) {
      entity = {
        id,
        name: known?.name ?? mention.name ?? mention.text,
        type: (known?.type ?? mention.type) as EntityType,
        aliases: [...(known?.aliases ?? [])],
      };
      const number = known?.number ?? mention.number;
      if (mention.type === 'Document' && number) entity.number = known?.number ?? number;
      if (mention.date) {
        entity.start = mention.date;
        entity.end = mention.date;
      }
      this.entities.set(id, entity);
    }
    return entity;
  }

  record(mention: Mention): void {
    const id = this.idFor(mention);
    mention.entityId = id;
    const known = this.gaz.entities.get(id);
    // A name guessed a body that turned out a known meeting's ("National Dialogue Conference") is that meeting.
    if (known) mention.type = known.type;
    const entity = this.entity(id, known, mention);
    const surface = mention.text.replace(/^(?:the|a|an)\s+/i, '');
    if (
      !mention.anaphor &&
      !mention.demonym &&
      mention.type !== 'Position' &&
      surface !== entity.name &&
      !entity.aliases.some((a) => a.toLowerCase() === surface.toLowerCase())
    ) {
      entity.aliases.push(surface);
    }
    for (const part of mention.parts ?? []) this.record(part);
  }
}

/** Settles the entity of every mention (and of the names inside them); see the file comment. */
export function resolveEntities(mentions: readonly Mention[], gaz: Gazetteer, text: string): Resolved {
  const table = new EntityTable(gaz, text);
  const resolved = mentions.map((m) => ({ ...m, ...(m.parts ? { parts: m.parts.map((p) => ({ ...p })) } : {}) }));
  for (const mention of resolved) table.record(mention);
  for (const entity of table.entities.values())
    entity.aliases = [...new Set(entity.aliases)].filter((a) => a !== entity.name);
  return { mentions: resolved, entities: [...table.entities.values()], warnings: [...new Set(table.warnings)] };
}
