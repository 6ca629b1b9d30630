// merge-batch-relations: many facts in one transaction (bulk loads), each with all the reports of
// it in the batch, stored exactly as merge-relations stores them: one relationship per fact, each
// report (sentence + article) appended once to the parallel report lists, so loading the same
// data twice changes nothing. A new fact is written in one step (ON CREATE); only facts already
// stored pay for the check of which reports are new.
// The fact-level summary is recomputed from the lists as merge-relations does, and `stored` gives
// each fact's new reports as merge-relations does (for tally-reports), `written` each fact (for
// keep-strongest-facts).
// $relations: [{id, source, type, target, props, reports: [{articleId, evidence, confidence, published,
//   curated, happenedStart, happenedEnd, attributedTo, negated, basis, rule}]}] ('' where unknown).
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
  r.happenedStarts = [report IN rel.reports | report.happenedStart],
  r.happenedEnds = [report IN rel.reports | report.happenedEnd],
  r.attributions = [report IN rel.reports | report.attributedTo],
  r.negations = [report IN rel.reports | report.negated],
  r.bases = [report IN rel.reports | report.basis],
  r.rules = [report IN rel.reports | report.rule],
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
      r.happenedStarts = r.happenedStarts + [report IN fresh | report.happenedStart],
      r.happenedEnds = r.happenedEnds + [report IN fresh | report.happenedEnd],
      r.attributions = r.attributions + [report IN fresh | report.attributedTo],
      r.negations = r.negations + [report IN fresh | report.negated],
      r.bases = r.bases + [report IN fresh | report.basis],
      r.rules = r.rules + [report IN fresh | report.rule],
      r.confidence = reduce(best = coalesce(r.confidence, 0.0), report IN fresh |
                            CASE WHEN report.confidence > best THEN report.confidence ELSE best END),
      r.curated = coalesce(r.curated, false) OR any(report IN fresh WHERE report.curated)
  RETURN sum(CASE WHEN size(fresh) > 0 THEN 1 ELSE 0 END) AS added, head(collect(fresh)) AS fresh
}
WITH r, rel, created, added, CASE WHEN created THEN rel.reports ELSE coalesce(fresh, []) END AS stored
SET r.reportCount = size(r.evidence),
    r.positive = any(negated IN r.negations WHERE NOT negated),
    r.firstReported = reduce(first = null, day IN r.reportedOn |
                             CASE WHEN day <> '' AND (first IS NULL OR day < first) THEN day ELSE first END),
    r.lastReported = reduce(last = null, day IN r.reportedOn |
                            CASE WHEN day <> '' AND (last IS NULL OR day > last) THEN day ELSE last END),
    r.happenedStart = reduce(first = null, day IN r.happenedStarts |
                             CASE WHEN day <> '' AND (first IS NULL OR day < first) THEN day ELSE first END),
    r.happenedEnd = reduce(last = null, day IN r.happenedEnds |
                           CASE WHEN day <> '' AND (last IS NULL OR day > last) THEN day ELSE last END),
    r.disputed = coalesce(r.opposed, false) OR any(i IN range(0, size(r.evidence) - 1) WHERE r.negations[i] AND
                     any(j IN range(0, size(r.evidence) - 1) WHERE NOT r.negations[j] AND
                         (r.happenedStarts[i] = '' OR r.happenedStarts[j] = '' OR
                          (r.happenedStarts[i] <= r.happenedEnds[j] AND r.happenedStarts[j] <= r.happenedEnds[i]))))
RETURN count(*) AS relations,
       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(added) AS reported,
       collect([report IN stored | [type(r), coalesce(report.published, ''), report.happenedStart, report.articleId,
                                    report.attributedTo]]) AS stored,
       collect([rel.source, rel.target, elementId(r)]) AS written
