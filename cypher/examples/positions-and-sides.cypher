// Positions and who takes which side
// Every proposition with the actors that support, oppose or demand it.
MATCH (actor)-[r:SUPPORTS|OPPOSES|DEMANDS]->(position:Position)
RETURN actor, r, position, actor.name AS actor_name, type(r) AS side, position.name AS proposition
ORDER BY proposition, side
