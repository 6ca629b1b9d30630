// path-ends-walks: for each end of a route ($from, $to), how many walks of 1, 2, 3 and 4 hops go
// out of it without passing the other end (walks[k - 1]): the rows each way of expanding it that
// detour-paths.cypher could take would read (src/graph/find-paths.ts chooses the split from them;
// none from an end tells that no route is that long). A node's facts are its relationships less
// its mentions (two reads of its stored degrees; by fact type they cost 17). The walks of k + 1
// hops are counted only up to $depth, for the ends in $deep, and when those of k are at most $bound
// (counting them reads those), else null: a hub's are never counted.
UNWIND [[$from, $to], [$to, $from]] AS ends
MATCH (e:Entity {id: ends[0]}), (other:Entity {id: ends[1]})
WITH ends[0] AS id, e, other,
     [(e)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(x) WHERE x <> other | COUNT { (x)--() } - COUNT { (x)<-[:MENTIONS]-() }] AS facts
WITH id, e, other, size(facts) AS w1, reduce(n = 0, d IN facts | n + d) AS w2
CALL (id, e, other, w2) {
  WITH e, other WHERE $depth >= 3 AND w2 <= $bound AND id IN $deep
  MATCH (e)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(x)
  WHERE a <> other AND x <> other
  RETURN sum(COUNT { (x)--() } - COUNT { (x)<-[:MENTIONS]-() }) AS w3
}
WITH id, e, other, w1, w2, CASE WHEN $depth >= 3 AND w2 <= $bound AND id IN $deep THEN w3 END AS w3
CALL (e, other, w3) {
  WITH e, other WHERE $depth >= 4 AND w3 <= $bound
  MATCH (e)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(a)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(b)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(x)
  WHERE a <> other AND b <> other AND x <> other
  RETURN sum(COUNT { (x)--() } - COUNT { (x)<-[:MENTIONS]-() }) AS w4
}
RETURN id, [w1, w2, w3, CASE WHEN $depth >= 4 AND w3 <= $bound THEN w4 END] AS walks
