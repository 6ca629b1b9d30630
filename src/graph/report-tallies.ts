/**
 * Report tallies.
 *
 * The timeline and the sources count reports per day and per outlet and speaker. Reading every
 * report for that costs seconds at 100k entities, so each merge adds the reports it stored to
 * kept counts (`tally-reports`) in its own transaction; stores written before get them counted
 * once at start-up, and facts written or removed outside Parley get them counted again when next
 * read (`freshReportTallies`).
 */
import type { Database, Row, WriteTx } from '../db/database.ts';

/** One report a merge stored: [type, report day, event start, article id, speaker] ('' where unknown). */
type StoredReport = [type: string, reported: string, happened: string, articleId: string, speaker: string];

function countBy<T>(
  reports: StoredReport[],
  key: (report: StoredReport) => string[],
  row: (parts: string[], n: number) => T,
) {
  const counts = new Map<string, { parts: string[]; reports: number }>();
  for (const report of reports) {
    const parts = key(report);
    const id = JSON.stringify(parts);
    const entry = counts.get(id) ?? counts.set(id, { parts, reports: 0 }).get(id)!;
    entry.reports += 1;
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, entry]) => row(entry.parts, entry.reports));
}

/** Adds the reports a merge query stored (its row's `stored`: a list per fact) to the kept counts, in `tx`. */
export async function tallyReports(tx: WriteTx, merged: Row | undefined): Promise<void> {
  const reports = ((merged?.stored ?? []) as StoredReport[][]).flat();
  if (reports.length === 0) return;
  await tx.run('tally-reports', {
    days: countBy(
      reports,
      ([type, reported, happened]) => [type, reported, happened],
      ([type, reported, happened], n) => ({ type, reported, happened, reports: n }),
    ),
    sources: countBy(
      reports,
      ([, , , articleId, speaker]) => [articleId, speaker],
      ([articleId, speaker], n) => ({ articleId, speaker, reports: n }),
    ),
  });
  await tx.run('mark-report-counts');
}

/**
 * Counts every stored report again, replacing the kept counts, in one transaction. The facts are
 * unchanged, so the graph revision stays and so do the answers kept for it.
 */
export async function rebuildReportTallies(db: Database): Promise<void> {
  await db.writeTransaction(
    async (tx) => {
      await tx.run('rebuild-report-days');
      await tx.run('rebuild-report-sources');
      await tx.run('mark-report-counts');
    },
    { changesGraph: false },
  );
}

const rebuilding = new WeakMap<Database, Promise<void>>();

/**
 * Makes the kept counts again when facts were written or removed outside Parley's merges (the
 * count of facts moved without them), once however many readers notice it at the same time.
 */
export async function freshReportTallies(db: Database): Promise<void> {
  const pending = rebuilding.get(db);
  if (pending) return pending;
  const [row] = await db.readQuery('report-counts-stale');
  if (row?.stale !== true) return;
  const rebuild = rebuildReportTallies(db).finally(() => rebuilding.delete(db));
  rebuilding.set(db, rebuild);
  return rebuild;
}
