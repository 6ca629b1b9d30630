// search-entities: entities whose name or aliases match $q (a Lucene query built from escaped
// user words), best first: an exact name, alias or id ($text), then those where every word the
// user typed begins a word of a name (not only within one edit of one: $typoTerms are the words
// Lucene may have matched with a typo), then the most important, then Lucene's score. Prefix hits
// all score alike in Lucene, so without importance "Vam" would not reach the Vamaza Committee.
// With a $window (null: none), only entities with their own dates inside it and a fact with a
// report inside the time and sources filter (see src/graph/time-window.ts); CASE, not OR, so the
// fact check is not planned for every hit when there is no window.
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
WHERE CASE WHEN $window IS NULL THEN true ELSE (
      (node.start IS NULL OR (node.start <= $window.to AND coalesce(node.end, node.start) >= $window.from))
  AND EXISTS {
        MATCH (node)-[r]-(m:Entity)
        WHERE (m.start IS NULL OR (m.start <= $window.to AND coalesce(m.end, m.start) >= $window.from))
          AND any(i IN range(0, size(r.evidence) - 1) WHERE
                  ($window.asOf IS NULL OR (r.reportedOn[i] <> '' AND r.reportedOn[i] <= $window.asOf))
              AND (coalesce(r.happenedStarts[i], '') = '' OR (r.happenedStarts[i] <= $window.to AND r.happenedEnds[i] >= $window.from))
              AND ($window.articles IS NULL OR r.articleIds[i] IN $window.articles)
              AND NOT coalesce(r.articleIds[i], '') IN $window.articlesOut
              AND ($window.speakers IS NULL OR coalesce(r.attributions[i], '') IN $window.speakers)
              AND NOT coalesce(r.attributions[i], '') IN $window.speakersOut) }) END
WITH node, score, [name IN [node.name] + coalesce(node.aliases, []) | toLower(name)] AS names
WITH node, score, node.id = $text OR toLower($text) IN names AS exact,
     all(term IN $typoTerms WHERE any(name IN names WHERE
         any(word IN split(name, [' ', '-', "'"]) WHERE word STARTS WITH term))) AS prefixed
ORDER BY exact DESC, prefixed DESC, node.importance DESC, score DESC, size(node.name)
LIMIT toInteger($limit)
RETURN node {.*} AS node, score
