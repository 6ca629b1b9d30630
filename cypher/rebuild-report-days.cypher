// rebuild-report-days: the per-day counts tally-reports keeps, counted again from every
// stored report: for stores written before merges kept them, and after facts were written or
// removed outside Parley's merges (report-counts-stale). Replaces the counts there were.
CALL () { MATCH (old:ReportDay) DELETE old }
MATCH (:Entity)-[r]->(:Entity)
WHERE r.evidence IS NOT NULL
UNWIND range(0, size(r.evidence) - 1) AS i
WITH type(r) AS type, coalesce(r.reportedOn[i], '') AS reported, coalesce(r.happenedStarts[i], '') AS happened,
     count(*) AS reports
MERGE (d:ReportDay {type: type, reported: reported, happened: happened})
SET d.reports = reports
RETURN count(d) AS days
