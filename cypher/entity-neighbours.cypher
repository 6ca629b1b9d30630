// entity-neighbours: the neighbourhood to expand in the view: up to $limit neighbours through
// relationships of the given $types (null: every type, without reading each relationship's type;
// a hub has thousands), those not in $shown (already on screen) first, then the most
// important, and the relationships to them, lean (what drawing needs; evidence via edge-evidence).
// $window (null: no filter) keeps only the facts with a report inside the time and sources filter
// (see src/graph/time-window.ts); their report lists come along so the caller can cut them.
MATCH (n:Entity {id: $id})
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
