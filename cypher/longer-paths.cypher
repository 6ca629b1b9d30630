// longer-paths: the shortest simple paths (no entity visited twice) between two entities over
// the given relationship $types, either direction, never through articles (MENTIONS is not in
// $types), at most $maxHops long, longer ones included: for when shortest-paths.cypher finds fewer
// routes of the shortest length than asked. Its cost depends on which end it starts from (see
// src/graph/find-paths.ts). SHORTEST takes literal bounds only, so the search is capped at
// 10 hops and 24 paths (enough for k distinct routes once the caller folds paths that differ
// only in parallel edges; asking for 100 cost 2.5x the time at 10k entities).
// A hop is a positive fact (some report does not deny it; stores from before `positive` count as
// positive); with a $window (null: none) it needs a report that does not deny it inside the time
// and sources filter (see src/graph/time-window.ts), between entities whose own dates are inside.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH p = SHORTEST 24 (
  (from) ((a)-[r WHERE type(r) IN $types AND coalesce(r.positive, true)]-(b)
    WHERE $window IS NULL OR (
            (a.start IS NULL OR (a.start <= $window.to AND coalesce(a.end, a.start) >= $window.from))
        AND (b.start IS NULL OR (b.start <= $window.to AND coalesce(b.end, b.start) >= $window.from))
        AND any(i IN range(0, size(r.evidence) - 1) WHERE NOT coalesce(r.negations[i], false)
            AND ($window.asOf IS NULL OR (r.reportedOn[i] <> '' AND r.reportedOn[i] <= $window.asOf))
            AND (coalesce(r.happenedStarts[i], '') = '' OR (r.happenedStarts[i] <= $window.to AND r.happenedEnds[i] >= $window.from))
            AND ($window.articles IS NULL OR r.articleIds[i] IN $window.articles)
            AND NOT coalesce(r.articleIds[i], '') IN $window.articlesOut
            AND ($window.speakers IS NULL OR coalesce(r.attributions[i], '') IN $window.speakers)
            AND NOT coalesce(r.attributions[i], '') IN $window.speakersOut))
  ){1,10} (to)
  WHERE size(r) <= toInteger($maxHops)
    AND NOT from IN b
    AND all(i IN range(0, size(b) - 2) WHERE NOT b[i] IN b[i + 1..])
)
// As in shortest-paths.cypher: without a $window, the strongest path of each route not in
// $known (the routes the shortest search found, as lists of ids), shortest routes first, at most
// $routes of them, are read in full; with one, every path.
WITH p, [n IN nodes(p) | n.id] AS route,
     reduce(s = 0.0, r IN relationships(p) | s + coalesce(r.confidence, 0.0) + CASE WHEN r.curated THEN 0.01 ELSE 0.0 END) AS strength
WHERE NOT route IN $known
ORDER BY strength DESC, [r IN relationships(p) | elementId(r)]
WITH route, collect(p) AS paths, max(strength) AS strength
ORDER BY size(route), strength DESC, route
LIMIT toInteger(CASE WHEN $window IS NULL THEN $routes ELSE 24 END)
UNWIND CASE WHEN $window IS NULL THEN paths[0..1] ELSE paths END AS p
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges
ORDER BY length(p)
