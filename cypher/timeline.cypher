// timeline: how many reports there are per report date and per event start, for a slider's
// histogram; '' is an unknown date. $entity: an id or null (then every fact); $type: a type or null.
MATCH (s:Entity)-[r]->(t:Entity)
WHERE ($entity IS NULL OR s.id = $entity OR t.id = $entity)
  AND ($type IS NULL OR type(r) = $type) AND r.evidence IS NOT NULL
UNWIND range(0, size(r.evidence) - 1) AS i
RETURN coalesce(r.reportedOn[i], '') AS reported, coalesce(r.happenedStarts[i], '') AS happened, count(*) AS reports
