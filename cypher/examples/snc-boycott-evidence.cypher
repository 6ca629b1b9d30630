// The evidence behind the SNC boycott
// Each sentence and article reporting that the Syrian Negotiations Commission boycotts the Sochi congress.
MATCH (snc:Organization {id: 'syrian-negotiations-commission'})-[r:BOYCOTTS]->(meeting:Meeting)
UNWIND range(0, size(r.evidence) - 1) AS i
OPTIONAL MATCH (article:Article {id: r.articleIds[i]})
RETURN meeting.name AS meeting, r.evidence[i] AS sentence, article.title AS article, r.reportedOn[i] AS reported, r.confidences[i] AS confidence
