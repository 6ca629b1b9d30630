// shortest-paths: the shortest simple paths (no entity visited twice) between two entities over
// the given relationship $types, either direction, never through articles (MENTIONS is not in
// $types), at most $maxHops long. SHORTEST takes literal bounds only, so the search is capped at
// 10 hops and 24 paths (enough for k distinct routes once the caller folds paths that differ
// only in parallel edges; asking for 100 cost 2.5x the time at 10k entities).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH p = SHORTEST 24 (
  (from) ((a)-[r WHERE type(r) IN $types]-(b)){1,10} (to)
  WHERE size(r) <= toInteger($maxHops)
    AND NOT from IN b
    AND all(i IN range(0, size(b) - 2) WHERE NOT b[i] IN b[i + 1..])
)
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges
ORDER BY length(p)
