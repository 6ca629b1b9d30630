// shortest-paths-lean: the search of cypher/shortest-paths.cypher (same pattern, same bounds, same
// 100 paths) returning only what folding needs (node ids, relationship element ids, types and
// confidence); the properties of the k paths kept are fetched afterwards by relationships-by-element-id.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH p = SHORTEST 100 (
  (from) ((a)-[r WHERE type(r) IN $types]-(b)){1,10} (to)
  WHERE size(r) <= toInteger($maxHops)
    AND NOT from IN b
    AND all(i IN range(0, size(b) - 2) WHERE NOT b[i] IN b[i + 1..])
)
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | elementId(r)] AS rels,
       [r IN relationships(p) | r.confidence] AS confidences
ORDER BY length(p)
