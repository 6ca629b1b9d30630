// entity-details: one entity, every relationship it has with other entities (both directions),
// its neighbours and the articles that mention it.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  RETURN collect({type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}) AS edges,
         collect(DISTINCT m {.*}) AS neighbours
}
CALL (n) {
  MATCH (a:Article)-[:MENTIONS]->(n)
  RETURN collect(a {.*}) AS articles
}
RETURN n {.*} AS node, edges, neighbours, articles
