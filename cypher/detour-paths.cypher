// detour-paths: the $routes strongest simple routes of exactly $hops hops (2 to 4) between two
// entities over the given relationship $types, either direction, by positive facts, never through
// articles: for when shortest-paths.cypher finds fewer routes than asked, and these, one hop
// longer than the shortest, are the next. Each route is the strongest path of its node sequence,
// ranked as in shortest-paths.cypher (every route of the length is weighed, not only those a
// bounded search met first). Instead of a breadth-first search out of one end, which at 100k
// entities crossed the hubs two and three hops out (longer-paths.cypher, up to 100,000 db hits),
// each end is expanded by about half the route and the halves meet in a hash join on the middle
// entity (3 hops: 2 out of the end that is $near, true for `from`, and 1 out of the other; the
// caller chooses it from path-ends-reach.cypher, and leaves to the longer search the ends whose
// neighbourhoods are too large to expand, such as the hubs').
// The types and `positive` are checked on the joined routes only (the expansions read no
// properties). Without a time window only (a window weighs each hop by its kept reports).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
CALL (from, to) {
  WITH from, to WHERE $hops = 2
  MATCH (from)-[r1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE m <> from AND m <> to
  MATCH (m)-[r2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(to)
  USING JOIN ON m
  RETURN [from, m, to] AS nodes, [r1, r2] AS rels
  UNION ALL
  WITH from, to WHERE $hops = 3
  WITH $near AS near, CASE WHEN $near THEN from ELSE to END AS s, CASE WHEN $near THEN to ELSE from END AS t
  MATCH (s)-[r1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a)-[r2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE a <> t AND m <> s
  MATCH (t)-[r3:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  USING JOIN ON m
  RETURN CASE WHEN near THEN [s, a, m, t] ELSE [t, m, a, s] END AS nodes,
         CASE WHEN near THEN [r1, r2, r3] ELSE [r3, r2, r1] END AS rels
  UNION ALL
  WITH from, to WHERE $hops = 4
  MATCH (from)-[r1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a)-[r2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE a <> to AND m <> from AND m <> to
  MATCH (to)-[r4:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(c)-[r3:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  USING JOIN ON m
  WHERE c <> from AND c <> a
  RETURN [from, a, m, c, to] AS nodes, [r1, r2, r3, r4] AS rels
}
WITH nodes, rels
WHERE all(r IN rels WHERE type(r) IN $types AND coalesce(r.positive, true))
  AND all(i IN range(0, size(nodes) - 2) WHERE NOT nodes[i] IN nodes[i + 1..])
WITH nodes, rels, [n IN nodes | n.id] AS route,
     reduce(s = 0.0, r IN rels | s + coalesce(r.confidence, 0.0) + CASE WHEN r.curated THEN 0.01 ELSE 0.0 END) AS strength
ORDER BY strength DESC, [r IN rels | elementId(r)]
WITH route, collect({nodes: nodes, rels: rels})[0] AS p, max(strength) AS strength
ORDER BY strength DESC, route
LIMIT toInteger($routes)
RETURN [n IN p.nodes | n {.*}] AS nodes,
       [r IN p.rels | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges
