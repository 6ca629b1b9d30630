// merge-relations: relations of one article. A fact (source, type, target) is one relationship;
// each report of it (sentence + article) is appended once to its parallel report lists, so the
// same fact reported twice gains a report instead of a second edge, and re-running changes nothing.
// $relations: [{id, source, type, target, evidence, confidence, curated, props}].
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.source})
MATCH (t:Entity {id: rel.target})
MERGE (s)-[r:$(rel.type) {id: rel.id}]->(t)
ON CREATE SET
  r.evidence = [], r.articleIds = [], r.confidences = [], r.reportedOn = [], r.curatedReports = [],
  r.createdAt = toString(datetime.transaction())
WITH r, rel, size(r.evidence) = 0 AS created,
     any(i IN range(0, size(r.evidence) - 1)
         WHERE r.evidence[i] = rel.evidence AND r.articleIds[i] = $articleId) AS known
SET r += rel.props
WITH r, rel, created, known
CALL (r, rel, known) {
  WITH r, rel, known WHERE NOT known
  SET r.evidence = r.evidence + rel.evidence,
      r.articleIds = r.articleIds + $articleId,
      r.confidences = r.confidences + rel.confidence,
      r.reportedOn = r.reportedOn + coalesce($published, ''),
      r.curatedReports = r.curatedReports + rel.curated,
      r.confidence = CASE WHEN coalesce(r.confidence, 0.0) > rel.confidence THEN r.confidence ELSE rel.confidence END,
      r.curated = coalesce(r.curated, false) OR rel.curated
}
RETURN count(*) AS relations,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN NOT created AND NOT known THEN 1 ELSE 0 END) AS reported
