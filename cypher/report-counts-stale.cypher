// report-counts-stale: true when the number of facts (relationships other than MENTIONS, from
// Neo4j's count store) is not the one the kept report counts cover (mark-report-counts): facts
// were written or removed outside Parley's merges, and the counts must be made again.
OPTIONAL MATCH (c:ReportCounts {name: 'parley'})
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
RETURN coalesce(c.facts, 0) <> relationships - mentions AS stale
