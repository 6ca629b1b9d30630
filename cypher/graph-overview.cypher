// graph-overview: the initial view. The $limit best-connected entities and the relationships
// among them, plus how many entities the view leaves out.
MATCH (n:Entity)
WITH n, COUNT { (n)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() } AS degree
ORDER BY degree DESC, n.id
WITH collect(n {.*, degree: degree}) AS ranked
WITH ranked[0..toInteger($limit)] AS shown, size(ranked) AS total
WITH shown, total, [n IN shown | n.id] AS ids
CALL (ids) {
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE s.id IN ids AND t.id IN ids
  RETURN collect({type: type(r), source: s.id, target: t.id, props: properties(r)}) AS edges
}
RETURN shown AS nodes, edges, total
