// backfill-importance: one batch ($batch entities) of the one-off backfill for stores written
// before entities carried an importance; run at start until it updates nothing.
MATCH (n:Entity)
WHERE n.importance IS NULL
WITH n LIMIT toInteger($batch)
SET n.importance = COUNT { (n)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() }
RETURN count(n) AS updated
