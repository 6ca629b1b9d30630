// merge-batch-mentions: many (article)-[:MENTIONS]->(entity) links in one transaction (bulk loads).
// $mentions: [{articleId, entityId}]; both ends must exist already.
UNWIND $mentions AS m
MATCH (a:Article {id: m.articleId})
MATCH (n:Entity {id: m.entityId})
MERGE (a)-[:MENTIONS]->(n)
RETURN count(*) AS mentions
