// entity-details: one entity, its strongest relationships with other entities (both directions;
// at most $edgeLimit, best evidenced first) with their neighbours, its latest articles (at most
// $articleLimit), and the totals of each so the view can say what it leaves out. A hub has
// thousands of relationships; sending them all would make one click cost megabytes.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WITH r, m
  ORDER BY r.confidence DESC, size(r.evidence) DESC, r.id
  LIMIT toInteger($edgeLimit)
  RETURN collect({type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}) AS edges,
         collect(DISTINCT m {.*}) AS neighbours
}
CALL (n) {
  MATCH (a:Article)-[:MENTIONS]->(n)
  WITH a
  ORDER BY a.published DESC, a.id
  LIMIT toInteger($articleLimit)
  RETURN collect(a {.*}) AS articles
}
RETURN n {.*} AS node, edges, neighbours, articles,
       COUNT { (n)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() } AS edgeTotal,
       COUNT { (:Article)-[:MENTIONS]->(n) } AS articleTotal
