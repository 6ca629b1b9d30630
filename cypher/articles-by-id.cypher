// articles-by-id: the source articles named by evidence, for citing them.
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a {.*} AS article
