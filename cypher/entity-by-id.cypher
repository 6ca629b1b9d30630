// entity-by-id: one entity by its id.
MATCH (n:Entity {id: $id})
RETURN n {.*} AS node
