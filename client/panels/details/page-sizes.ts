/**
 * What the details panel asks for: relationships per page, reports shown per relationship of a
 * node, per page of one edge, articles per page. The api bench asks the node route the same, so
 * it measures the request the app makes.
 */
export const DETAILS_PAGE = { relations: 20, relationReports: 2, edgeReports: 10, articles: 10 } as const;
