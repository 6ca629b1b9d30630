// update-importance: stores each entity's importance (its degree over the relation vocabulary,
// which Neo4j reads from its stored degrees without a walk) for the entities in $ids, the ones a
// merge touched. Run in the merge's own transaction, so the indexed overview is never stale.
// searchRank is the importance bucket the full-text index holds for search to rank by
// (`r00`-`r99`, four per doubling: see src/graph/lucene-query.ts); it changes far less often than
// the degree, and an unchanged value costs the index nothing.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, COUNT { (n)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() } AS importance
SET n.importance = importance,
    n.searchRank = 'r' + right('0' + toString(toInteger(4 * log(1 + importance) / log(2))), 2)
RETURN count(n) AS updated
