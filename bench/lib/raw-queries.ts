/**
 * Raw queries.
 *
 * The baseline of the api suite: for each route, the same named Cypher statements the route's
 * service runs, in the same order and with the same parameters, sent straight through the
 * neo4j driver (a read session and an auto-commit transaction per query, as Database.readQuery
 * does; the console's query in a managed one, as Database.userReadQuery does) with no HTTP, express,
 * validation, toPlain or JSON shaping. API latency divided by this is the API's overhead.
 */
import { DETAILS_PAGE } from '../../src/model/details-page.ts';
import { pageReports } from '../../src/graph/draw-edge-json.ts';
import type { StoredEdge } from '../../src/graph/edge-json.ts';
import { DETAIL_LIMITS, detailsParams } from '../../src/graph/entity-details.ts';
import { isNode, isPath, isRelationship, type Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher-files.ts';
import { detourRoutes, PATHS_PER_ROUTE } from '../../src/graph/find-paths.ts';
import { EXACT_HEADROOM, rankMatches } from '../../src/graph/search.ts';
import { RELATION_TYPES } from '../../src/model/vocabulary.ts';

export const CYPHER_CONSOLE_QUERY = 'MATCH (n:Entity {id: $id})-[r]-(m:Entity) RETURN n, r, m LIMIT 25';
const ALL_TYPES = [...RELATION_TYPES];

function collectArticleIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((item) => collectArticleIds(item, into));
  else if (isRelationship(value as never)) collectArticleIds((value as { properties: unknown }).properties, into);
  else if (isNode(value as never)) return;
  else if (isPath(value as never)) return;
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'articleIds' && Array.isArray(item)) item.forEach((id) => into.add(String(id)));
      else collectArticleIds(item, into);
    }
  }
}

export class RawQueries {
  constructor(private readonly driver: Driver) {}

  private async read(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    const session = this.driver.session({ defaultAccessMode: 'READ' });
    try {
      // An auto-commit transaction, as Database.readQuery runs a named read.
      const result = await session.run(cypher(name), params);
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  }

  private async articlesFor(rows: unknown[]): Promise<void> {
    const ids = new Set<string>();
    collectArticleIds(rows, ids);
    if (ids.size > 0) await this.read('articles-by-id', { ids: [...ids] });
  }

  async search(text: string): Promise<void> {
    await rankMatches((params) => this.read('search-entities', params), text, 10 + EXACT_HEADROOM, null);
  }

  async node(id: string): Promise<void> {
    const [row] = await this.read(
      'entity-details',
      detailsParams(
        id,
        { edges: DETAILS_PAGE.relations, articles: DETAIL_LIMITS.articles, evidence: DETAILS_PAGE.relationReports },
        null,
      ),
    );
    // The route cites the articles of the reports it shows: the first few of each fact.
    const edges = ((row as { edges?: StoredEdge[] } | undefined)?.edges ?? []).map((edge) =>
      pageReports(edge, 0, DETAILS_PAGE.relationReports),
    );
    await this.articlesFor(edges);
  }

  async neighbours(id: string): Promise<void> {
    // Both at once, as the route asks; lean edges: the route cites no articles.
    await Promise.all([
      this.read('entity-by-id', { id }),
      this.read('entity-neighbours', { id, types: null, limit: 50, shown: [], window: null }),
    ]);
  }

  async paths(from: string, to: string): Promise<void> {
    // The route resolves ids with one index lookup each before any full-text search.
    await this.read('entity-by-id', { id: from });
    await this.read('entity-by-id', { id: to });
    const params = { from, to, maxHops: 6, types: ALL_TYPES, window: null, routes: 3 };
    const shortest = await this.read('shortest-paths', { ...params, pathLimit: 3 * PATHS_PER_ROUTE });
    const routeOf = (row: Record<string, unknown>) => (row.nodes as { id: string }[]).map((n) => n.id);
    const routes = shortest.map(routeOf);
    // As the route does: longer routes only when the shortest are fewer than k = 3, one hop
    // longer, two, ... by the detour query, then the longer search for what is left.
    const more = routes.length > 0 && routes.length < 3;
    const detours = more
      ? await detourRoutes((name, named) => this.read(name, named), params, shortest, 3)
      : { rows: [], done: true };
    const longer = detours.done
      ? []
      : await this.read('longer-paths', {
          ...params,
          known: [...routes, ...detours.rows.map(routeOf)],
        });
    await this.articlesFor([...shortest, ...detours.rows, ...longer]);
  }

  async cypherConsole(id: string): Promise<void> {
    const session = this.driver.session({ defaultAccessMode: 'READ' });
    let rows: unknown[];
    try {
      rows = await session.executeRead(async (tx) => {
        const result = await tx.run(CYPHER_CONSOLE_QUERY, { id });
        return result.records.map((record) => record.toObject());
      });
    } finally {
      await session.close();
    }
    await this.articlesFor(rows);
  }
}
