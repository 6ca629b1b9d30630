/**
 * Timeline and sources.
 *
 * The counts behind the time slider (reports per report day and per event day; a span counts
 * on its first day) and behind the sources filter (reports per outlet and per speaker).
 */
import type { Database, Reads } from '../db/database.ts';
import type { TimelineJson } from '../model/json.ts';
import { freshReportTallies } from './report-tallies.ts';

/** `reads`: where the counts are read (the answer cache's, behind its revision check). */
export async function getTimeline(
  db: Database,
  options: { entity: string | null; type: string | null },
  reads: Reads = db,
) {
  if (options.entity === null) await freshReportTallies(db);
  const rows =
    options.entity === null
      ? await reads.readQuery('timeline', { type: options.type })
      : await reads.readQuery('timeline-entity', options);
  const days = new Map<string, { date: string; reported: number; happened: number }>();
  const day = (date: string) => days.get(date) ?? days.set(date, { date, reported: 0, happened: 0 }).get(date)!;
  let undated = 0;
  for (const row of rows) {
    const reports = Number(row.reports);
    if (row.reported) day(String(row.reported)).reported += reports;
    if (row.happened) day(String(row.happened)).happened += reports;
    else undated += reports;
  }
  const timeline: TimelineJson = {
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    undated,
  };
  return timeline;
}

export interface SourcesJson {
  outlets: { name: string; reports: number }[];
  speakers: { id: string | null; name: string; reports: number }[];
}

export async function getSources(db: Database, reads: Reads = db): Promise<SourcesJson> {
  await freshReportTallies(db);
  const rows = await reads.readQuery('report-sources');
  const outlets = new Map<string, number>();
  const speakers = new Map<string, { id: string | null; name: string; reports: number }>();
  for (const row of rows) {
    const reports = Number(row.reports);
    const outlet = String(row.outlet);
    if (outlet) outlets.set(outlet, (outlets.get(outlet) ?? 0) + reports);
    const speaker = String(row.speaker);
    if (!speaker) continue;
    const entry = speakers.get(speaker) ?? {
      id: row.speakerName ? speaker : null,
      name: row.speakerName ? String(row.speakerName) : speaker,
      reports: 0,
    };
    entry.reports += reports;
    speakers.set(speaker, entry);
  }
  // Ties by name, so the answer does not depend on the order Neo4j reads the counts in.
  const byReports = (a: { name: string; reports: number }, b: { name: string; reports: number }) =>
    b.reports - a.reports || a.name.localeCompare(b.name);
  return {
    outlets: [...outlets].map(([name, reports]) => ({ name, reports })).sort(byReports),
    speakers: [...speakers.values()].sort(byReports),
  };
}
