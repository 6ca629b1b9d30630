// article-graph: what an article mentions and the relationships it reported between them, drawn
// after the Add article panel merges it. Run by the client through POST /api/cypher (read-only).
MATCH (:Article {id: $article})-[:MENTIONS]->(n:Entity)
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE $article IN r.articleIds
RETURN n, r, m
