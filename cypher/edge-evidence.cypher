// edge-evidence: one fact by its id, found between its two ends by their ids (an expand between two
// indexed nodes, never a scan of relationships). Its report lists are paged by the caller.
MATCH (s:Entity {id: $source})-[r]->(t:Entity {id: $target})
WHERE r.id = $id
RETURN {type: type(r), source: s.id, target: t.id, props: properties(r)} AS edge
LIMIT 1
