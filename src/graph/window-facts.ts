/**
 * Window facts.
 *
 * A stored fact seen through a time or sources filter: its reports judged one by one
 * (time-window.ts), the report lists cut to the kept ones, and the fact summary the merge keeps
 * (confidence, curated, reportCount, positive, first/lastReported, happenedStart/End, disputed)
 * recomputed over them, so an answer counts what it shows. Also tallies what a filter left out.
 */
import type { TimeFilterJson } from '../model/json.ts';
import { evidenceOf, type StoredEdge } from './edge-json.ts';
import {
  entityInWindow,
  mayOverlap,
  reportVerdict,
  verdictReason,
  type ArticleScope,
  type ReportFilter,
  type ReportVerdict,
} from './time-window.ts';

/** The filter as the named queries read it, and the articles of the kept outlets. */
export interface Window {
  filter: ReportFilter;
  articles: ArticleScope;
}

/** Reports per verdict. */
export type Tally = Partial<Record<ReportVerdict, number>>;

/** The entities at the ends of a fact, as far as the window cares (their own dates). */
export interface FactEnds {
  source?: { start?: unknown; end?: unknown };
  target?: { start?: unknown; end?: unknown };
}

export function verdictsOf(edge: StoredEdge, window: Window, ends: FactEnds = {}): ReportVerdict[] {
  const inside = entityInWindow(ends.source ?? {}, window.filter) && entityInWindow(ends.target ?? {}, window.filter);
  return evidenceOf(edge.props).map((report) => reportVerdict(report, window.filter, window.articles, inside));
}

export function tally(verdicts: ReportVerdict[], into: Tally = {}): Tally {
  for (const verdict of verdicts) into[verdict] = (into[verdict] ?? 0) + 1;
  return into;
}

export function isKept(verdict: ReportVerdict): boolean {
  return verdict === 'kept' || verdict === 'undated';
}

function extreme(days: unknown[], pick: (a: string, b: string) => boolean): string | null {
  let best: string | null = null;
  for (const day of days) if (typeof day === 'string' && day !== '' && (best === null || pick(day, best))) best = day;
  return best;
}

/**
 * The fact with only the reports the window keeps, its summary recomputed; null when none is
 * kept (the answer leaves the fact out).
 */
export function windowEdge(edge: StoredEdge, window: Window, ends: FactEnds = {}): StoredEdge | null {
  const verdicts = verdictsOf(edge, window, ends);
  if (!verdicts.some(isKept)) return null;
  const total = verdicts.length;
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edge.props)) {
    props[key] = Array.isArray(value) && value.length === total ? value.filter((_, i) => isKept(verdicts[i]!)) : value;
  }
  const reports = evidenceOf(props);
  const asserted = reports.filter((report) => !report.negated);
  const denied = reports.filter((report) => report.negated);
  Object.assign(props, {
    reportCount: reports.length,
    confidence: Math.max(...reports.map((report) => report.confidence)),
    curated: reports.some((report) => report.curated),
    positive: asserted.length > 0,
    firstReported: extreme(props.reportedOn as unknown[], (a, b) => a < b),
    lastReported: extreme(props.reportedOn as unknown[], (a, b) => a > b),
    happenedStart: extreme(
      reports.map((report) => report.happened?.start),
      (a, b) => a < b,
    ),
    happenedEnd: extreme(
      reports.map((report) => report.happened?.end),
      (a, b) => a > b,
    ),
    disputed:
      (props.opposed === true && asserted.length > 0) ||
      denied.some((denial) => asserted.some((assertion) => mayOverlap(denial.happened, assertion.happened))),
  });
  return { ...edge, props };
}

/** What an answer says about its filter: the filter, what it left out and why, and whether anything is left. */
export function timeFilterJson(window: Window, counts: Tally, empty: boolean): TimeFilterJson {
  const { filter } = window;
  const byReason = (Object.entries(counts) as [ReportVerdict, number][]).flatMap(([verdict, reports]) => {
    const reason = verdictReason(verdict, filter);
    return reason && reports > 0 ? [{ reason, reports }] : [];
  });
  return {
    asOf: filter.asOf,
    from: filter.from,
    to: filter.to,
    outlets: filter.outlets,
    speakers: filter.speakers,
    exceptOutlets: filter.exceptOutlets,
    exceptSpeakers: filter.exceptSpeakers,
    excluded: {
      reports: byReason.reduce((sum, entry) => sum + entry.reports, 0),
      reason: byReason.length > 0 ? byReason.map((entry) => entry.reason).join('; ') : null,
      byReason,
    },
    undated: counts.undated ?? 0,
    empty,
  };
}
