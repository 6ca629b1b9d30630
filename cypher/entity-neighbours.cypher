// entity-neighbours: the neighbourhood to expand in the view: up to $limit neighbours through
// relationships of the given $types, those not in $shown (already on screen) first, then the most
// important, and the relationships to them, lean (what drawing needs; evidence via edge-evidence).
MATCH (n:Entity {id: $id})
MATCH (n)-[r]-(m:Entity)
WHERE type(r) IN $types
WITH m, collect(r) AS rels
ORDER BY m.id IN $shown, m.importance DESC, m.id
LIMIT toInteger($limit)
UNWIND rels AS r
RETURN collect(DISTINCT m {.*}) AS neighbours,
       collect({type: type(r), source: startNode(r).id, target: endNode(r).id,
                props: r {.id, .confidence, .curated, .positive, .disputed, .firstReported, .lastReported,
                          .happenedStart, .happenedEnd, .topic, .meeting,
                          reportCount: coalesce(r.reportCount, size(r.evidence)),
                          reportedOn: CASE WHEN r.firstReported IS NULL THEN r.reportedOn END}}) AS edges
