// Unit tests for src/ingest/lexicon.ts and the project lexicon seed/lexicon.yaml.
import { describe, expect, it } from 'vitest';
import {
  LexiconError,
  defaultLexicon,
  heldAround,
  heldNear,
  heldOn,
  parseLexicon,
  roleHeld,
} from '../../../src/ingest/lexicon.ts';

describe('parseLexicon', () => {
  it('rejects invalid YAML, unknown types, duplicate ids and dangling references', () => {
    expect(() => parseLexicon('entities: [')).toThrow(LexiconError);
    expect(() => parseLexicon('entities: [{id: x, name: X, type: Planet}]')).toThrow(LexiconError);
    expect(() => parseLexicon('entities: [{id: x, name: X, type: State}, {id: x, name: Y, type: State}]')).toThrow(
      LexiconError,
    );
    expect(() => parseLexicon('entities: [{id: x, name: X, type: State, capital: nowhere}]')).toThrow(LexiconError);
    expect(() => parseLexicon('entities: [{id: x-1, name: X, type: Meeting, series: x}]')).toThrow(LexiconError);
    expect(() => parseLexicon("entities: [{id: x, name: X, type: Position, cues: ['(']}]")).toThrow(LexiconError);
  });

  it('compiles cues and defaults', () => {
    const lexicon = parseLexicon("entities: [{id: p, name: P, type: Position, cues: ['step down']}]");
    const entry = lexicon.byId.get('p')!;
    expect(entry.cues[0]).toBeInstanceOf(RegExp);
    expect(entry.aliases).toEqual([]);
    expect(lexicon.givenNames).toEqual([]);
  });
});

describe('defaultLexicon', () => {
  it('holds the actors of the domain with the seed ids', () => {
    const lexicon = defaultLexicon();
    for (const id of [
      'russia',
      'syria',
      'staffan-de-mistura',
      'syrian-negotiations-commission',
      'vienna-talks',
      'un-security-council-resolution-2254',
    ]) {
      expect(lexicon.byId.has(id)).toBe(true);
    }
    expect(lexicon.byId.get('syrian-negotiations-commission')!.aliases).toContain('High Negotiations Committee');
    expect(lexicon.givenNames).toEqual(expect.arrayContaining(['Mohammad', 'Sergey', 'Hossein', 'Sedat']));
  });
});

describe('roleHeld', () => {
  it('respects since/until dates', () => {
    const role = { title: 'special envoy', since: '2019-01-07' };
    expect(roleHeld(role, '2018-01-28')).toBe(false);
    expect(roleHeld(role, '2019-02-01')).toBe(true);
    expect(roleHeld(role, null)).toBe(true);
  });
});

describe('heldAround and heldOn', () => {
  const congress = defaultLexicon().byId.get('syrian-national-dialogue-congress');

  it('lets a report name a one-off meeting by its venue from months before to weeks after it', () => {
    expect(heldAround(congress, '2017-11-20')).toBe(true);
    expect(heldAround(congress, '2018-02-20')).toBe(true);
    expect(heldAround(congress, '2018-07-30')).toBe(false);
    expect(heldAround(defaultLexicon().byId.get('astana-talks'), '2018-07-30')).toBe(true);
    expect(heldAround(congress, null)).toBe(true);
  });

  it('dates the numbered rounds of a series of talks', () => {
    const round = defaultLexicon().byId.get('astana-talks-8');
    expect([round?.series, round?.held]).toEqual(['astana-talks', { start: '2017-12-21', end: '2017-12-22' }]);
  });

  it("says whether a report falls on the meeting's days", () => {
    expect(heldOn(congress, '2018-01-30')).toBe(true);
    expect(heldOn(congress, '2018-01-28')).toBe(true);
    expect(heldOn(congress, '2018-02-05')).toBe(false);
    expect(heldOn(congress, null)).toBe(false);
  });

  it("says whether a report falls in the meeting's weeks: two before it, one after", () => {
    const summit = defaultLexicon().byId.get('tehran-summit-2018-09-07');
    expect(heldNear(summit, '2018-08-25')).toBe(true);
    expect(heldNear(summit, '2018-09-12')).toBe(true);
    expect(heldNear(summit, '2018-09-20')).toBe(false);
    expect(heldNear(summit, '2018-07-20')).toBe(false);
  });
});
