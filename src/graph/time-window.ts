/**
 * Time window.
 *
 * The pure time logic behind `asOf` and `from`/`to` (DESIGN.md "Time"): "as of D" keeps the
 * reports published by D; an event window keeps the reports whose `happened` overlaps it and
 * keeps undated ones, marked as such. The two are never mixed. Dates are ISO `YYYY-MM-DD`
 * strings, so comparing them as strings orders them in time. The named Cypher queries mirror
 * these rules over the stored report lists.
 */
import { ValidationError } from '../errors.ts';

export interface TimeFilter {
  asOf: string | null;
  from: string | null;
  to: string | null;
}

export interface Happened {
  start: string;
  end: string;
}

export type WindowVerdict = 'inside' | 'undated' | 'outside';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day, checked: `2018-02-30` is not one. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The filter from query parameters; `module` names who asks, for the error message, and `names`
 * what the window's ends are called there (paths take `from`/`to` for entities).
 */
export function parseTimeFilter(
  module: string,
  input: { asOf?: string | undefined; from?: string | undefined; to?: string | undefined },
  names: { from: string; to: string } = { from: 'from', to: 'to' },
): TimeFilter {
  const day = (name: string, value: string | undefined): string | null => {
    if (value === undefined || value === '') return null;
    if (!isIsoDay(value)) throw new ValidationError(`${module}: ${name} must be a date YYYY-MM-DD, got '${value}'`);
    return value;
  };
  const filter = { asOf: day('asOf', input.asOf), from: day(names.from, input.from), to: day(names.to, input.to) };
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new ValidationError(`${module}: ${names.from} (${filter.from}) is after ${names.to} (${filter.to})`);
  }
  return filter;
}

export function isActive(filter: TimeFilter): boolean {
  return filter.asOf !== null || filter.from !== null || filter.to !== null;
}

/** A time filter with the sources filter: keep-only lists, null keeps all. */
export interface ReportFilter extends TimeFilter {
  /** Outlet names; '' stands for articles with no outlet recorded. */
  outlets: string[] | null;
  /** Speakers as reports store them (an entity id or the words used); '' stands for the outlet itself. */
  speakers: string[] | null;
  /** Outlets and speakers whose reports are left out (null: none), for a filter that drops a few of thousands. */
  exceptOutlets: string[] | null;
  exceptSpeakers: string[] | null;
}

/** The articles a sources filter keeps: those of the kept outlets (null: all), less those of the dropped ones. */
export interface ArticleScope {
  kept: ReadonlySet<string> | null;
  dropped: ReadonlySet<string> | null;
}

/** Why a report is kept or left out, in the order the rules are tried. */
export type ReportVerdict = 'kept' | 'undated' | 'reported' | 'meeting' | 'happened' | 'outlet' | 'speaker';

/** What a verdict needs to know of a report. */
export interface ReportTimes {
  reported: string | null;
  happened: Happened | null;
  articleId: string;
  attributedTo: string | null;
}

/**
 * One report against the filter. `articles` are those of the outlets it keeps;
 * `meetingInside` is false when the fact is about an entity with its own dates outside the window.
 */
export function reportVerdict(
  report: ReportTimes,
  filter: ReportFilter,
  articles: ArticleScope,
  meetingInside = true,
): ReportVerdict {
  if (!reportedBy(report.reported, filter.asOf)) return 'reported';
  if (!meetingInside) return 'meeting';
  const verdict = windowVerdict(report.happened, filter.from, filter.to);
  if (verdict === 'outside') return 'happened';
  if (articles.kept && !articles.kept.has(report.articleId)) return 'outlet';
  if (articles.dropped?.has(report.articleId)) return 'outlet';
  const speaker = report.attributedTo ?? '';
  if (filter.speakers && !filter.speakers.includes(speaker)) return 'speaker';
  if (filter.exceptSpeakers?.includes(speaker)) return 'speaker';
  return verdict === 'undated' ? 'undated' : 'kept';
}

/** An entity with its own dates (a meeting's start and end) is in the window when they overlap it. */
export function entityInWindow(entity: { start?: unknown; end?: unknown }, filter: TimeFilter): boolean {
  if (typeof entity.start !== 'string' || entity.start === '') return true;
  const end = typeof entity.end === 'string' && entity.end !== '' ? entity.end : entity.start;
  return windowVerdict({ start: entity.start, end }, filter.from, filter.to) !== 'outside';
}

function span(filter: TimeFilter): string {
  return `${filter.from ?? ''}..${filter.to ?? ''}`;
}

/** Outlet or speaker names as the filter's parameters write them ('-': none recorded, the outlet itself). */
function names(list: readonly string[]): string {
  return list.map((name) => name || '-').join(', ');
}

/** The words an answer uses for a verdict that left reports out; null for kept ones. */
export function verdictReason(verdict: ReportVerdict, filter: ReportFilter): string | null {
  switch (verdict) {
    case 'reported':
      return `not reported by ${filter.asOf}`;
    case 'meeting':
      return `about a meeting outside ${span(filter)}`;
    case 'happened':
      return `happened outside ${span(filter)}`;
    case 'outlet':
      return filter.exceptOutlets
        ? `outlet left out: ${names(filter.exceptOutlets)}`
        : `outlet not in ${names(filter.outlets ?? [])}`;
    case 'speaker':
      return filter.exceptSpeakers
        ? `speaker left out: ${names(filter.exceptSpeakers)}`
        : `speaker not in ${names(filter.speakers ?? [])}`;
    default:
      return null;
  }
}

/** As of `asOf`: reported by that day. A report without a date cannot be placed, so it is left out. */
export function reportedBy(reported: string | null, asOf: string | null): boolean {
  if (asOf === null) return true;
  return reported !== null && reported !== '' && reported <= asOf;
}

/** Where a report's event time falls against [from, to]; an open end is unbounded. */
export function windowVerdict(happened: Happened | null, from: string | null, to: string | null): WindowVerdict {
  if (from === null && to === null) return 'inside';
  if (happened === null) return 'undated';
  const startsBeforeEnd = to === null || happened.start <= to;
  const endsAfterStart = from === null || happened.end >= from;
  return startsBeforeEnd && endsAfterStart ? 'inside' : 'outside';
}

/** Two event times overlap; an unknown one may overlap anything (disagreements count it). */
export function mayOverlap(a: Happened | null, b: Happened | null): boolean {
  if (a === null || b === null) return true;
  return a.start <= b.end && b.start <= a.end;
}
