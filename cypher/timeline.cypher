// timeline: how many reports there are per report date and per event start, for a slider's
// histogram, over every fact (timeline-entity for one entity's); '' is an unknown date. Reads the
// per-day counts merges keep (tally-reports), not the reports. $type: a type or null.
MATCH (d:ReportDay)
WHERE $type IS NULL OR d.type = $type
RETURN d.reported AS reported, d.happened AS happened, sum(d.reports) AS reports
