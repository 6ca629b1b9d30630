// load-csv-articles: the baseline, Neo4j's own LOAD CSV of the same articles.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (a:Article {id: row.id})
  ON CREATE SET a.title = row.title, a.url = row.url, a.outlet = row.outlet, a.published = row.published,
                a.ingestedAt = toString(datetime.transaction()), a.wordCount = toInteger(row.wordCount)
} IN TRANSACTIONS OF 10000 ROWS
