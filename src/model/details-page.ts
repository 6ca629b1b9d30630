/**
 * Details page.
 *
 * What the details panel asks GET /api/nodes/:id for: relationships per page, reports shown per
 * relationship of a node, per page of one edge, articles per page. The server warms the hubs'
 * details in this shape, and the api bench asks the node route the same, so both serve and
 * measure the request the app makes.
 */
export const DETAILS_PAGE = { relations: 20, relationReports: 2, edgeReports: 10, articles: 10 } as const;
