// entity-neighbours: the neighbourhood to expand in the view: up to $limit neighbours (best
// connected first) through relationships of the given $types, and those relationships. Degree
// counts only vocabulary types, which Neo4j answers from its stored degrees without a walk.
MATCH (n:Entity {id: $id})
MATCH (n)-[r]-(m:Entity)
WHERE type(r) IN $types
WITH n, m, collect(r) AS rels, COUNT { (m)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() } AS degree
ORDER BY degree DESC, m.id
LIMIT toInteger($limit)
UNWIND rels AS r
RETURN collect(DISTINCT m {.*, degree: degree}) AS neighbours,
       collect({type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}) AS edges
