// keep-latest-articles: for each entity a merge touched that at least $hub articles mention, the
// ids of its $keep latest articles in entity-details' order (published, newest first, then element
// id), so that its details read those instead of sorting its thousands of mentions on every click.
// An article's date never changes once stored, so after a merge the latest are among those kept
// and the articles the merge linked; an entity that has just reached $hub articles gets its list
// from all its mentions, once. Runs in the merge's transaction after the MENTIONS are written (the
// merge holds the lock of each touched entity), so two merges never interleave on one list.
// $touched: [{id, articles: [ids of the articles the merge linked to that entity]}].
UNWIND $touched AS touched
MATCH (n:Entity {id: touched.id})
WHERE COUNT { (n)<-[:MENTIONS]-() } >= $hub
MERGE (top:EntityTop {entity: n.id})
WITH n, touched, top, top.articles IS NULL AS fresh
CALL (n, fresh) {
  WITH n WHERE fresh
  MATCH (a)-[:MENTIONS]->(n)
  WITH a
  ORDER BY a.published DESC, elementId(a)
  LIMIT toInteger($keep)
  RETURN collect(a.id) AS built
}
CALL (touched, top, fresh) {
  WITH touched, top WHERE NOT fresh
  UNWIND top.articles + touched.articles AS id
  WITH DISTINCT id
  MATCH (a:Article {id: id})
  WITH a
  ORDER BY a.published DESC, elementId(a)
  LIMIT toInteger($keep)
  RETURN collect(a.id) AS merged
}
SET top.articles = CASE WHEN fresh THEN built ELSE merged END
RETURN count(top) AS kept
