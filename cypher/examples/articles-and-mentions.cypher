// Articles and what they mention
// Each ingested article with the entities it mentions.
MATCH (article:Article)
OPTIONAL MATCH (article)-[:MENTIONS]->(entity:Entity)
RETURN article.title AS article, article.published AS published, count(entity) AS entities, collect(entity.name)[..15] AS some_entities
ORDER BY published DESC
