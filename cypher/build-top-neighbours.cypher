// build-top-neighbours: for each hub in $ids (importance >= $hub) without kept neighbours, its
// $keep most important neighbours in entity-neighbours' order (importance, then id) and the element
// ids of every fact between it and each of them, so that expanding a hub reads a bounded list
// instead of sorting its thousands of neighbours on every click. Beside the list: `neighbourFloor`
// and `neighbourLast`, the importance and id of the last kept neighbour (-1 when the list holds
// every neighbour): every neighbour left out comes after them (keep-top-neighbours keeps that true).
// Read once per hub: when it becomes one, or at start for a store written before the lists.
UNWIND $ids AS id
MATCH (h:Entity {id: id})
WHERE h.importance >= $hub
MERGE (top:EntityTop {entity: id})
WITH h, top
WHERE top.neighbours IS NULL
CALL (h) {
  MATCH (h)-[r:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WITH m, collect(elementId(r)) AS facts
  ORDER BY m.importance DESC, m.id
  LIMIT toInteger($keep)
  RETURN collect(m.id) AS kept, collect(m.importance) AS importances, collect(facts) AS factLists
}
SET top.neighbours = kept,
    top.neighbourFacts = reduce(all = [], facts IN factLists | all + facts),
    top.neighbourFactOwners = reduce(all = [], i IN range(0, size(kept) - 1) | all + [fact IN factLists[i] | kept[i]]),
    top.neighbourFloor = CASE WHEN size(kept) < toInteger($keep) THEN -1 ELSE last(importances) END,
    top.neighbourLast = last(kept)
RETURN count(top) AS built
