// shortest-paths-few: cypher/shortest-paths.cypher asking for 4k = 12 paths instead of 100 (k = 3).
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH p = SHORTEST 12 (
  (from) ((a)-[r WHERE type(r) IN $types]-(b)){1,10} (to)
  WHERE size(r) <= toInteger($maxHops)
    AND NOT from IN b
    AND all(i IN range(0, size(b) - 2) WHERE NOT b[i] IN b[i + 1..])
)
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges
ORDER BY length(p)
