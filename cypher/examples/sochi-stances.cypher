// All stances on the Sochi congress
// Who supports, opposes, boycotts, hosts, organizes or attends the Syrian National Dialogue Congress.
MATCH (congress:Meeting {id: 'syrian-national-dialogue-congress'})<-[r]-(actor)
RETURN actor, r, congress, type(r) AS stance, actor.name AS who
ORDER BY stance, who
