// known-facts: which of the proposed entities ($ids) and facts ($relations: [{id, source, target}])
// the graph already holds, for the "new" / "in graph" badges of the Add article review. Run by the
// client through POST /api/cypher (read-only).
CALL () { MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n.id) AS entities }
CALL () {
  UNWIND $relations AS rel
  MATCH (:Entity {id: rel.source})-[r]->(:Entity {id: rel.target})
  WHERE r.id = rel.id
  RETURN collect(DISTINCT r.id) AS relations
}
RETURN entities, relations
