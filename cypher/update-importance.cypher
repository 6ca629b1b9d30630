// update-importance: stores each entity's importance (its degree over the relation vocabulary,
// which Neo4j reads from its stored degrees without a walk) for the entities in $ids, the ones a
// merge touched, and its search tier: $tier from importance $prominent on, else none
// (written only when it changes, as each write re-indexes the entity's names). Run in the
// merge's own transaction, so the indexed overview and search are never stale.
// `changed` gives each entity whose importance rose as {id, before, after}, for the hubs' kept
// neighbours (keep-top-neighbours).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, coalesce(n.importance, 0) AS before,
     COUNT { (n)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() } AS importance
SET n.importance = importance
WITH n, before, importance, CASE WHEN importance >= $prominent THEN $tier END AS tier
FOREACH (_ IN CASE WHEN coalesce(n.searchTier, '') <> coalesce(tier, '') THEN [1] ELSE [] END | SET n.searchTier = tier)
RETURN count(n) AS updated,
       collect(CASE WHEN importance > before THEN {id: n.id, before: before, after: importance} END) AS changed
