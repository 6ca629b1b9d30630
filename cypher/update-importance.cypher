// update-importance: stores each entity's importance (its degree over the relation vocabulary,
// which Neo4j reads from its stored degrees without a walk) for the entities in $ids, the ones a
// merge touched. Run in the merge's own transaction, so the indexed overview is never stale.
// searchRank is the importance bucket the full-text index holds for search to rank by (0-127:
// the degree below 32, then six per doubling; its binary digits as tokens `rb0`-`rb6`, see
// src/graph/lucene-query.ts); it changes less often than the degree, and an unchanged value
// costs the index nothing.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, COUNT { (n)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() } AS importance
WITH n, importance,
     CASE WHEN importance < 32 THEN importance ELSE 32 + toInteger(6 * log(importance / 32.0) / log(2)) END AS bucket
SET n.importance = importance,
    n.searchRank = trim(reduce(bits = '', i IN range(0, 6) |
                     CASE WHEN (CASE WHEN bucket > 127 THEN 127 ELSE bucket END / toInteger(2 ^ i)) % 2 = 1
                          THEN bits + ' rb' + toString(i) ELSE bits END))
RETURN count(n) AS updated
