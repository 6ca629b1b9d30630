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

/** Up to `limit` canonical names of entities close to `text` (by any of their names), nearest first. */
export function closeMatches(text: string, candidates: EntityJson[], limit = 3): string[] {
  const wanted = normalizeName(text);
  const threshold = Math.max(2, Math.ceil(wanted.length / 3));
  const distanceTo = (name: string) => {
    const normalized = normalizeName(name);
    return Math.min(
      editDistance(wanted, normalized),
      ...normalized.split(' ').map((word) => editDistance(wanted, word)),
    );
  };
  return candidates
    .map((entity) => ({ name: entity.name, distance: Math.min(...namesOf(entity).slice(1).map(distanceTo)) }))
    .filter((match) => match.distance <= threshold)
    .sort((a, b) => a.distance - b.distance)
    .map((match) => match.name)
    .filter((name, index, names) => names.indexOf(name) === index)
    .slice(0, limit);
}
