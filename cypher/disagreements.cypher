// disagreements: the facts marked disputed (a denial against an assertion, or opposed types for
// the same pair), each through its type's disputed index, optionally those touching $entity, with
// the opposed fact for the same pair where there is one. $entity: an id or null; $limit.
CALL () {
  MATCH (s:Entity)-[r:HOSTS]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:ORGANIZES]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:INVITES]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:ATTENDS]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:BOYCOTTS]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:MEDIATES]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:MEETS]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:SUPPORTS]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:OPPOSES]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:DEMANDS]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:ALLIED_WITH]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:REPRESENTS]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:MEMBER_OF]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:HELD_IN]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:REFERS_TO]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
  UNION MATCH (s:Entity)-[r:FIGHTS]->(t:Entity) WHERE r.disputed = true RETURN s, r, t
}
WITH s, r, t
WHERE $entity IS NULL OR s.id = $entity OR t.id = $entity
OPTIONAL MATCH (s)-[o]->(t)
WHERE o.opposed = true AND r.opposed = true AND type(o) = $opposites[type(r)]
RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props,
       CASE WHEN o IS NULL THEN null ELSE {type: type(o), props: properties(o)} END AS opposed
ORDER BY source, target, type
LIMIT toInteger($limit)
