// report-sources: how many reports each outlet and each speaker stands behind. A speaker is an
// entity id (then named) or the words used; '' is the outlet itself.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.evidence IS NOT NULL
UNWIND range(0, size(r.evidence) - 1) AS i
WITH r.articleIds[i] AS articleId, coalesce(r.attributions[i], '') AS speaker, count(*) AS reports
OPTIONAL MATCH (a:Article {id: articleId})
OPTIONAL MATCH (e:Entity {id: speaker})
RETURN coalesce(a.outlet, '') AS outlet, speaker, e.name AS speakerName, sum(reports) AS reports
