// detour-paths: the $routes strongest simple routes of exactly $out + $in hops (2 to 5) between
// two entities over the given relationship $types, either direction, by positive facts, never
// through articles: for when shortest-paths.cypher finds fewer routes than asked, and these, one
// hop longer than the shortest (or two, ...), are the next. Each route is the strongest path of its
// node sequence, ranked as in shortest-paths.cypher (every route of the length is weighed, not only
// those a bounded search met first). Instead of a breadth-first search out of one end, which at
// 100k entities crossed the hubs two and three hops out (longer-paths.cypher, up to 100,000 db
// hits), each end is expanded part of the way and the halves meet in a hash join on the middle
// entity: $out hops out of `s` (`from` when $near, else `to`) and $in (at most $out) out of the
// other. The caller chooses the split from path-ends-walks.cypher so that the walks expanded are
// fewest (3 + 1 from a hub's neighbour to the hub: its thousands of facts once, not their
// neighbourhoods), and leaves to the longer search the pairs whose every split expands too many.
// The types and `positive` are checked on the joined routes only (the expansions read no
// properties). Without a time window only (a window weighs each hop by its kept reports).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
WITH CASE WHEN $near THEN from ELSE to END AS s, CASE WHEN $near THEN to ELSE from END AS t
CALL (s, t) {
  WITH s, t WHERE $out = 1 AND $in = 1
  MATCH (s)-[l1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE m <> t AND m <> s
  MATCH (t)-[r1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  USING JOIN ON m
  RETURN [s, m, t] AS nodes, [l1, r1] AS rels
  UNION ALL
  WITH s, t WHERE $out = 2 AND $in = 1
  MATCH (s)-[l1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a1)-[l2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE a1 <> t AND m <> t AND m <> a1 AND m <> s
  MATCH (t)-[r1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  USING JOIN ON m
  RETURN [s, a1, m, t] AS nodes, [l1, l2, r1] AS rels
  UNION ALL
  WITH s, t WHERE $out = 2 AND $in = 2
  MATCH (s)-[l1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a1)-[l2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE a1 <> t AND m <> t AND m <> a1 AND m <> s
  MATCH (t)-[r1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(b1)-[r2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  USING JOIN ON m
  WHERE b1 <> s
  RETURN [s, a1, m, b1, t] AS nodes, [l1, l2, r2, r1] AS rels
  UNION ALL
  WITH s, t WHERE $out = 3 AND $in = 1
  MATCH (s)-[l1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a1)-[l2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a2)-[l3:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE a1 <> t AND a2 <> t AND m <> t AND m <> a1 AND m <> a2 AND m <> s
  MATCH (t)-[r1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  USING JOIN ON m
  RETURN [s, a1, a2, m, t] AS nodes, [l1, l2, l3, r1] AS rels
  UNION ALL
  WITH s, t WHERE $out = 3 AND $in = 2
  MATCH (s)-[l1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a1)-[l2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a2)-[l3:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE a1 <> t AND a2 <> t AND m <> t AND m <> a1 AND m <> a2 AND m <> s
  // Planned alone, the three hops out of `s` start at `s`: planned with the two out of `t`, they
  // could start from every node (pair 81 at 100k: 2,877,689 db hits, 11,966 planned alone).
  WITH s, t, a1, a2, m, l1, l2, l3
  MATCH (t)-[r1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(b1)-[r2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  USING JOIN ON m
  WHERE b1 <> s
  RETURN [s, a1, a2, m, b1, t] AS nodes, [l1, l2, l3, r2, r1] AS rels
  UNION ALL
  WITH s, t WHERE $out = 4 AND $in = 1
  MATCH (s)-[l1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a1)-[l2:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a2)-[l3:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a3)-[l4:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE a1 <> t AND a2 <> t AND a3 <> t AND m <> t AND m <> a1 AND m <> a2 AND m <> a3 AND m <> s
  MATCH (t)-[r1:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  USING JOIN ON m
  RETURN [s, a1, a2, a3, m, t] AS nodes, [l1, l2, l3, l4, r1] AS rels
}
WITH CASE WHEN $near THEN nodes ELSE reverse(nodes) END AS nodes,
     CASE WHEN $near THEN rels ELSE reverse(rels) END AS rels
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
