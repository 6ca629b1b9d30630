/**
 * Places a report describes instead of naming: "en route to Kazakhstan's capital", "the talks in the
 * Black Sea resort on Monday". A state's capital is the lexicon's (entities.ts' capitalOf, which also
 * reads "the Kazakh capital"); the Black Sea resort (or the Russian resort city) of these talks is
 * Sochi. Where the name follows ("Kazakhstan's capital Astana", "the Russian city of Sochi"), the
 * name is read instead.
 */
import { capitalOf, type Gazetteer } from './entities.ts';
import { pronoun } from './pronoun.ts';
import { foldPhrase } from './tokens.ts';
import type { Mention, Sentence } from './types.ts';

/** "Kazakhstan's capital": a state's name, possessive, before "capital". */
const CAPITAL = /\b(\p{Lu}[\p{L}-]*)['’]s?\s+capital(?:\s+city)?\b/gu;
/** "the Black Sea resort", "the Russian resort city", "Russia's Black Sea resort town". */
const RESORT = /\b(?:[Tt]he\s+(?:Russian\s+)?|Russia['’]s\s+)(?:Black\s+Sea\s+)?resort(?:\s+(?:city|town))?\b/gu;
/** What after a description names the place itself: "of Sochi", ", Astana", "Astana". */
const NAMED_AFTER = /^(?:\s+(?:of|city\s+of|town\s+of)\b|\s*,?\s*\p{Lu})/u;

function placeMention(sentence: Sentence, at: number, text: string, id: string, parts: Mention[]): Mention {
  return { ...pronoun(sentence, sentence.start + at, text, id, 'Place'), ...(parts.length > 0 ? { parts } : {}) };
}

/** The places the sentence describes by a state's capital or as the Black Sea resort. */
export function placeDescriptions(sentence: Sentence, own: readonly Mention[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const free = (at: number, text: string): Mention[] | null => {
    const start = sentence.start + at;
    const end = start + text.length;
    const inside = own.filter((x) => x.start < end && start < x.end);
    if (inside.some((x) => x.type !== 'State' || x.start < start || x.end > end)) return null;
    return NAMED_AFTER.test(sentence.text.slice(at + text.length)) ? null : inside;
  };
  for (const m of sentence.text.matchAll(CAPITAL)) {
    const inside = free(m.index, m[0]);
    const state = gaz.idOf(foldPhrase(m[1]!));
    const capital = state && gaz.entities.get(state)?.type === 'State' ? capitalOf(state, gaz) : null;
    if (inside && capital) out.push(placeMention(sentence, m.index, m[0], capital.id, inside));
  }
  const sochi = gaz.entities.get(gaz.idOf('sochi'))?.type === 'Place' ? gaz.idOf('sochi') : null;
  for (const m of sentence.text.matchAll(RESORT)) {
    // "the resort" alone may be any; "Black Sea" or "Russian" makes it the congress's Sochi.
    if (!/Black\s+Sea|Russia/.test(m[0])) continue;
    const inside = free(m.index, m[0]);
    if (inside && sochi) out.push(placeMention(sentence, m.index, m[0], sochi, inside));
  }
  return out;
}
