// merge-batch-relations: many facts in one transaction (bulk loads), each with all the reports of
// it in the batch, stored exactly as merge-relations stores them: one relationship per fact, each
// report (sentence + article) appended once to the parallel report lists, so loading the same
// data twice changes nothing. A new fact is written in one step (ON CREATE); only facts already
// stored pay for the check of which reports are new.
// $relations: [{id, source, type, target, props, reports: [{articleId, evidence, confidence, published, curated}]}].
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.source})
MATCH (t:Entity {id: rel.target})
MERGE (s)-[r:$(rel.type) {id: rel.id}]->(t)
ON CREATE SET
  r += rel.props,
  r.evidence = [report IN rel.reports | report.evidence],
  r.articleIds = [report IN rel.reports | report.articleId],
  r.confidences = [report IN rel.reports | report.confidence],
  r.reportedOn = [report IN rel.reports | coalesce(report.published, '')],
  r.curatedReports = [report IN rel.reports | report.curated],
  r.confidence = reduce(best = 0.0, report IN rel.reports |
                        CASE WHEN report.confidence > best THEN report.confidence ELSE best END),
  r.curated = any(report IN rel.reports WHERE report.curated),
  r.createdAt = toString(datetime.transaction())
WITH r, rel, r.createdAt = toString(datetime.transaction()) AS created
CALL (r, rel, created) {
  WITH r, rel WHERE NOT created
  WITH r, rel, [report IN rel.reports WHERE NOT any(i IN range(0, size(r.evidence) - 1)
         WHERE r.evidence[i] = report.evidence AND r.articleIds[i] = report.articleId)] AS fresh
  SET r += rel.props,
      r.evidence = r.evidence + [report IN fresh | report.evidence],
      r.articleIds = r.articleIds + [report IN fresh | report.articleId],
      r.confidences = r.confidences + [report IN fresh | report.confidence],
      r.reportedOn = r.reportedOn + [report IN fresh | coalesce(report.published, '')],
      r.curatedReports = r.curatedReports + [report IN fresh | report.curated],
      r.confidence = reduce(best = coalesce(r.confidence, 0.0), report IN fresh |
                            CASE WHEN report.confidence > best THEN report.confidence ELSE best END),
      r.curated = coalesce(r.curated, false) OR any(report IN fresh WHERE report.curated)
  RETURN count(*) AS checked, sum(CASE WHEN size(fresh) > 0 THEN 1 ELSE 0 END) AS added
}
RETURN count(*) AS relations,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(added) AS reported
