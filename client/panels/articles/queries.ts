/**
 * Article queries.
 *
 * The two read-only Cypher queries the "Add article" panel runs through POST /api/cypher: which
 * proposed entities and facts the graph already holds (one call for the whole preview, so each
 * gets a "new" or "in graph" badge), and, after the merge, the article's part of the graph: the
 * entities it mentions and the relations it reported, with all their evidence.
 */
import { api } from '../../api/client.ts';
import type { GraphJson } from '../../../src/model/json.ts';
import KNOWN_FACTS from '../../../cypher/client/known-facts.cypher?raw';
import ARTICLE_GRAPH from '../../../cypher/client/article-graph.cypher?raw';

export interface KnownFacts {
  entities: Set<string>;
  relations: Set<string>;
}

export async function knownFacts(
  entityIds: string[],
  relations: { id: string; source: string; target: string }[],
): Promise<KnownFacts> {
  const result = await api.cypher(KNOWN_FACTS, { ids: entityIds, relations });
  const [entities, stored] = (result.rows[0] ?? [[], []]) as [unknown, unknown];
  const strings = (value: unknown) => new Set(Array.isArray(value) ? value.map(String) : []);
  return { entities: strings(entities), relations: strings(stored) };
}

export async function articleGraph(articleId: string): Promise<GraphJson> {
  return (await api.cypher(ARTICLE_GRAPH, { article: articleId })).graph;
}
