// Everyone within two hops of de Mistura
// The neighbourhood of the UN special envoy, two relationships deep in either direction (article mentions left out).
MATCH path = (envoy:Person {id: 'staffan-de-mistura'})-[*1..2]-(other:Entity)
WHERE none(r IN relationships(path) WHERE type(r) = 'MENTIONS')
RETURN path
