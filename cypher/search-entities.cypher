// search-entities: entities whose name or aliases match $q (a Lucene query built from escaped
// user words), best first. With a $window (null: none), only entities with their own dates inside
// it and a fact with a report inside the time and sources filter (see src/graph/time-window.ts).
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
WHERE $window IS NULL OR (
      (node.start IS NULL OR (node.start <= $window.to AND coalesce(node.end, node.start) >= $window.from))
  AND EXISTS {
        MATCH (node)-[r]-(m:Entity)
        WHERE (m.start IS NULL OR (m.start <= $window.to AND coalesce(m.end, m.start) >= $window.from))
          AND any(i IN range(0, size(r.evidence) - 1) WHERE
                  ($window.asOf IS NULL OR (r.reportedOn[i] <> '' AND r.reportedOn[i] <= $window.asOf))
              AND (coalesce(r.happenedStarts[i], '') = '' OR (r.happenedStarts[i] <= $window.to AND r.happenedEnds[i] >= $window.from))
              AND ($window.articles IS NULL OR r.articleIds[i] IN $window.articles)
              AND ($window.speakers IS NULL OR coalesce(r.attributions[i], '') IN $window.speakers)) })
RETURN node {.*} AS node, score
ORDER BY score DESC, size(node.name)
LIMIT toInteger($limit)
