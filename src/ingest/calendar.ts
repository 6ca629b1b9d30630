/**
 * Calendar.
 *
 * Month and weekday words as news writes them, shared by the stages that read dates
 * (datelines, "on January 20") and those that must not take them for names or sentence ends.
 */

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Full month names. */
export const MONTHS_FULL: readonly string[] = MONTH_NAMES;

/** Abbreviated months that take a period ("Jan.", "Sept."); "May" is never abbreviated. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  ...MONTH_NAMES.filter((name) => name !== 'may').map((name) => name.slice(0, 3)),
  'sept',
];

/** 1-12 for a month name or abbreviation ("Jan", "january", "Sept."), 0 when it is none. */
export function monthNumber(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.slice(0, 3) === word.slice(0, 3).toLowerCase()) + 1;
}

/** YYYY-MM-DD from its parts. */
export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
