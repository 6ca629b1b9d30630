// Meetings and where they were held
// Each meeting with its place and dates, where the record has them.
MATCH (meeting:Meeting)
OPTIONAL MATCH (meeting)-[r:HELD_IN]->(place:Place)
RETURN meeting, r, place, meeting.name AS name, place.name AS held_in, meeting.start AS start, meeting.end AS end
ORDER BY start
