// load-csv-relations: the baseline, Neo4j's own LOAD CSV of the same facts, one row per fact with
// its reports as '|'-joined parallel lists, stored in the same shape as merge-batch-relations.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (s:Entity {id: row.source})
  MATCH (t:Entity {id: row.target})
  MERGE (s)-[r:$(row.type) {id: row.id}]->(t)
  ON CREATE SET
    r.evidence = split(row.evidence, '|'),
    r.articleIds = split(row.articleIds, '|'),
    r.confidences = [c IN split(row.confidences, '|') | toFloat(c)],
    r.reportedOn = split(row.reportedOn, '|'),
    r.curatedReports = [c IN split(row.confidences, '|') | false],
    r.confidence = toFloat(row.confidence),
    r.curated = false,
    r.createdAt = toString(datetime.transaction())
} IN TRANSACTIONS OF 5000 ROWS
