// graph-counts: how many entities, relationships (MENTIONS excluded) and articles the graph holds.
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
RETURN nodes, relationships, articles
