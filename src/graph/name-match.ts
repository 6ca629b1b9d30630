/**
 * Name match.
 *
 * Decides whether what a user typed names an entity: by id, name or alias, ignoring case,
 * accents, punctuation and a leading "the"; and, when nothing matches, which names come close
 * enough to suggest ("did you mean 'Lavrov'?").
 */
import type { EntityJson } from '../model/json.ts';

export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export function namesOf(entity: EntityJson): string[] {
  return [entity.id, entity.name, ...entity.aliases];
}

/** Entities that `text` names exactly (after normalization); an id match wins alone. */
export function exactMatches(text: string, candidates: EntityJson[]): EntityJson[] {
  const byId = candidates.filter((entity) => entity.id === text.trim());
  if (byId.length > 0) return byId;
  const wanted = normalizeName(text);
  return candidates.filter((entity) => namesOf(entity).some((name) => normalizeName(name) === wanted));
}

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** Up to `limit` names close to `text`: the nearest name of each candidate, nearest first. */
export function closeMatches(text: string, candidates: EntityJson[], limit = 3): string[] {
  const wanted = normalizeName(text);
  const scored = candidates.map((entity) => {
    const best = namesOf(entity)
      .filter((name) => name !== entity.id)
      .map((name) => {
        const normalized = normalizeName(name);
        const words = normalized.split(' ');
        const distance = Math.min(editDistance(wanted, normalized), ...words.map((word) => editDistance(wanted, word)));
        return { name, distance };
      })
      .sort((a, b) => a.distance - b.distance)[0] ?? { name: entity.name, distance: Infinity };
    return best;
  });
  const threshold = Math.max(2, Math.ceil(wanted.length / 3));
  return scored
    .filter((match) => match.distance <= threshold)
    .sort((a, b) => a.distance - b.distance)
    .map((match) => match.name)
    .filter((name, index, names) => names.indexOf(name) === index)
    .slice(0, limit);
}
