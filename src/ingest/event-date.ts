/**
 * Event date.
 *
 * When the fact a sentence reports took place (`happened` in DESIGN.md), from the dates the
 * sentence gives, against the article's date: "on January 20", "January 29-30", "on 29 January",
 * "in December 2017" (the month), "on Monday" (the Monday before the article, or after it when the
 * sentence speaks of what is to come: "will begin on Monday"). A date that only says when someone
 * spoke ("Hariri said on Saturday", "al-Aridi on January 27 said") dates the saying, not the fact,
 * and is passed over. Never the report date by default: no date, `null`.
 */
import { isoDay, monthNumber, WEEKDAYS } from './calendar.ts';

export interface DaySpan {
  start: string;
  end: string;
}

const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const YEAR = '(?:,? (\\d{4}))?';
/** "January 29", "January 29-30", "Jan. 29, 2018". */
const MONTH_DAY = new RegExp(`\\b${MONTH} (\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?${YEAR}\\b`, 'g');
/** "29 January", "29-30 January 2018". */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))? ${MONTH}${YEAR}\\b`, 'g');
/** "in December 2017", "in December": the whole month. */
const IN_MONTH = new RegExp(`\\b(?:in|during|since|until|by) ${MONTH}${YEAR}\\b(?! \\d)`, 'gi');
const ON_WEEKDAY = new RegExp(`\\bon (${WEEKDAYS.join('|')})\\b`, 'gi');
/** Verbs of saying: a date next to one is when the words were said. */
const SAID =
  '(?:said|says|told|stated|added|noted|stressed|remarked|commented|explained|emphasi[sz]ed|underlined|confirmed|announced|warned|insisted)';
const SAID_BEFORE = new RegExp(`\\b${SAID}(?: \\w+)?\\s*,?\\s*$`, 'i');
const SAID_AFTER = new RegExp(`^\\s*,?\\s*${SAID}\\b`, 'i');
/** Words that put the sentence's facts ahead of the article: "will begin on Monday". */
const AHEAD =
  /\b(?:will|would|shall|to be held|(?:is|are) (?:set|due|scheduled|expected|slated) to|scheduled for|next)\b/i;

interface DateMatch {
  index: number;
  text: string;
  span: DaySpan;
}

/** The year of a month named without one: the article's, or the year before for a month well after it. */
function yearOf(month: number, written: string | undefined, published: { year: number; month: number }): number {
  if (written) return Number(written);
  return month > published.month + 1 ? published.year - 1 : published.year;
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function matches(text: string, published: string): DateMatch[] {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  const article = { year, month };
  const found: DateMatch[] = [];
  const days = (m: number, first: string, last: string | undefined, written: string | undefined): DaySpan => {
    const y = yearOf(m, written, article);
    const start = isoDay(y, m, Number(first));
    return { start, end: last ? isoDay(y, m, Number(last)) : start };
  };
  for (const m of text.matchAll(MONTH_DAY))
    found.push({ index: m.index, text: m[0], span: days(monthNumber(m[1]!), m[2]!, m[3], m[4]) });
  for (const m of text.matchAll(DAY_MONTH))
    found.push({ index: m.index, text: m[0], span: days(monthNumber(m[3]!), m[1]!, m[2], m[4]) });
  for (const m of text.matchAll(IN_MONTH)) {
    const n = monthNumber(m[1]!);
    const y = yearOf(n, m[2], article);
    found.push({ index: m.index, text: m[0], span: { start: isoDay(y, n, 1), end: isoDay(y, n, lastDayOf(y, n)) } });
  }
  const ahead = AHEAD.test(text);
  for (const m of text.matchAll(ON_WEEKDAY)) {
    const wanted = WEEKDAYS.indexOf(m[1]!.toLowerCase() as (typeof WEEKDAYS)[number]);
    const date = new Date(Date.UTC(year, month - 1, day));
    const today = (date.getUTCDay() + 6) % 7;
    const shift = ahead ? (wanted - today + 7) % 7 : -((today - wanted + 7) % 7);
    date.setUTCDate(date.getUTCDate() + shift);
    const iso = date.toISOString().slice(0, 10);
    found.push({ index: m.index, text: m[0], span: { start: iso, end: iso } });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether the date at `at` only says when someone spoke: "said on Monday", "on January 27 said". */
function datesTheSaying(text: string, at: DateMatch): boolean {
  const before = text.slice(0, at.index);
  const after = text.slice(at.index + at.text.length);
  return SAID_BEFORE.test(before.replace(/\bon\s*$/i, '')) || SAID_AFTER.test(after);
}

/** The span of the first date in `text` that dates a fact, against the article's date (YYYY-MM-DD). */
export function happenedIn(text: string, published: string | null): DaySpan | null {
  if (!published) return null;
  const dated = matches(text, published).find((m) => !datesTheSaying(text, m));
  return dated?.span ?? null;
}
