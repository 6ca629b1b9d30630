// search-entities: entities whose name or aliases match what a user typed (Lucene queries built
// from escaped words, src/graph/lucene-query.ts), best first: an exact name, alias or id ($text),
// then those where every word the user typed begins a word of a name (not only within one edit of
// one: $typoTerms are the words Lucene may have matched with a typo), then the most important,
// then Lucene's score (then shorter names, then ids: the same question always gets the same
// answer). Prefix hits all score alike in Lucene, so without importance "Vam" would not reach the
// Vamaza Committee.
// A short prefix matches thousands of names and a four-letter word as many within one edit, each
// read to be ranked. So the $probes (each asked for $limit hits) choose the narrowest queries
// that likely hold the answer (`stage`): 'tiered' (the prominent matches and the exact ones
// among the rest, without typos), 'prefixes' (without typos), else 'every' match. The caller
// checks that a narrow answer is full and its last hit exact or prefixed: then nothing unread
// could rank above it (src/graph/search.ts). No $probes: 'every'. One row: the `stage` and the
// ranked `hits`.
// With a $window (null: none), only entities with their own dates inside it and a fact with a
// report inside the time and sources filter (see src/graph/time-window.ts); CASE, not OR, so the
// fact check is not planned for every hit when there is no window.
CALL () {
  UNWIND $probes AS probe
  CALL (probe) {
    CALL db.index.fulltext.queryNodes('entity_search', probe, {limit: toInteger($limit)}) YIELD node
    RETURN count(node) = toInteger($limit) AS enough
  }
  RETURN collect(enough) AS enough
}
WITH CASE WHEN NOT coalesce(enough[0], false) THEN 'every' WHEN coalesce(enough[1], false) THEN 'tiered' ELSE 'prefixes' END AS stage
CALL (stage) {
  UNWIND CASE stage WHEN 'tiered' THEN $tiered WHEN 'prefixes' THEN [$prefixes] ELSE [$every] END AS q
  CALL db.index.fulltext.queryNodes('entity_search', q) YIELD node, score
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
  WITH stage, node, score, [name IN [node.name] + coalesce(node.aliases, []) | toLower(name)] AS names
  WITH stage, node, score, node.id = $text OR toLower($text) IN names AS exact,
       all(term IN $typoTerms WHERE any(name IN names WHERE
           any(word IN split(name, [' ', '-', "'"]) WHERE word STARTS WITH term))) AS prefixed
  WHERE exact OR stage <> 'tiered' OR node.searchTier IS NOT NULL
  ORDER BY exact DESC, prefixed DESC, node.importance DESC, score DESC, size(node.name), node.id
  LIMIT toInteger($limit)
  RETURN collect({node: node {.*}, score: score, exact: exact, prefixed: prefixed}) AS hits
}
RETURN stage, hits
