// graph-overview: the initial view. The $limit most important entities, read from the
// entity_importance range index in order (no scan, no full sort), and the strongest edges among
// them: each node keeps its $edgesPerNode strongest (the caller then keeps the strongest of those
// up to its total: sorting them here would hold every row with the whole list, which Neo4j's
// memory cap counts once per row). Edges carry what drawing needs only; evidence comes from
// edge-evidence. Totals say what the view leaves out.
MATCH (n:Entity)
WHERE n.importance >= 0
WITH n ORDER BY n.importance DESC LIMIT toInteger($limit)
WITH collect(n) AS shown
WITH shown, shown[-1].importance AS floor
CALL (shown, floor) {
  UNWIND shown AS s
  CALL (s, shown, floor) {
    // No label on t: the planner then expands from s instead of scanning the importance index per s.
    MATCH (s)-[r:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(t)
    WHERE t.importance >= floor AND t IN shown
    WITH r ORDER BY r.confidence DESC, coalesce(r.reportCount, size(r.evidence)) DESC, r.id
    RETURN collect(r) AS ranked
  }
  UNWIND range(0, size(ranked) - 1) AS rank
  WITH ranked[rank] AS r, min(rank) AS best
  RETURN count(r) AS edgeTotal, collect(CASE WHEN best < $edgesPerNode THEN r END) AS kept
}
RETURN [n IN shown | n {.*}] AS nodes,
       [r IN kept | {type: type(r), source: startNode(r).id, target: endNode(r).id,
                     props: r {.id, .confidence, .curated, .positive, .disputed, .firstReported, .lastReported,
                               .happenedStart, .happenedEnd, .topic, .meeting,
                               reportCount: coalesce(r.reportCount, size(r.evidence)),
                               reportedOn: CASE WHEN r.firstReported IS NULL THEN r.reportedOn END}}] AS edges,
       edgeTotal, COUNT { (:Entity) } AS total
