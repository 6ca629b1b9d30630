// merge-batch-articles: many source articles in one transaction (bulk loads), each created once,
// stored exactly as merge-article stores one. $articles: [{id, title, url, outlet, published, wordCount}].
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
ON CREATE SET
  a.title = article.title,
  a.url = article.url,
  a.outlet = article.outlet,
  a.published = article.published,
  a.ingestedAt = toString(datetime.transaction()),
  a.wordCount = article.wordCount
RETURN count(*) AS articles
