// Unit: deciding which entity a typed name means, on entities of the seed graph.
import { describe, expect, it } from 'vitest';
import { closeMatches, editDistance, exactMatches, normalizeName } from '../../../src/graph/name-match.ts';
import type { EntityJson } from '../../../src/model/json.ts';

const entity = (id: string, name: string, aliases: string[] = []): EntityJson => ({
  id,
  name,
  type: 'Person',
  aliases,
});
const SEED = [
  entity('sergey-lavrov', 'Sergey Lavrov', ['Lavrov']),
  entity('syrian-negotiations-commission', 'Syrian Negotiations Commission', ['SNC', 'High Negotiations Committee']),
  entity('bashar-al-jaafari', 'Bashar al-Jaafari', ["Ja'afari", 'al-Jaafari']),
  entity('staffan-de-mistura', 'Staffan de Mistura', ['de Mistura']),
];

describe('normalizeName', () => {
  it('ignores case, accents, punctuation, apostrophes and a leading "the"', () => {
    expect(normalizeName('  The Syrian  Négotiations-Commission ')).toBe('syrian negotiations commission');
    expect(normalizeName('Ja’afari')).toBe(normalizeName('Jaafari'));
  });
});

describe('exactMatches', () => {
  it('matches an id alone, before names', () => {
    expect(exactMatches('sergey-lavrov', SEED).map((e) => e.id)).toEqual(['sergey-lavrov']);
  });
  it('matches names and aliases whatever their case and accents', () => {
    expect(exactMatches('snc', SEED)[0]?.id).toBe('syrian-negotiations-commission');
    expect(exactMatches('DE MISTURA', SEED)[0]?.id).toBe('staffan-de-mistura');
    expect(exactMatches('Ja’afari', SEED)[0]?.id).toBe('bashar-al-jaafari');
  });
  it('matches nothing for a partial name', () => {
    expect(exactMatches('Lav', SEED)).toEqual([]);
  });
});

describe('closeMatches', () => {
  it('suggests the canonical name of the nearest entities for a typo', () => {
    expect(closeMatches('Lavorv', SEED)).toEqual(['Sergey Lavrov']);
  });
  it('suggests nothing for a name unlike any', () => {
    expect(closeMatches('Kim Jong-un', SEED)).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
