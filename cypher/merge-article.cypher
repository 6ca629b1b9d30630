// merge-article: the source article, created once (its id comes from its normalized text).
MERGE (a:Article {id: $article.id})
ON CREATE SET
  a.title = $article.title,
  a.url = $article.url,
  a.outlet = $article.outlet,
  a.published = $article.published,
  a.ingestedAt = toString(datetime.transaction()),
  a.wordCount = $article.wordCount
RETURN a.id AS id, a.ingestedAt = toString(datetime.transaction()) AS created
