// mark-report-counts: records how many facts (relationships other than MENTIONS, from Neo4j's
// count store) the kept report counts cover, after tally-reports or a recount, so that a reader
// can tell when facts were written or removed outside Parley's merges (report-counts-stale).
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
MERGE (c:ReportCounts {name: 'parley'})
SET c.facts = relationships - mentions
RETURN c.facts AS facts
