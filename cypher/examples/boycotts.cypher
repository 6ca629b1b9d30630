// Who boycotted what
// Every actor that refused to take part in a meeting, with the sentence that says so.
MATCH (actor:Actor)-[r:BOYCOTTS]->(meeting:Meeting)
RETURN actor, r, meeting, r.evidence AS evidence
