// views-list: the saved views, newest first, without their (possibly large) state.
MATCH (v:View)
RETURN v.id AS id, v.name AS name, toString(v.createdAt) AS createdAt
ORDER BY v.createdAt DESC
LIMIT toInteger($limit)
