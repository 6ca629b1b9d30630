/**
 * Request schemas.
 *
 * What each route accepts, with defaults and bounds, in one place; the CLI checks its options
 * against the same schemas.
 */
import { z } from 'zod';
import { RELATION_TYPES } from '../model/vocabulary.ts';
import { PATH_DEFAULTS } from '../graph/find-paths.ts';
import { DETAIL_LIMITS } from '../graph/entity-details.ts';
import { EVIDENCE_PAGE } from '../graph/edge-evidence.ts';
import { SOURCES_PAGE } from '../graph/sources.ts';
import { DEFAULT_OVERVIEW_LIMIT } from '../graph/overview.ts';
import { parseTimeFilter, type ReportFilter } from '../graph/time-window.ts';
import { ValidationError } from '../errors.ts';

const intParam = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const number = Number(value);
      if (!Number.isInteger(number) || number < min || number > max) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}, got '${value}'` });
        return z.NEVER;
      }
      return number;
    });

const relationTypes = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return [];
    const types = value
      .split(',')
      .map((type) => type.trim().toUpperCase())
      .filter(Boolean);
    const unknown = types.filter((type) => !(RELATION_TYPES as readonly string[]).includes(type));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown relationship type '${unknown[0]}' (known: ${RELATION_TYPES.join(', ')})`,
      });
      return z.NEVER;
    }
    return types as (typeof RELATION_TYPES)[number][];
  });

/**
 * A list of outlets or speakers, comma-separated; `-` names the outlet itself (speakers) or no
 * outlet (outlets). `outlets`/`speakers` keep only those; `exceptOutlets`/`exceptSpeakers` keep
 * all but those, so dropping one of thousands stays a short URL.
 */
const sourceList = z
  .string()
  .max(4_000, 'is longer than 4,000 characters')
  .optional()
  .transform((value) => {
    const names = (value ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    return names.length > 0 ? names.map((name) => (name === '-' ? '' : name)) : null;
  });

/** The time and sources filter every graph-reading route takes (contract "Time parameters"). */
const timeFields = {
  asOf: z.string().max(40).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  outlets: sourceList,
  speakers: sourceList,
  exceptOutlets: sourceList,
  exceptSpeakers: sourceList,
};

/** The filter on its own, for the CLI's options. */
export const timeQuery = z.object(timeFields);

/** /api/paths takes `from`/`to` for its entities, so its event window is `windowFrom`/`windowTo`. */
const pathTimeFields = {
  asOf: timeFields.asOf,
  windowFrom: timeFields.from,
  windowTo: timeFields.to,
  outlets: sourceList,
  speakers: sourceList,
  exceptOutlets: sourceList,
  exceptSpeakers: sourceList,
};

interface TimeInput {
  asOf?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  outlets: string[] | null;
  speakers: string[] | null;
  exceptOutlets: string[] | null;
  exceptSpeakers: string[] | null;
}

/** The filter of a parsed query, or null when it has none; bad dates throw, naming the route. */
export function reportFilter(
  route: string,
  input: TimeInput,
  names?: { from: string; to: string },
): ReportFilter | null {
  const time = parseTimeFilter(route, input, names);
  for (const [keep, except] of [
    ['outlets', 'exceptOutlets'],
    ['speakers', 'exceptSpeakers'],
  ] as const) {
    if (input[keep] !== null && input[except] !== null) {
      throw new ValidationError(`${route}: give ${keep} (those to keep) or ${except} (those to leave out), not both`);
    }
  }
  const filter = {
    ...time,
    outlets: input.outlets,
    speakers: input.speakers,
    exceptOutlets: input.exceptOutlets,
    exceptSpeakers: input.exceptSpeakers,
  };
  return Object.values(filter).some((value) => value !== null) ? filter : null;
}

/** The filter of a parsed paths query (its window is `windowFrom`/`windowTo`). */
export function pathsFilter(
  route: string,
  query: Omit<TimeInput, 'from' | 'to'> & { windowFrom?: string | undefined; windowTo?: string | undefined },
): ReportFilter | null {
  const names = { from: 'windowFrom', to: 'windowTo' };
  return reportFilter(route, { ...query, from: query.windowFrom, to: query.windowTo }, names);
}

export const graphQuery = z.object({ limit: intParam(DEFAULT_OVERVIEW_LIMIT, 1, 5_000), ...timeFields });

export const searchQuery = z.object({
  q: z
    .string({ error: 'q is required' })
    .trim()
    .min(1, 'q must not be empty')
    .max(200, 'q is longer than 200 characters'),
  limit: intParam(10, 1, 100),
  ...timeFields,
});

/** Ids already on screen, comma-separated: the neighbours not among them come first. */
const shownIds = z
  .string()
  .max(16_000, 'shown is longer than 16,000 characters')
  .optional()
  .transform((value) => (value ? value.split(',').filter(Boolean) : []));

export const neighboursQuery = z.object({
  types: relationTypes,
  limit: intParam(50, 1, 1_000),
  shown: shownIds,
  ...timeFields,
});

export const edgeQuery = z.object({
  offset: intParam(0, 0, 1_000_000),
  limit: intParam(EVIDENCE_PAGE.limit, 1, EVIDENCE_PAGE.max),
});

export const pathsQuery = z.object({
  from: z.string({ error: 'from is required' }).trim().min(1, 'from must not be empty').max(200),
  to: z.string({ error: 'to is required' }).trim().min(1, 'to must not be empty').max(200),
  k: intParam(PATH_DEFAULTS.k, 1, PATH_DEFAULTS.kLimit),
  maxHops: intParam(PATH_DEFAULTS.maxHops, 1, PATH_DEFAULTS.maxHopsLimit),
  types: relationTypes,
  ...pathTimeFields,
});

export const cypherBody = z.strictObject({
  query: z.string({ error: 'query is required' }).trim().min(1, 'query must not be empty').max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
  /** Run under EXPLAIN (plan only, nothing runs) or PROFILE (runs, with rows and db hits per operator). */
  plan: z.enum(['explain', 'profile']).optional(),
});

export const entityId = z.string().trim().min(1).max(200);

/** A fact id: `source:TYPE:target[:meeting]`. */
export const edgeId = z.string().trim().min(1).max(1_000);

export const nodeQuery = z.object({
  edges: intParam(DETAIL_LIMITS.edges, 1, 5_000),
  articles: intParam(DETAIL_LIMITS.articles, 1, 1_000),
  evidence: intParam(DETAIL_LIMITS.evidence, 1, EVIDENCE_PAGE.max),
  /** Skips the strongest `offset` relationships: the next page of a hub's thousands. */
  offset: intParam(0, 0, 1_000_000),
  ...timeFields,
});

export const disagreementsQuery = z.object({
  entity: entityId.optional(),
  limit: intParam(50, 1, 500),
});

export const sourcesQuery = z.object({
  q: z.string().trim().max(200, 'q is longer than 200 characters').optional(),
  offset: intParam(0, 0, 1_000_000),
  limit: intParam(SOURCES_PAGE.limit, 1, SOURCES_PAGE.max),
});

export const timelineQuery = z.object({
  entity: entityId.optional(),
  type: z.enum(RELATION_TYPES).optional(),
});
