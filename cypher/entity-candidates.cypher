// entity-candidates: entities a name could refer to (by id, or full-text over names and
// aliases), for resolving what a user typed and suggesting close matches.
CALL () {
  MATCH (n:Entity {id: $id})
  RETURN n, 1000.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node AS n, score
  RETURN n, score
}
RETURN n {.*} AS node, max(score) AS score
ORDER BY score DESC
LIMIT toInteger($limit)
