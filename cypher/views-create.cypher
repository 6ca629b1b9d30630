// views-create: stores a saved view (the explorer's state as a JSON string) under a new short id.
CREATE (v:View {id: $id, name: $name, state: $state, createdAt: datetime()})
RETURN v.id AS id, v.name AS name, toString(v.createdAt) AS createdAt
