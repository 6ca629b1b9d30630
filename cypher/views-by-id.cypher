// views-by-id: one saved view with its state.
MATCH (v:View {id: $id})
RETURN v.id AS id, v.name AS name, v.state AS state, toString(v.createdAt) AS createdAt
