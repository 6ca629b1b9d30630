// disagreements: the facts marked disputed (a denial against an assertion, or opposed types for
// the same pair), each through its type's disputed index, optionally those touching $entity, with
// the opposed fact for the same pair where there is one, and whether a denial and an assertion of
// it may overlap in time (merge-relations' rule). `total` counts the disagreements of every
// disputed fact, not only of the $limit first: one per denied fact, one per opposed pair.
// $entity: an id or null; $limit: facts returned.
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
WITH s, r, t, o,
     any(i IN range(0, size(r.evidence) - 1) WHERE r.negations[i] AND
         any(j IN range(0, size(r.evidence) - 1) WHERE NOT r.negations[j] AND
             (r.happenedStarts[i] = '' OR r.happenedStarts[j] = '' OR
              (r.happenedStarts[i] <= r.happenedEnds[j] AND r.happenedStarts[j] <= r.happenedEnds[i])))) AS denied
ORDER BY s.id, t.id, type(r)
WITH collect({source: s.id, target: t.id, type: type(r), props: properties(r), denied: denied,
              opposed: CASE WHEN o IS NULL THEN null ELSE {type: type(o), props: properties(o)} END}) AS rows,
     sum(CASE WHEN denied THEN 1 ELSE 0 END) + sum(CASE WHEN o IS NOT NULL AND type(r) < type(o) THEN 1 ELSE 0 END) AS total
UNWIND rows[0..toInteger($limit)] AS row
RETURN row.source AS source, row.target AS target, row.type AS type, row.props AS props, row.denied AS denied,
       row.opposed AS opposed, total
