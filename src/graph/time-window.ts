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

/** The filter from query parameters; `module` names who asks, for the error message. */
export function parseTimeFilter(
  module: string,
  input: { asOf?: string | undefined; from?: string | undefined; to?: string | undefined },
): TimeFilter {
  const day = (name: string, value: string | undefined): string | null => {
    if (value === undefined || value === '') return null;
    if (!isIsoDay(value)) throw new ValidationError(`${module}: ${name} must be a date YYYY-MM-DD, got '${value}'`);
    return value;
  };
  const filter = { asOf: day('asOf', input.asOf), from: day('from', input.from), to: day('to', input.to) };
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new ValidationError(`${module}: from (${filter.from}) is after to (${filter.to})`);
  }
  return filter;
}

export function isActive(filter: TimeFilter): boolean {
  return filter.asOf !== null || filter.from !== null || filter.to !== null;
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
