// hub-candidates: the entities with at least $hub facts (from the importance index) and those at
// least $hub articles mention (each entity's stored degree, no walk): the hubs whose lists a store
// written before hub lists gets once at start (keep-strongest-facts, keep-latest-articles).
CALL () {
  MATCH (n:Entity)
  WHERE n.importance >= $hub
  RETURN collect(n.id) AS factHubs
}
CALL () {
  MATCH (n:Entity)
  WHERE COUNT { (n)<-[:MENTIONS]-() } >= $hub
  RETURN collect(n.id) AS mentionHubs
}
RETURN factHubs, mentionHubs
