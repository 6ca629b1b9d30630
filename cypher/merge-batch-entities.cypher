// merge-batch-entities: many entities in one transaction (bulk loads), stored exactly as
// merge-entities stores them, without the MENTIONS (see merge-batch-mentions).
// $entities: [{id, name, type, actor, aliases, props}].
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n.name = e.name, n.type = e.type, n.aliases = [], n.importance = 0,
              n.createdAt = toString(datetime.transaction())
WITH e, n, n.createdAt = toString(datetime.transaction()) AS created
SET n:$(e.type)
SET n.aliases = n.aliases + [alias IN e.aliases WHERE NOT alias IN n.aliases AND alias <> n.name]
SET n += e.props
FOREACH (_ IN CASE WHEN e.actor THEN [1] ELSE [] END | SET n:Actor)
RETURN count(*) AS entities, sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
