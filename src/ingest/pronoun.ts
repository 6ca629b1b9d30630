/** The one shape of a mention that stands for an entity named elsewhere, shared by coreference and the rules. */
import type { EntityType } from '../model/vocabulary.ts';
import type { Mention, Sentence } from './types.ts';

/** A mention that refers back to a known entity ("he", "the talks", "Sochi" standing for its meeting). */
export function pronoun(sentence: Sentence, start: number, text: string, id: string, type: EntityType): Mention {
  return {
    start,
    end: start + text.length,
    sentence: sentence.index,
    text,
    entityId: id,
    type,
    source: 'coreference',
    possessive: false,
    anaphor: true,
  };
}
