// Most-connected actors
// Actors ranked by how many relationships they take part in.
MATCH (actor:Actor)-[r]-(:Entity)
RETURN actor.name AS actor, actor.type AS type, count(r) AS relationships
ORDER BY relationships DESC, actor
LIMIT 10
