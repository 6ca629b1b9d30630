// keep-strongest-facts: for each hub a merge touched (importance >= $hub), the element ids of its
// $keep strongest facts in entity-details' order (confidence, reports, element id), so that a hub's
// details read a page of them instead of sorting its thousands of facts on every click.
// A fact only ever gains reports and confidence, so after a merge the strongest are among those
// kept and those the merge wrote; an entity that has just become a hub gets its list from all its
// facts, once. Runs in the merge's transaction after update-importance, which holds the lock of
// every touched entity, so two merges never interleave on one list.
// $touched: [{id, facts: [element ids of the facts the merge wrote with that entity as an end]}].
UNWIND $touched AS touched
MATCH (n:Entity {id: touched.id})
WHERE n.importance >= $hub
MERGE (top:EntityTop {entity: n.id})
WITH n, touched, top, top.facts IS NULL AS fresh
CALL (n, fresh) {
  WITH n WHERE fresh
  MATCH (n)-[r:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-()
  WITH r
  ORDER BY r.confidence DESC, coalesce(r.reportCount, size(r.evidence)) DESC, elementId(r)
  LIMIT toInteger($keep)
  RETURN collect(elementId(r)) AS built
}
CALL (touched, top, fresh) {
  WITH touched, top WHERE NOT fresh
  UNWIND top.facts + touched.facts AS fact
  WITH DISTINCT fact
  MATCH ()-[r]->()
  WHERE elementId(r) = fact
  WITH r
  ORDER BY r.confidence DESC, coalesce(r.reportCount, size(r.evidence)) DESC, elementId(r)
  LIMIT toInteger($keep)
  RETURN collect(elementId(r)) AS merged
}
SET top.facts = CASE WHEN fresh THEN built ELSE merged END
RETURN count(top) AS kept
