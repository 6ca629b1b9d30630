/**
 * Vocabulary.
 *
 * The node types and relationship types of Parley's data model (../shared/DESIGN.md). Labels and
 * relationship types are the only things ever interpolated into Cypher, and only after a check
 * against these lists.
 */

export const ENTITY_TYPES = [
  'Person',
  'State',
  'Organization',
  'ArmedGroup',
  'Meeting',
  'Place',
  'Document',
  'Position',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Types that also carry the `:Actor` label. */
export const ACTOR_TYPES: readonly EntityType[] = ['Person', 'State', 'Organization', 'ArmedGroup'];

export const RELATION_TYPES = [
  'HOSTS',
  'ORGANIZES',
  'INVITES',
  'ATTENDS',
  'BOYCOTTS',
  'MEDIATES',
  'MEETS',
  'SUPPORTS',
  'OPPOSES',
  'DEMANDS',
  'ALLIED_WITH',
  'REPRESENTS',
  'MEMBER_OF',
  'HELD_IN',
  'REFERS_TO',
  'FIGHTS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

export function isActorType(type: EntityType): boolean {
  return ACTOR_TYPES.includes(type);
}
