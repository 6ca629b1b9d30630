// window-scope: the facts a time or sources filter is accounted over, with what judging their
// reports needs (the report lists and the dates of both ends): every fact touching the entities
// $ids, each once, found from the ids' index.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS t
WHERE r.evidence IS NOT NULL
RETURN {type: type(r), source: s.id, target: t.id,
        props: r {.evidence, .articleIds, .reportedOn, .happenedStarts, .happenedEnds, .attributions}} AS edge,
       s {.start, .end} AS sourceDates, t {.start, .end} AS targetDates
