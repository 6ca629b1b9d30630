// load-csv-relations: the baseline, Neo4j's own LOAD CSV of the same facts, one row per fact with
// its reports as '|'-joined parallel lists, stored in the same shape as merge-batch-relations:
// every report list (the generated reports are undated events, unattributed, stated, not
// negated) and the fact-level summary; then each end's importance, as Parley's load writes it.
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
    r.happenedStarts = [c IN split(row.confidences, '|') | ''],
    r.happenedEnds = [c IN split(row.confidences, '|') | ''],
    r.attributions = [c IN split(row.confidences, '|') | ''],
    r.negations = [c IN split(row.confidences, '|') | false],
    r.bases = [c IN split(row.confidences, '|') | 'stated'],
    r.rules = [c IN split(row.confidences, '|') | ''],
    r.confidence = toFloat(row.confidence),
    r.curated = false,
    r.createdAt = toString(datetime.transaction())
  SET r.reportCount = size(r.evidence),
      r.positive = true,
      r.firstReported = reduce(first = null, day IN r.reportedOn |
                               CASE WHEN day <> '' AND (first IS NULL OR day < first) THEN day ELSE first END),
      r.lastReported = reduce(last = null, day IN r.reportedOn |
                              CASE WHEN day <> '' AND (last IS NULL OR day > last) THEN day ELSE last END),
      r.happenedStart = null,
      r.happenedEnd = null,
      r.disputed = false
  WITH s, t
  UNWIND [s, t] AS n
  SET n.importance = COUNT { (n)-[:HOSTS|ORGANIZES|INVITES|ATTENDS|BOYCOTTS|MEDIATES|MEETS|SUPPORTS|OPPOSES|DEMANDS|ALLIED_WITH|REPRESENTS|MEMBER_OF|HELD_IN|REFERS_TO|FIGHTS]-() }
} IN TRANSACTIONS OF 5000 ROWS
