// Shortest connection from Russia to the SNC
// The shortest chains of relationships linking Russia and the Syrian Negotiations Commission.
MATCH (russia:State {id: 'russia'}), (snc:Organization {id: 'syrian-negotiations-commission'})
MATCH path = allShortestPaths((russia)-[*..6]-(snc))
WHERE none(r IN relationships(path) WHERE type(r) = 'MENTIONS')
RETURN path
