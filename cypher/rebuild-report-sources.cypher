// rebuild-report-sources: the per-outlet and per-speaker counts tally-reports keeps, counted again from every
// stored report: for stores written before merges kept them, and after facts were written or
// removed outside Parley's merges (report-counts-stale). Replaces the counts there were.
CALL () { MATCH (old:ReportSource) DELETE old }
MATCH (:Entity)-[r]->(:Entity)
WHERE r.evidence IS NOT NULL
UNWIND range(0, size(r.evidence) - 1) AS i
WITH r.articleIds[i] AS articleId, coalesce(r.attributions[i], '') AS speaker, count(*) AS reports
OPTIONAL MATCH (a:Article {id: articleId})
WITH coalesce(a.outlet, '') AS outlet, speaker, sum(reports) AS reports
MERGE (s:ReportSource {outlet: outlet, speaker: speaker})
SET s.reports = reports
RETURN count(s) AS sources
