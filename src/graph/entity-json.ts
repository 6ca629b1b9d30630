/**
 * Entity JSON.
 *
 * Turns an entity's stored properties into the wire shape `{id, name, type, aliases, ...}`,
 * dropping bookkeeping that is no use to a reader.
 */
import type { ArticleJson, EntityJson } from '../model/json.ts';
import type { EntityType } from '../model/vocabulary.ts';

const HIDDEN = new Set(['createdAt', 'importance', 'searchTier']);

export function toEntityJson(properties: Record<string, unknown>): EntityJson {
  const entity: EntityJson = {
    id: String(properties.id),
    name: String(properties.name ?? properties.id),
    type: properties.type as EntityType,
    aliases: Array.isArray(properties.aliases) ? properties.aliases.map(String) : [],
  };
  for (const [key, value] of Object.entries(properties)) {
    if (!(key in entity) && !HIDDEN.has(key) && value !== null) entity[key] = value;
  }
  return entity;
}

export function toArticleJson(properties: Record<string, unknown>): ArticleJson {
  const text = (key: string) => (typeof properties[key] === 'string' ? (properties[key] as string) : null);
  return {
    id: String(properties.id),
    title: text('title') ?? String(properties.id),
    url: text('url'),
    outlet: text('outlet'),
    published: text('published'),
    ingestedAt: text('ingestedAt'),
  };
}
