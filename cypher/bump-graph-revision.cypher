// bump-graph-revision: the last statement of every Parley write transaction. A random value, not
// a counter: a counter emptied with the graph would repeat a revision a cache has already seen.
MERGE (g:GraphRevision {name: 'parley'})
SET g.revision = randomUUID()
