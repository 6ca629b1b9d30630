// keep-top-neighbours: keeps the hubs' kept neighbours (build-top-neighbours) true after a merge,
// in its transaction, after update-importance (which holds the lock of every touched entity).
// The kept neighbours' order is read again at each expand (their importance only grows), so a
// list only has to take in the entities that now come before its floor (neighbourFloor and
// neighbourLast: importance, then id): the other ends of the facts the merge wrote with a hub
// ($ends), and the entities whose importance rose past a hub's floor ($changed, found from the
// floor's index) if they are its neighbours. An entity taken in brings every fact between it and
// the hub; a list over $keep drops its last ones, and its floor rises to the new last one. A fact
// the merge wrote between a hub and a kept neighbour joins the list.
// $ends: [{id, facts: [[element id, other end id]]}]; $changed: [{id, before, after}].
CALL () {
  UNWIND $ends AS end
  MATCH (top:EntityTop {entity: end.id})
  WHERE top.neighbours IS NOT NULL
  RETURN top, end.facts AS candidates
  UNION ALL
  UNWIND $changed AS change
  MATCH (top:EntityTop)
  WHERE top.neighbourFloor >= change.before AND top.neighbourFloor <= change.after
    AND top.entity <> change.id AND NOT change.id IN top.neighbours
  RETURN top, [[null, change.id]] AS candidates
}
WITH top, reduce(all = [], list IN collect(candidates) | all + list) AS candidates
MATCH (h:Entity {id: top.entity})
WITH h, top,
     [c IN candidates WHERE c[0] IS NOT NULL AND c[1] IN top.neighbours AND NOT c[0] IN top.neighbourFacts] AS gained,
     reduce(ids = [], c IN candidates |
            CASE WHEN c[1] IN top.neighbours OR c[1] IN ids THEN ids ELSE ids + c[1] END) AS outsiders
CALL (h, top, outsiders) {
  UNWIND outsiders AS outsider
  MATCH (y:Entity {id: outsider})
  WHERE y.importance > top.neighbourFloor OR (y.importance = top.neighbourFloor AND y.id <= top.neighbourLast)
  MATCH (h)-[r:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(y)
  WITH y, collect(elementId(r)) AS facts
  RETURN collect(y.id) AS entered,
         reduce(all = [], list IN collect(facts) | all + list) AS enteredFacts,
         reduce(all = [], list IN collect([fact IN facts | y.id]) | all + list) AS enteredOwners
}
WITH top, entered, top.neighbours + entered AS members,
     top.neighbourFacts + [g IN gained | g[0]] + enteredFacts AS facts,
     top.neighbourFactOwners + [g IN gained | g[1]] + enteredOwners AS owners
WHERE size(gained) > 0 OR size(entered) > 0
CALL (members, entered) {
  WITH members WHERE size(entered) > 0
  UNWIND members AS member
  MATCH (m:Entity {id: member})
  WITH m
  ORDER BY m.importance DESC, m.id
  LIMIT toInteger($keep)
  RETURN collect(m.id) AS ranked, collect(m.importance) AS importances
}
WITH top, entered, facts, owners, CASE WHEN size(entered) > 0 THEN ranked ELSE members END AS kept, importances
SET top.neighbours = kept,
    top.neighbourFacts = [i IN range(0, size(facts) - 1) WHERE owners[i] IN kept | facts[i]],
    top.neighbourFactOwners = [i IN range(0, size(facts) - 1) WHERE owners[i] IN kept | owners[i]]
FOREACH (_ IN CASE WHEN size(entered) > 0 THEN [1] ELSE [] END |
  SET top.neighbourFloor = CASE WHEN top.neighbourFloor = -1 AND size(kept) < toInteger($keep) THEN -1 ELSE last(importances) END,
      top.neighbourLast = last(kept))
RETURN count(top) AS kept
