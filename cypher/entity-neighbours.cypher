// entity-neighbours: the neighbourhood to expand in the view: up to $limit neighbours through
// relationships of the given $types (null: every type, without reading each relationship's type;
// a hub has thousands), those not in $shown (already on screen) first, then the most
// important, and the relationships to them, lean (what drawing needs; evidence via edge-evidence).
// $window (null: no filter) keeps only the facts with a report inside the time and sources filter
// (see src/graph/time-window.ts); their report lists come along so the caller can cut them.
// A hub keeps its most important neighbours and the facts to them (build-top-neighbours): every
// neighbour left out comes after them. Without types or window, when enough of them are not shown
// (or they are all its neighbours), they are the answer: a few hundred lookups by id instead of a
// read of the hub's thousands of relationships; a kept fact that no longer joins the two (deleted
// outside Parley) sends the request to the whole graph.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (top:EntityTop {entity: $id})
CALL (top) {
  WITH top WHERE $types IS NULL AND $window IS NULL AND top.neighbours IS NOT NULL
  UNWIND top.neighbours AS neighbour
  MATCH (m:Entity {id: neighbour})
  WITH m, neighbour, neighbour IN $shown AS shown
  ORDER BY shown, m.importance DESC, neighbour
  RETURN collect(m) AS ranked, collect(neighbour) AS rankedIds, size([s IN collect(shown) WHERE NOT s]) AS unshown
}
WITH n, top, ranked[..toInteger($limit)] AS picked, rankedIds[..toInteger($limit)] AS ids,
     top.neighbourFacts AS facts, top.neighbourFactOwners AS owners,
     $types IS NULL AND $window IS NULL AND top.neighbours IS NOT NULL
     AND (top.neighbourFloor = -1 OR unshown >= toInteger($limit)) AS enough
CALL (n, ids, facts, owners, enough) {
  UNWIND CASE WHEN enough THEN [i IN range(0, size(facts) - 1) WHERE owners[i] IN ids | facts[i]] ELSE [] END AS fact
  MATCH ()-[r]->()
  WHERE elementId(r) = fact AND n IN [startNode(r), endNode(r)]
  RETURN collect(DISTINCT r) AS rels
}
WITH n, [m IN picked | {m: m, rels: [r IN rels WHERE m IN [startNode(r), endNode(r)]]}] AS keptPicks, enough
WITH n, keptPicks, coalesce(enough, false) AND all(pick IN keptPicks WHERE size(pick.rels) > 0) AS kept
CALL (n, kept) {
  WITH n WHERE NOT kept
  MATCH (n)-[r:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($window IS NULL OR (
          (m.start IS NULL OR (m.start <= $window.to AND coalesce(m.end, m.start) >= $window.from))
      AND (n.start IS NULL OR (n.start <= $window.to AND coalesce(n.end, n.start) >= $window.from))
      AND any(i IN range(0, size(r.evidence) - 1) WHERE
              ($window.asOf IS NULL OR (r.reportedOn[i] <> '' AND r.reportedOn[i] <= $window.asOf))
          AND (coalesce(r.happenedStarts[i], '') = '' OR (r.happenedStarts[i] <= $window.to AND r.happenedEnds[i] >= $window.from))
          AND ($window.articles IS NULL OR r.articleIds[i] IN $window.articles)
          AND NOT coalesce(r.articleIds[i], '') IN $window.articlesOut
          AND ($window.speakers IS NULL OR coalesce(r.attributions[i], '') IN $window.speakers)
          AND NOT coalesce(r.attributions[i], '') IN $window.speakersOut)))
  WITH m, collect(r) AS rels
  ORDER BY m.id IN $shown, m.importance DESC, m.id
  LIMIT toInteger($limit)
  RETURN collect({m: m, rels: rels}) AS readPicks
}
UNWIND CASE WHEN kept THEN keptPicks ELSE readPicks END AS pick
WITH pick.m AS m, pick.rels AS rels
UNWIND rels AS r
WITH m, r, startNode(r) = m AS inward
WITH collect(DISTINCT m) AS picked,
     collect({type: type(r), source: CASE WHEN inward THEN m.id ELSE $id END, target: CASE WHEN inward THEN $id ELSE m.id END,
                props: CASE WHEN $window IS NULL
                  THEN r {.id, .confidence, .curated, .positive, .disputed, .firstReported, .lastReported,
                          .happenedStart, .happenedEnd, .topic, .meeting,
                          reportCount: coalesce(r.reportCount, size(r.evidence)),
                          reportedOn: CASE WHEN r.firstReported IS NULL THEN r.reportedOn END}
                  ELSE properties(r) END}) AS edges
RETURN [m IN picked | m {.*}] AS neighbours, edges
