// window-scope-graph: window-scope for the overview, whose filter is accounted over the whole
// graph: every fact. A scan of every relationship, so it runs only when a filter is given.
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.evidence IS NOT NULL
RETURN {type: type(r), source: s.id, target: t.id,
        props: r {.evidence, .articleIds, .reportedOn, .happenedStarts, .happenedEnds, .attributions}} AS edge,
       s {.start, .end} AS sourceDates, t {.start, .end} AS targetDates
