// migrate-reports: gives relationships written before the per-report fields existed their lists
// (undated, the outlet's own, not denied, basis from curatedReports, no rule) and the fact-level
// summary merge-relations keeps, in batches so a large store never needs one huge transaction.
// Idempotent: a relationship that has `negations` is left alone. Run in an auto-commit transaction.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.evidence IS NOT NULL AND r.negations IS NULL
CALL (r) {
  WITH r, [sentence IN r.evidence | ''] AS blanks
  SET r.happenedStarts = blanks, r.happenedEnds = blanks, r.attributions = blanks, r.rules = blanks,
      r.negations = [sentence IN r.evidence | false],
      r.bases = [curated IN r.curatedReports | CASE WHEN curated THEN 'curated' ELSE 'stated' END]
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
} IN TRANSACTIONS OF 1000 ROWS
RETURN count(*) AS migrated
