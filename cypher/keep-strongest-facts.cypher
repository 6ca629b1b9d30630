// keep-strongest-facts: for each hub a merge touched (importance >= $hub), the element ids of its
// $keep strongest facts in entity-details' order (confidence, reports, element id), with their
// confidences and report counts beside them, so that a hub's details read a page of them instead
// of sorting its thousands of facts on every click.
// A fact only ever gains reports and confidence, so after a merge the strongest are among those
// kept and those the merge wrote: only the latter are read (the kept ones are sorted by the
// strengths kept with them); an entity that has just become a hub gets its list from all its
// facts, once. Runs in the merge's transaction after update-importance, which holds the lock of
// every touched entity, so two merges never interleave on one list.
// $touched: [{id, facts: [element ids of the facts the merge wrote with that entity as an end]}].
UNWIND $touched AS touched
MATCH (n:Entity {id: touched.id})
WHERE n.importance >= $hub
MERGE (top:EntityTop {entity: n.id})
WITH n, touched, top, top.facts IS NULL AS fresh
CALL (n, touched, top, fresh) {
  WITH n WHERE fresh
  MATCH (n)-[r:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-()
  RETURN elementId(r) AS fact, r.confidence AS confidence, coalesce(r.reportCount, size(r.evidence)) AS reports
  UNION ALL
  WITH touched, top WHERE NOT fresh
  UNWIND range(0, size(top.facts) - 1) AS i
  WITH touched, top, i WHERE NOT top.facts[i] IN touched.facts
  RETURN top.facts[i] AS fact, top.factConfidences[i] AS confidence, top.factReports[i] AS reports
  UNION ALL
  WITH touched WHERE NOT fresh
  UNWIND touched.facts AS fact
  MATCH ()-[r]->()
  WHERE elementId(r) = fact
  RETURN fact, r.confidence AS confidence, coalesce(r.reportCount, size(r.evidence)) AS reports
}
WITH top, fact, confidence, reports
ORDER BY confidence DESC, reports DESC, fact
WITH top, collect(fact) AS facts, collect(confidence) AS confidences, collect(reports) AS reports
SET top.facts = facts[..toInteger($keep)],
    top.factConfidences = confidences[..toInteger($keep)],
    top.factReports = reports[..toInteger($keep)]
RETURN count(top) AS kept
