// entities-without-rank: one batch ($batch ids) of the entities stored before entities carried a
// search rank; start-up gives them one through update-importance.cypher until none is left.
MATCH (n:Entity)
WHERE n.searchRank IS NULL
RETURN n.id AS id
LIMIT toInteger($batch)
