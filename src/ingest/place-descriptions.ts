/**
 * Places a report describes instead of naming: "en route to the Kazakh capital", "the talks in the
 * Black Sea resort on Monday", "Iran's capital". A state's capital is the lexicon's `capital` of the
 * state, else the one place the lexicon puts in that state; the Black Sea resort (or the Russian
 * resort city) of these talks is Sochi. Where the name follows ("the Kazakh capital Astana", "the
 * Russian city of Sochi"), the name is read instead.
 */
import type { Gazetteer } from './entities.ts';
import { foldPhrase } from './tokens.ts';
import type { Mention, Sentence } from './types.ts';

/** "the Kazakh capital", "Kazakhstan's capital": a state's word before "capital". */
const CAPITAL =
  /\b(?:[Tt]he\s+(\p{Lu}[\p{L}-]*)\s+capital(?:\s+city)?|(\p{Lu}[\p{L}-]*)['’]s?\s+capital(?:\s+city)?)\b/gu;
/** "the Black Sea resort", "the Russian resort city", "Russia's Black Sea resort town". */
const RESORT = /\b(?:[Tt]he\s+(?:Russian\s+)?|Russia['’]s\s+)(?:Black\s+Sea\s+)?resort(?:\s+(?:city|town))?\b/gu;
/** What after a description names the place itself: "of Sochi", ", Astana", "Astana". */
const NAMED_AFTER = /^(?:\s+(?:of|city\s+of|town\s+of)\b|\s*,?\s*\p{Lu})/u;

function placeId(id: string | undefined, gaz: Gazetteer): string | null {
  const known = id ? gaz.entities.get(gaz.idOf(id) ?? id) : undefined;
  return known?.type === 'Place' ? known.id : null;
}

/** The capital of state `id`: the lexicon's, else its one known place. */
function capitalOf(id: string, gaz: Gazetteer): string | null {
  const state = gaz.entities.get(id);
  if (state?.lexicon?.capital) return placeId(state.lexicon.capital, gaz);
  const places = [...gaz.entities.values()].filter(
    (k) => k.type === 'Place' && k.lexicon?.country && gaz.idOf(k.lexicon.country) === id,
  );
  return places.length === 1 ? places[0]!.id : null;
}

function placeMention(sentence: Sentence, at: number, text: string, id: string, parts: Mention[]): Mention {
  return {
    start: sentence.start + at,
    end: sentence.start + at + text.length,
    sentence: sentence.index,
    text,
    entityId: id,
    type: 'Place',
    source: 'coreference',
    possessive: false,
    anaphor: true,
    ...(parts.length > 0 ? { parts } : {}),
  };
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
    const word = foldPhrase((m[1] ?? m[2])!);
    const state = gaz.demonyms.get(word) ?? gaz.idOf(word);
    const capital = state && gaz.entities.get(state)?.type === 'State' ? capitalOf(state, gaz) : null;
    if (inside && capital) out.push(placeMention(sentence, m.index, m[0], capital, inside));
  }
  const sochi = placeId('sochi', gaz);
  for (const m of sentence.text.matchAll(RESORT)) {
    // "the resort" alone may be any; "Black Sea" or "Russian" makes it the congress's Sochi.
    if (!/Black\s+Sea|Russia/.test(m[0])) continue;
    const inside = free(m.index, m[0]);
    if (inside && sochi) out.push(placeMention(sentence, m.index, m[0], sochi, inside));
  }
  return out;
}
