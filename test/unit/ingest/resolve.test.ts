// Unit tests for src/ingest/resolve.ts: slugs, transliterations, misprinted resolution numbers.
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../src/ingest/entities.ts';
import { defaultLexicon } from '../../../src/ingest/lexicon.ts';
import { resolveEntities, slugify } from '../../../src/ingest/resolve.ts';
import type { Mention } from '../../../src/ingest/types.ts';

const gaz = buildGazetteer(defaultLexicon());
const mention = (over: Partial<Mention>): Mention => ({
  start: 0,
  end: 1,
  sentence: 0,
  text: 'x',
  entityId: 'x',
  type: 'Person',
  source: 'ner',
  possessive: false,
  ...over,
});

describe('slugify', () => {
  it('makes stable ascii slugs', () => {
    expect(slugify('')).toBe('entity');
    expect(slugify("Hay'at Tahrir al-Sham")).toBe('hayat-tahrir-al-sham');
    expect(slugify('Mevlüt Çavuşoğlu')).toBe('mevlut-cavusoglu');
  });
});

describe('resolveEntities', () => {
  it('returns nothing for no mentions', () => {
    expect(resolveEntities([], gaz, '')).toEqual({ mentions: [], entities: [], warnings: [] });
  });

  it('maps a new name to a known entity across transliterations, else a slug', () => {
    const r = resolveEntities(
      [
        mention({ text: "Bashar Ja'afari", name: "Bashar Ja'afari", entityId: 'new:Person:bashar jaafari' }),
        mention({ text: 'Ahmad Ramadan', name: 'Ahmad Ramadan', entityId: 'new:Person:ahmad ramadan' }),
      ],
      gaz,
      '',
    );
    expect(r.mentions.map((m) => m.entityId)).toEqual(['bashar-al-jaafari', 'ahmad-ramadan']);
  });

  it('maps a variant of a known name to it: words in another order, a misspelt surname, part of a meeting name', () => {
    const r = resolveEntities(
      [
        mention({ type: 'ArmedGroup', text: 'Syrian Free Army', entityId: 'new:ArmedGroup:syrian free army' }),
        mention({ text: 'Sergey Lavrof', entityId: 'new:Person:sergey lavrof' }),
        mention({ text: 'Sergio Lavrov', entityId: 'new:Person:sergio lavrov' }),
        mention({ text: 'Hossein Jaber Ansari', entityId: 'new:Person:hossein jaber ansari' }),
        mention({
          type: 'Organization',
          text: 'National Dialogue Conference',
          entityId: 'new:Organization:national dialogue conference',
        }),
      ],
      gaz,
      '',
    );
    expect(r.mentions.map((m) => [m.entityId, m.type])).toEqual([
      ['free-syrian-army', 'ArmedGroup'],
      ['sergey-lavrov', 'Person'],
      ['sergio-lavrov', 'Person'],
      ['hossein-jaberi-ansari', 'Person'],
      ['syrian-national-dialogue-congress', 'Meeting'],
    ]);
  });

  it('reads a resolution one digit off a known one in its context as that one, with a warning', () => {
    const doc = mention({ type: 'Document', text: 'Resolution 2224', number: '2224', entityId: 'new:Document:2224' });
    const r = resolveEntities([doc], gaz, 'a new constitution, elections and governance under the political process');
    expect(r.mentions[0]!.entityId).toBe('un-security-council-resolution-2254');
    expect(r.warnings).toEqual(["'Resolution 2224' read as UN Security Council Resolution 2254 (likely misprint)"]);
    expect(r.entities[0]!.aliases).toContain('Resolution 2224');
  });

  it('keeps an unknown resolution out of context as a new document', () => {
    const doc = mention({ type: 'Document', text: 'Resolution 2224', number: '2224', entityId: 'new:Document:2224' });
    const r = resolveEntities([doc], gaz, 'sanctions on Yemen');
    expect(r.mentions[0]!.entityId).toBe('un-security-council-resolution-2224');
    expect(r.warnings).toEqual([]);
  });
});
