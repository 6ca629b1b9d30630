// relationships-by-element-id: the relationships of the paths kept, with their ends and properties.
UNWIND $ids AS rid
MATCH (s)-[r]->(t) WHERE elementId(r) = rid
RETURN elementId(r) AS rid, {type: type(r), source: s.id, target: t.id, props: properties(r)} AS edge,
       s {.*} AS source, t {.*} AS target
