// timeline: how many reports there are per report date and per event start, for a slider's
// histogram, over every fact (timeline-entity for one entity's); '' is an unknown date.
// $type: a type or null.
MATCH (:Entity)-[r]->(:Entity)
WHERE ($type IS NULL OR type(r) = $type) AND r.evidence IS NOT NULL
UNWIND range(0, size(r.evidence) - 1) AS i
RETURN coalesce(r.reportedOn[i], '') AS reported, coalesce(r.happenedStarts[i], '') AS happened, count(*) AS reports
