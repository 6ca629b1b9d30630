/** The entity types a rule accepts at either end of a relation. */
import type { EntityType } from '../../model/vocabulary.ts';

export type Types = readonly EntityType[];
export const ACTOR: Types = ['Person', 'State', 'Organization', 'ArmedGroup'];
export const GROUP: Types = ['State', 'Organization', 'ArmedGroup'];
export const MEETING: Types = ['Meeting'];
export const STANCE: Types = ['Position', 'Meeting', 'Document', 'Person', 'State', 'Organization', 'ArmedGroup'];

/** Who can be backed as an ally: "Turkey, which backs the opposition". */
export const ALLY: Types = ['State', 'ArmedGroup', 'Organization'];
