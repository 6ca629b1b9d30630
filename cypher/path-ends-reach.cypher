// path-ends-reach: for each of $ids (entity ids), how many facts its neighbours have (`reach`,
// every fact type, from the count store): the walks of two hops out of it, which detour-paths.cypher
// would expand (src/graph/find-paths.ts decides from it whether and from which end).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, reduce(n = 0, d IN [(e)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(x) | COUNT { (x)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() }] | n + d) AS reach
