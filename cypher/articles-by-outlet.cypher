// articles-by-outlet: the ids of the articles from the $outlets a sources filter keeps ('' stands
// for articles with no outlet recorded), so the route queries keep reports by article id.
MATCH (a:Article)
WHERE coalesce(a.outlet, '') IN $outlets
RETURN collect(a.id) AS ids
