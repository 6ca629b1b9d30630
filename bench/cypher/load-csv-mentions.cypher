// load-csv-mentions: the baseline, Neo4j's own LOAD CSV of the same MENTIONS.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Article {id: row.articleId})
  MATCH (n:Entity {id: row.entityId})
  MERGE (a)-[:MENTIONS]->(n)
} IN TRANSACTIONS OF 20000 ROWS
