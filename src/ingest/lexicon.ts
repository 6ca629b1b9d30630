/**
 * Lexicon.
 *
 * Loads and checks the curated domain lexicon (`seed/lexicon.yaml`): the states, people,
 * organizations, armed groups, meetings, places, documents and positions of the Syria
 * negotiations, with their aliases, demonyms, offices, venues and the cues that state a position,
 * and the first names of the region's people, by which a name nobody listed is read as a person.
 * `parseLexicon` is pure (YAML text in, checked lexicon out); `defaultLexicon` reads the file once.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../model/vocabulary.ts';

/** The lexicon file is missing, is not YAML, or has an invalid entry. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const roleSchema = z.strictObject({
  title: z.string().min(1),
  of: slug.optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
});

const entrySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1)).default([]),
  demonyms: z.array(z.string().min(1)).default([]),
  capital: slug.optional(),
  seat: slug.optional(),
  roles: z.array(roleSchema).default([]),
  venue: slug.optional(),
  kind: z.enum(['talks', 'congress', 'summit', 'meeting']).optional(),
  held: z.strictObject({ start: isoDate, end: isoDate }).optional(),
  series: slug.optional(),
  country: slug.optional(),
  number: z.string().optional(),
  context: z.array(z.string().min(1)).default([]),
  cues: z.array(z.string().min(1)).default([]),
  about: z.array(slug).default([]),
  criticizes: z.boolean().default(false),
});

const fileSchema = z.strictObject({
  stopNames: z.array(z.string().min(1)).default([]),
  givenNames: z.array(z.string().min(1)).default([]),
  entities: z.array(entrySchema).min(1),
});

export type MeetingKind = 'talks' | 'congress' | 'summit' | 'meeting';

export interface Role {
  title: string;
  of?: string;
  since?: string;
  until?: string;
}

export interface LexiconEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  demonyms: string[];
  capital?: string;
  /**
   * The capital city when its name does not stand for the state ("Astana" names the talks' venue far
   * more often than Kazakhstan): "the Kazakh capital" is the city, but "Astana" alone stays a place.
   */
  seat?: string;
  roles: Role[];
  venue?: string;
  kind?: MeetingKind;
  /** When a one-off meeting took place (first and last day). */
  held?: { start: string; end: string };
  /** The series of talks a dated round belongs to ("astana-talks" for "astana-talks-8"). */
  series?: string;
  country?: string;
  number?: string;
  context: string[];
  cues: RegExp[];
  about: string[];
  criticizes: boolean;
}

export interface Lexicon {
  entries: LexiconEntry[];
  byId: Map<string, LexiconEntry>;
  /** Names never taken as entities (news agencies), as written. */
  stopNames: string[];
  /** First names of the region's people, as written: a capitalized run they open is a person. */
  givenNames: string[];
}

/** Checks and compiles lexicon YAML; `source` names the file in errors. */
export function parseLexicon(yamlText: string, source = 'lexicon'): Lexicon {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new LexiconError(`lexicon: ${source} is not valid YAML (${(error as Error).message})`);
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new LexiconError(`lexicon: ${source}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const byId = new Map<string, LexiconEntry>();
  const entries = result.data.entities.map((raw) => {
    if (byId.has(raw.id)) throw new LexiconError(`lexicon: ${source}: duplicate id '${raw.id}'`);
    const cues = raw.cues.map((cue) => {
      try {
        return new RegExp(cue, 'g');
      } catch {
        throw new LexiconError(`lexicon: ${source}: entity '${raw.id}' has an invalid cue ${JSON.stringify(cue)}`);
      }
    });
    const entry: LexiconEntry = { ...raw, cues };
    byId.set(entry.id, entry);
    return entry;
  });
  for (const entry of entries) {
    const refs = [
      entry.capital,
      entry.seat,
      entry.venue,
      entry.series,
      entry.country,
      ...entry.about,
      ...entry.roles.map((r) => r.of),
    ];
    for (const ref of refs) {
      if (ref !== undefined && !byId.has(ref)) {
        throw new LexiconError(`lexicon: ${source}: entity '${entry.id}' refers to unknown id '${ref}'`);
      }
    }
  }
  return { entries, byId, stopNames: result.data.stopNames, givenNames: result.data.givenNames };
}

export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../seed/lexicon.yaml', import.meta.url));

/** Reads and checks a lexicon file. */
export function loadLexicon(path: string = DEFAULT_LEXICON_PATH): Lexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LexiconError(`lexicon: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseLexicon(text, path);
}

let cached: Lexicon | null = null;

/** The project's lexicon (`seed/lexicon.yaml`), read once. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/**
 * Whether a report of `date` can mean this meeting when it names only its venue ("the delegation
 * in Sochi"): a one-off meeting is announced months ahead and recalled for weeks after, but a
 * report half a year later is of another meeting there. Meetings without dates (series) always can.
 */
export function heldAround(entry: LexiconEntry | undefined, date: string | null): boolean {
  if (entry?.held === undefined || date === null) return true;
  return daysBetween(date, entry.held.start) <= 120 && daysBetween(entry.held.end, date) <= 60;
}

/** Whether `date` falls on the meeting's days (a day either side for time zones and eves). */
export function heldOn(entry: LexiconEntry | undefined, date: string | null): boolean {
  if (entry?.held === undefined || date === null) return false;
  return daysBetween(entry.held.start, date) >= -1 && daysBetween(date, entry.held.end) >= -1;
}

/** Whether `date` falls on the meeting's days or in the week before it opens (a report on its eve:
 * "the talks starting on Tuesday"). */
export function heldOrDue(entry: LexiconEntry | undefined, date: string | null): boolean {
  if (entry?.held === undefined || date === null) return false;
  return daysBetween(date, entry.held.start) <= 7 && daysBetween(date, entry.held.end) >= -1;
}

/** Whether `date` falls in the meeting's week: up to two weeks before it opens, or a week after it closes
 * (a report looking back on it: "held a trilateral meeting in Tehran on Sept. 7"). */
export function heldNear(entry: LexiconEntry | undefined, date: string | null): boolean {
  if (entry?.held === undefined || date === null) return false;
  return daysBetween(date, entry.held.start) <= 14 && daysBetween(entry.held.end, date) <= 7;
}

/** Whether a role is held on `date` (YYYY-MM-DD; any role counts when the date is unknown). */
export function roleHeld(role: Role, date: string | null): boolean {
  if (date === null) return true;
  return (role.since === undefined || role.since <= date) && (role.until === undefined || date <= role.until);
}
