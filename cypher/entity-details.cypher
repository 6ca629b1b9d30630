// entity-details: one entity, its strongest relationships with other entities (both directions;
// at most $edgeLimit after the first $edgeOffset, best evidenced first) with their neighbours, its latest articles (at most
// $articleLimit), and the totals of each so the view can say what it leaves out. A hub has
// thousands of relationships; sending them all would make one click cost megabytes.
// $window (null: no filter) keeps only the facts with a report inside the time and sources
// filter (see src/graph/time-window.ts) and the articles published by its asOf from its outlets.
// A hub's strongest facts and latest articles are kept in order (keep-strongest-facts,
// keep-latest-articles): without a window, a page inside the kept ones is read from there, a few
// lookups by id instead of a sort of thousands; anything else is read from the graph.
// `graphRevision` (graph-revision's row) is read first, before any of the answer: the answer
// cache keeps the answer under it, without a transaction of two queries (src/db/database.ts).
OPTIONAL MATCH (g:GraphRevision {name: 'parley'})
WITH {revision: g.revision, entities: COUNT { (:Entity) }, relationships: COUNT { ()-->() }} AS graphRevision
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (top:EntityTop {entity: $id})
WITH graphRevision, n, top,
     $window IS NULL AND toInteger($edgeOffset) + toInteger($edgeLimit) <= size(coalesce(top.facts, [])) AS keptFacts,
     $window IS NULL AND toInteger($articleLimit) <= size(coalesce(top.articles, [])) AS keptArticles
CALL (n, top, keptFacts) {
  WITH n, top WHERE keptFacts
  UNWIND range(toInteger($edgeOffset), toInteger($edgeOffset) + toInteger($edgeLimit) - 1) AS rank
  MATCH ()-[r]->()
  WHERE elementId(r) = top.facts[rank] AND n IN [startNode(r), endNode(r)]
  WITH rank, r, CASE WHEN startNode(r) = n THEN endNode(r) ELSE startNode(r) END AS m
  ORDER BY rank
  RETURN collect(r) AS keptEdges, collect(DISTINCT m {.*}) AS keptNeighbours
}
CALL (top, keptArticles) {
  WITH top WHERE keptArticles
  UNWIND range(0, toInteger($articleLimit) - 1) AS rank
  MATCH (a:Article {id: top.articles[rank]})
  WITH rank, a
  ORDER BY rank
  RETURN collect(a {.*}) AS keptArticleList
}
// A list whose ids no longer all resolve (facts or articles deleted outside Parley) is not used.
WITH graphRevision, n, top, keptEdges, keptNeighbours, keptArticleList,
     keptFacts AND size(keptEdges) = toInteger($edgeLimit) AS keptFacts,
     keptArticles AND size(keptArticleList) = toInteger($articleLimit) AS keptArticles
CALL (n, keptFacts) {
  WITH n WHERE NOT keptFacts
  MATCH (n)-[r:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-(m)
  WHERE $window IS NULL OR (
        (m.start IS NULL OR (m.start <= $window.to AND coalesce(m.end, m.start) >= $window.from))
    AND (n.start IS NULL OR (n.start <= $window.to AND coalesce(n.end, n.start) >= $window.from))
    AND any(i IN range(0, size(r.evidence) - 1) WHERE
            ($window.asOf IS NULL OR (r.reportedOn[i] <> '' AND r.reportedOn[i] <= $window.asOf))
        AND (coalesce(r.happenedStarts[i], '') = '' OR (r.happenedStarts[i] <= $window.to AND r.happenedEnds[i] >= $window.from))
        AND ($window.articles IS NULL OR r.articleIds[i] IN $window.articles)
        AND NOT coalesce(r.articleIds[i], '') IN $window.articlesOut
        AND ($window.speakers IS NULL OR coalesce(r.attributions[i], '') IN $window.speakers)
        AND NOT coalesce(r.attributions[i], '') IN $window.speakersOut))
  WITH r, m
  ORDER BY r.confidence DESC, coalesce(r.reportCount, size(r.evidence)) DESC, elementId(r)
  SKIP toInteger($edgeOffset)
  LIMIT toInteger($edgeLimit)
  RETURN collect(r) AS edges, collect(DISTINCT m {.*}) AS neighbours
}
// Only articles mention: leaving the label out spares a hub's thousands of label checks.
CALL (n, keptArticles) {
  WITH n WHERE NOT keptArticles
  MATCH (a)-[:MENTIONS]->(n)
  WHERE $window IS NULL OR (($window.asOf IS NULL OR a.published <= $window.asOf)
                            AND ($window.articles IS NULL OR a.id IN $window.articles)
                            AND NOT a.id IN $window.articlesOut)
  WITH a
  ORDER BY a.published DESC, elementId(a)
  LIMIT toInteger($articleLimit)
  RETURN collect(a {.*}) AS articles
}
// Without a window the page shows a fact's first $evidenceLimit reports: a hub fact's hundreds of
// others are left in the store (the rest via /api/edges/:id), and their number is sent instead.
RETURN n {.*} AS node,
       [r IN CASE WHEN keptFacts THEN keptEdges ELSE edges END |
        {type: type(r), source: startNode(r).id, target: endNode(r).id,
         props: CASE WHEN $window IS NULL
                     THEN r {.*, evidenceTotal: size(r.evidence),
                             evidence: r.evidence[0..toInteger($evidenceLimit)],
                             articleIds: r.articleIds[0..toInteger($evidenceLimit)],
                             confidences: r.confidences[0..toInteger($evidenceLimit)],
                             reportedOn: r.reportedOn[0..toInteger($evidenceLimit)],
                             curatedReports: r.curatedReports[0..toInteger($evidenceLimit)],
                             happenedStarts: r.happenedStarts[0..toInteger($evidenceLimit)],
                             happenedEnds: r.happenedEnds[0..toInteger($evidenceLimit)],
                             attributions: r.attributions[0..toInteger($evidenceLimit)],
                             negations: r.negations[0..toInteger($evidenceLimit)],
                             bases: r.bases[0..toInteger($evidenceLimit)],
                             rules: r.rules[0..toInteger($evidenceLimit)]}
                     ELSE properties(r) END}] AS edges,
       CASE WHEN keptFacts THEN keptNeighbours ELSE neighbours END AS neighbours,
       CASE WHEN keptArticles THEN keptArticleList ELSE articles END AS articles,
       COUNT { (n)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() } AS edgeTotal,
       CASE WHEN $window IS NULL THEN COUNT { (n)<-[:MENTIONS]-() }
            ELSE COUNT { (a)-[:MENTIONS]->(n)
                         WHERE ($window.asOf IS NULL OR a.published <= $window.asOf)
                           AND ($window.articles IS NULL OR a.id IN $window.articles)
                           AND NOT a.id IN $window.articlesOut } END AS articleTotal,
       graphRevision
