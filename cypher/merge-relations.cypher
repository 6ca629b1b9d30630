// merge-relations: relations of one article. A fact (source, type, target) is one relationship;
// each report of it (sentence + article) is appended once to its parallel report lists, so the
// same fact reported twice gains a report instead of a second edge, and re-running changes nothing.
// The fact-level summary (reportCount, positive, first/lastReported, happenedStart/End, disputed:
// a denial and an assertion whose event times overlap or are unknown) is recomputed from the lists
// in the same transaction, so readers filter on indexed properties instead of scanning lists.
// `stored` gives each fact's new report as [type, report day, event start, article, speaker], for
// the timeline's and the sources' counts (tally-reports); `written` each fact as [source, target,
// element id], for its ends' hub lists (keep-strongest-facts).
// $relations: [{id, source, type, target, evidence, confidence, curated, props, happenedStart,
//   happenedEnd, attributedTo, negated, basis, rule}] ('' where unknown).
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.source})
MATCH (t:Entity {id: rel.target})
MERGE (s)-[r:$(rel.type) {id: rel.id}]->(t)
ON CREATE SET
  r.evidence = [], r.articleIds = [], r.confidences = [], r.reportedOn = [], r.curatedReports = [],
  r.happenedStarts = [], r.happenedEnds = [], r.attributions = [], r.negations = [], r.bases = [], r.rules = [],
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
      r.happenedStarts = r.happenedStarts + rel.happenedStart,
      r.happenedEnds = r.happenedEnds + rel.happenedEnd,
      r.attributions = r.attributions + rel.attributedTo,
      r.negations = r.negations + rel.negated,
      r.bases = r.bases + rel.basis,
      r.rules = r.rules + rel.rule,
      r.confidence = CASE WHEN coalesce(r.confidence, 0.0) > rel.confidence THEN r.confidence ELSE rel.confidence END,
      r.curated = coalesce(r.curated, false) OR rel.curated
}
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
       sum(CASE WHEN NOT created AND NOT known THEN 1 ELSE 0 END) AS reported,
       collect(CASE WHEN known THEN []
               ELSE [[type(r), coalesce($published, ''), rel.happenedStart, $articleId, rel.attributedTo]] END) AS stored,
       collect([rel.source, rel.target, elementId(r)]) AS written
