// entity-gazetteer: every entity's id, name, type and aliases, so extraction reuses the ids the
// graph already has.
MATCH (n:Entity)
RETURN n.id AS id, n.name AS name, n.type AS type, coalesce(n.aliases, []) AS aliases
