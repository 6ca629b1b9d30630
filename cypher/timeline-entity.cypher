// timeline-entity: timeline for the facts of one entity, expanded from its id (the index), not
// filtered out of every relationship. $entity: an id; $type: a type or null.
MATCH (:Entity {id: $entity})-[r]-(:Entity)
WHERE ($type IS NULL OR type(r) = $type) AND r.evidence IS NOT NULL
WITH DISTINCT r
UNWIND range(0, size(r.evidence) - 1) AS i
RETURN coalesce(r.reportedOn[i], '') AS reported, coalesce(r.happenedStarts[i], '') AS happened, count(*) AS reports
