// graph-revision: what a cached answer is checked against. Every Parley write transaction gives
// the revision a new random value (bump-graph-revision); the entity and relationship counts,
// read from the count store, also catch writes made outside Parley that add or remove something.
OPTIONAL MATCH (g:GraphRevision {name: 'parley'})
RETURN g.revision AS revision, COUNT { (:Entity) } AS entities, COUNT { ()-->() } AS relationships
