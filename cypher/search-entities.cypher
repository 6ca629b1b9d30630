// search-entities: entities whose name or aliases match $q (a Lucene query built from escaped
// user words), best first.
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node {.*} AS node, score
ORDER BY score DESC, size(node.name)
LIMIT toInteger($limit)
