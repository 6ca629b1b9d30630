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

/** known-facts: ids of the given entities and relationships that are stored. */
const KNOWN_FACTS = `
CALL () { MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n.id) AS entities }
CALL () {
  UNWIND $relations AS rel
  MATCH (:Entity {id: rel.source})-[r]->(:Entity {id: rel.target})
  WHERE r.id = rel.id
  RETURN collect(DISTINCT r.id) AS relations
}
RETURN entities, relations`;

/** article-graph: what an article mentions, and the relationships it reported between them. */
const ARTICLE_GRAPH = `
MATCH (:Article {id: $article})-[:MENTIONS]->(n:Entity)
OPTIONAL MATCH (n)-[r]->(m:Entity)
WHERE $article IN r.articleIds
RETURN n, r, m`;

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
