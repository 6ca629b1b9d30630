// tally-reports: adds reports just stored to the counts the timeline and the sources read: per
// relationship type, report day and event start (ReportDay), and per outlet and speaker
// (ReportSource). Run in the transaction that stored them, so the counts never lag the reports.
// $days: [{type, reported, happened, reports}]; $sources: [{articleId, speaker, reports}] ('' where
// unknown; a speaker '' is the outlet itself). Both sorted, so concurrent merges lock in one order.
CALL () {
  UNWIND $days AS day
  MERGE (d:ReportDay {type: day.type, reported: day.reported, happened: day.happened})
  ON CREATE SET d.reports = 0
  SET d.reports = d.reports + day.reports
}
CALL () {
  UNWIND $sources AS source
  OPTIONAL MATCH (a:Article {id: source.articleId})
  WITH coalesce(a.outlet, '') AS outlet, source.speaker AS speaker, sum(source.reports) AS reports
  ORDER BY outlet, speaker
  MERGE (s:ReportSource {outlet: outlet, speaker: speaker})
  ON CREATE SET s.reports = 0
  SET s.reports = s.reports + reports
}
RETURN size($days) AS days, size($sources) AS sources
