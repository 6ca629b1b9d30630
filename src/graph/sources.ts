/**
 * Sources.
 *
 * Gives stored relationships their cited articles: one query for all the articles a set of
 * edges cites, then each edge in wire shape with its evidence and sources.
 */
import type { Database } from '../db/database.ts';
import type { ArticleJson, EdgeJson } from '../model/json.ts';
import { articleIdsOf, toEdgeJson, type StoredEdge } from './edge-json.ts';
import { toArticleJson } from './entity-json.ts';

export async function articlesById(db: Database, ids: string[]): Promise<Map<string, ArticleJson>> {
  if (ids.length === 0) return new Map();
  const rows = await db.readQuery('articles-by-id', { ids });
  return new Map(
    rows.map((row) => {
      const article = toArticleJson(row.article as Record<string, unknown>);
      return [article.id, article];
    }),
  );
}

export async function edgesWithSources(
  db: Database,
  edges: StoredEdge[],
): Promise<{ edges: EdgeJson[]; articles: Map<string, ArticleJson> }> {
  const articles = await articlesById(db, articleIdsOf(edges));
  return { edges: edges.map((edge) => toEdgeJson(edge, articles)), articles };
}
