// update-importance: stores each entity's importance (its degree over the relation vocabulary,
// which Neo4j reads from its stored degrees without a walk) for the entities in $ids, the ones a
// merge touched. Run in the merge's own transaction, so the indexed overview is never stale.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.importance = COUNT { (n)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() }
RETURN count(n) AS updated
