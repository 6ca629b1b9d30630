/**
 * Report window.
 *
 * The database side of a time or sources filter: the kept outlets read as article ids, the
 * filter as the named queries' `$window` parameter, and the account an answer gives of it (how
 * many reports of the facts it covers were left out, and why).
 */
import type { Reads } from '../db/database.ts';
import type { TimeFilterJson } from '../model/json.ts';
import type { StoredEdge } from './edge-json.ts';
import type { ReportFilter } from './time-window.ts';
import { isKept, tally, timeFilterJson, verdictsOf, type FactEnds, type Tally, type Window } from './window-facts.ts';

/** The window of a filter, or null for none (then every answer is the unfiltered one). */
export async function openWindow(db: Reads, filter: ReportFilter | null): Promise<Window | null> {
  if (filter === null) return null;
  const articlesOf = async (outlets: string[] | null) => {
    if (outlets === null) return null;
    const [row] = await db.readQuery('articles-by-outlet', { outlets });
    return new Set((row?.ids as string[]) ?? []);
  };
  return {
    filter,
    articles: { kept: await articlesOf(filter.outlets), dropped: await articlesOf(filter.exceptOutlets) },
  };
}

/** `$window` of the named queries: open ends become days before and after any report. */
export function windowParam(window: Window | null): Record<string, unknown> | null {
  if (window === null) return null;
  const { filter, articles } = window;
  return {
    asOf: filter.asOf,
    from: filter.from ?? '0000-01-01',
    to: filter.to ?? '9999-12-31',
    articles: articles.kept ? [...articles.kept] : null,
    speakers: filter.speakers,
    articlesOut: [...(articles.dropped ?? [])],
    speakersOut: filter.exceptSpeakers ?? [],
  };
}

/** The facts touching `ids` (every fact for null) judged report by report, those that keep a report, and their entities. */
export async function scopeTally(
  db: Reads,
  window: Window,
  ids: string[] | null,
): Promise<{ counts: Tally; keptFacts: number; keptEntities: Set<string> }> {
  const rows = ids === null ? await db.readQuery('window-scope-graph') : await db.readQuery('window-scope', { ids });
  const counts: Tally = {};
  const keptEntities = new Set<string>();
  let keptFacts = 0;
  for (const row of rows) {
    const ends: FactEnds = {
      source: row.sourceDates as FactEnds['source'],
      target: row.targetDates as FactEnds['target'],
    };
    const edge = row.edge as StoredEdge;
    const verdicts = verdictsOf(edge, window, ends);
    tally(verdicts, counts);
    if (!verdicts.some(isKept)) continue;
    keptFacts += 1;
    keptEntities.add(edge.source).add(edge.target);
  }
  return { counts, keptFacts, keptEntities };
}

/** The `timeFilter` of an answer covering the facts touching `ids` (every fact for null). */
export async function describeWindow(
  db: Reads,
  window: Window,
  ids: string[] | null,
  empty: boolean,
): Promise<TimeFilterJson> {
  const { counts } = await scopeTally(db, window, ids);
  return timeFilterJson(window, counts, empty);
}
