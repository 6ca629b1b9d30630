// Who represents whom
// People and the states or organizations they speak for.
MATCH (person:Person)-[r:REPRESENTS]->(body)
RETURN person, r, body, person.name AS person_name, body.name AS represents
ORDER BY represents, person_name
