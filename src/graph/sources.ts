/**
 * Sources.
 *
 * Gives stored relationships their cited articles: one query for all the articles a set of
 * edges cites, then each edge in wire shape with its evidence and sources. Also pages the
 * outlets and speakers of GET /api/sources (a store can cite thousands of outlets).
 */
import type { Reads } from '../db/database.ts';
import type { ArticleJson, EdgeJson } from '../model/json.ts';
import type { SourcesJson } from './timeline.ts';
import { articleIdsOf, toEdgeJson, type StoredEdge } from './edge-json.ts';
import { toArticleJson } from './entity-json.ts';

export async function articlesById(db: Reads, ids: string[]): Promise<Map<string, ArticleJson>> {
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
  db: Reads,
  edges: StoredEdge[],
): Promise<{ edges: EdgeJson[]; articles: Map<string, ArticleJson> }> {
  const articles = await articlesById(db, articleIdsOf(edges));
  return { edges: edges.map((edge) => toEdgeJson(edge, articles)), articles };
}

/** Outlets and speakers per answer of GET /api/sources, by default and at most. */
export const SOURCES_PAGE = { limit: 5_000, max: 5_000 } as const;

/**
 * One page of each list (most reports first), keeping those whose name contains `q` (any
 * case), with how many match in all: the filter finds any outlet without sending them all.
 */
export function pageSources(
  all: SourcesJson,
  page: { q?: string; offset: number; limit: number },
): SourcesJson & { outletTotal: number; speakerTotal: number; offset: number; limit: number } {
  const needle = (page.q ?? '').toLowerCase();
  const outlets = all.outlets.filter((outlet) => outlet.name.toLowerCase().includes(needle));
  const speakers = all.speakers.filter((speaker) => speaker.name.toLowerCase().includes(needle));
  const slice = <T>(items: T[]) => items.slice(page.offset, page.offset + page.limit);
  return {
    outlets: slice(outlets),
    speakers: slice(speakers),
    outletTotal: outlets.length,
    speakerTotal: speakers.length,
    offset: page.offset,
    limit: page.limit,
  };
}
