// graph-overview-window: the initial view through a time and sources $window (see
// src/graph/time-window.ts): the $limit most important entities, read in importance order from
// the entity_importance index, that are inside it (their own dates, if any, overlap it) and have a
// fact with a report inside it; and every fact among them with its report lists, which the caller
// cuts to the kept reports, ranks and caps as graph-overview does.
MATCH (n:Entity)
WHERE n.importance >= 0
  AND (n.start IS NULL OR (n.start <= $window.to AND coalesce(n.end, n.start) >= $window.from))
  AND EXISTS {
        MATCH (n)-[r]-(m:Entity)
        WHERE (m.start IS NULL OR (m.start <= $window.to AND coalesce(m.end, m.start) >= $window.from))
          AND any(i IN range(0, size(r.evidence) - 1) WHERE
                  ($window.asOf IS NULL OR (r.reportedOn[i] <> '' AND r.reportedOn[i] <= $window.asOf))
              AND (coalesce(r.happenedStarts[i], '') = '' OR (r.happenedStarts[i] <= $window.to AND r.happenedEnds[i] >= $window.from))
              AND ($window.articles IS NULL OR r.articleIds[i] IN $window.articles)
              AND NOT coalesce(r.articleIds[i], '') IN $window.articlesOut
              AND ($window.speakers IS NULL OR coalesce(r.attributions[i], '') IN $window.speakers)
              AND NOT coalesce(r.attributions[i], '') IN $window.speakersOut) }
WITH n ORDER BY n.importance DESC LIMIT toInteger($limit)
WITH collect(n) AS shown
CALL (shown) {
  UNWIND shown AS s
  MATCH (s)-[r]->(t:Entity)
  WHERE t IN shown
  RETURN collect({type: type(r), source: s.id, target: t.id, props: properties(r)}) AS edges
}
RETURN [n IN shown | n {.*}] AS nodes, edges
