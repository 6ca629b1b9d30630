// report-sources: how many reports each outlet and each speaker stands behind, from the counts
// merges keep (tally-reports). A speaker is an entity id (then named) or the words used; '' is the
// outlet itself.
MATCH (s:ReportSource)
OPTIONAL MATCH (e:Entity {id: s.speaker})
RETURN s.outlet AS outlet, s.speaker AS speaker, e.name AS speakerName, s.reports AS reports
