// shortest-paths: the paths of the shortest length between two entities over the given
// relationship $types, either direction, never through articles (MENTIONS is not in $types), if
// that length is at most $maxHops (at most 10); at most $pathLimit of them, since paths that differ
// only in parallel edges count apart and the caller folds them. allShortestPaths is Neo4j's
// bidirectional breadth-first search: at 100k entities it answers in tens of milliseconds where
// SHORTEST k took seconds for some pairs (longer-paths.cypher, for when these are too few). Every
// predicate is over each hop or each entity alone, so Neo4j checks it during the search (a path
// predicate would make it fall back to expanding every path).
// A hop is a positive fact (some report does not deny it; stores from before `positive` count as
// positive); with a $window (null: none) it needs a report that does not deny it inside the time
// and sources filter (see src/graph/time-window.ts), between entities whose own dates are inside.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH p = allShortestPaths((from)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS*..10]-(to))
WHERE all(r IN relationships(p) WHERE type(r) IN $types AND coalesce(r.positive, true)
        AND ($window IS NULL OR any(i IN range(0, size(r.evidence) - 1) WHERE NOT coalesce(r.negations[i], false)
            AND ($window.asOf IS NULL OR (r.reportedOn[i] <> '' AND r.reportedOn[i] <= $window.asOf))
            AND (coalesce(r.happenedStarts[i], '') = '' OR (r.happenedStarts[i] <= $window.to AND r.happenedEnds[i] >= $window.from))
            AND ($window.articles IS NULL OR r.articleIds[i] IN $window.articles)
            AND NOT coalesce(r.articleIds[i], '') IN $window.articlesOut
            AND ($window.speakers IS NULL OR coalesce(r.attributions[i], '') IN $window.speakers)
            AND NOT coalesce(r.attributions[i], '') IN $window.speakersOut)))
  AND all(n IN nodes(p) WHERE $window IS NULL OR n.start IS NULL
        OR (n.start <= $window.to AND coalesce(n.end, n.start) >= $window.from))
WITH p
LIMIT toInteger($pathLimit)
WHERE length(p) <= toInteger($maxHops)
// Paths of one route (node sequence) differ only in parallel edges: without a $window each route
// keeps its strongest path (the sum of its hops' confidence, a curated hop 0.01 more; ties by
// relationship ids, so the same question always gets the same answer) and only the $routes
// strongest routes are read in full. A window changes each hop's confidence to its kept
// reports', so then every path is read and the caller folds them (src/graph/path-explanation.ts).
WITH p, [n IN nodes(p) | n.id] AS route,
     reduce(s = 0.0, r IN relationships(p) | s + coalesce(r.confidence, 0.0) + CASE WHEN r.curated THEN 0.01 ELSE 0.0 END) AS strength
ORDER BY strength DESC, [r IN relationships(p) | elementId(r)]
WITH route, collect(p) AS paths, max(strength) AS strength
ORDER BY strength DESC, route
LIMIT toInteger(CASE WHEN $window IS NULL THEN $routes ELSE $pathLimit END)
UNWIND CASE WHEN $window IS NULL THEN paths[0..1] ELSE paths END AS p
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges
