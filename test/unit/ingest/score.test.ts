// Unit tests for src/ingest/score.ts: denials, report fields and the dev-set source line, on a
// sentence of the TASS report in test/fixtures/news/dev/tass-snc-skips-sochi.txt.
import { describe, expect, it } from 'vitest';
import { goldSchema, score, stripSourceLine } from '../../../src/ingest/score.ts';
import type { Extraction, ExtractedRelation } from '../../../src/ingest/types.ts';

const SENTENCE =
  'The Negotiations Committee’s representative Firas al-Khaldi confirmed to TASS the information to boycott the Sochi meeting is true.';

const gold = goldSchema.parse({
  source: 'test',
  text: SENTENCE,
  entities: [
    { id: 'snc', name: 'Syrian Negotiations Commission', type: 'Organization', aliases: ['Negotiations Committee'] },
    { id: 'congress', name: 'Syrian National Dialogue Congress', type: 'Meeting', aliases: ['Sochi meeting'] },
    { id: 'khaldi', name: 'Firas al-Khaldi', type: 'Person' },
  ],
  relations: [
    {
      source: 'snc',
      type: 'BOYCOTTS',
      target: 'congress',
      evidence: SENTENCE,
      attributedTo: 'khaldi',
      negated: false,
      happened: null,
    },
  ],
});

function extraction(relations: (ExtractedRelation & Record<string, unknown>)[]): Extraction {
  return {
    article: { id: 'a', title: 't', published: null },
    entities: [
      { id: 'sncx', name: 'Negotiations Committee', type: 'Organization', aliases: [] },
      { id: 'congress', name: 'Sochi meeting', type: 'Meeting', aliases: [] },
      { id: 'khaldi-x', name: 'Firas al-Khaldi', type: 'Person', aliases: [] },
    ],
    relations,
    dropped: [],
    warnings: [],
  };
}

const boycott = {
  source: 'sncx',
  type: 'BOYCOTTS',
  target: 'congress',
  evidence: SENTENCE,
  confidence: 0.9,
  happened: null,
  attributedTo: null,
  negated: false,
  basis: 'stated',
} as const;

describe('score', () => {
  it('rejects a gold relation with an unknown field', () => {
    expect(() =>
      goldSchema.parse({
        source: 's',
        entities: [],
        relations: [{ source: 'a', type: 'HOSTS', target: 'b', said: 'x' }],
      }),
    ).toThrow();
  });

  it('does not count a denial as the fact it denies', () => {
    const s = score(extraction([{ ...boycott, negated: true }]), gold);
    expect(s.relations).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('scores speaker, date and negation on the report matched by fact and sentence', () => {
    const right = score(extraction([{ ...boycott, negated: false, attributedTo: 'khaldi-x', happened: null }]), gold);
    expect(right.fields).toEqual({ matched: 1, negated: 1, attributedTo: 1, happened: 1 });
    const wrong = score(
      extraction([{ ...boycott, attributedTo: null, happened: { start: '2018-01-27', end: '2018-01-27' } }]),
      gold,
    );
    expect(wrong.fields).toEqual({ matched: 1, negated: 1, attributedTo: 0, happened: 0 });
  });

  it('says why a stated relation was missed: an end not found, joined otherwise, or not joined', () => {
    expect(score(extraction([{ ...boycott, negated: true }]), gold).missCauses).toEqual({
      endNotFound: 0,
      otherRelation: 1,
      notJoined: 0,
    });
    expect(score(extraction([]), gold).missCauses).toEqual({ endNotFound: 0, otherRelation: 0, notJoined: 1 });
    const noCongress = { ...extraction([]), entities: extraction([]).entities.filter((e) => e.id !== 'congress') };
    expect(score(noCongress, gold).missCauses).toEqual({ endNotFound: 1, otherRelation: 0, notJoined: 0 });
  });

  it('counts the stated relations by type, a wrong type against both', () => {
    const right = score(extraction([boycott]), gold);
    expect(right.byType).toEqual({ BOYCOTTS: { tp: 1, fp: 0, fn: 0 } });
    const wrong = score(extraction([{ ...boycott, type: 'ATTENDS' }]), gold);
    expect(wrong.byType).toEqual({ ATTENDS: { tp: 0, fp: 1, fn: 0 }, BOYCOTTS: { tp: 0, fp: 0, fn: 1 } });
  });

  it("matches an entity's name to a gold alias that starts with an article", () => {
    const theMeeting = goldSchema.parse({
      ...gold,
      entities: gold.entities.map((e) => (e.id === 'congress' ? { ...e, aliases: ['the Sochi meeting'] } : e)),
    });
    const renamed = extraction([{ ...boycott, target: 'sochi-x' }]);
    renamed.entities = renamed.entities.map((e) => (e.id === 'congress' ? { ...e, id: 'sochi-x' } : e));
    expect(score(renamed, theMeeting).relations).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches no report when the extractor cites another sentence', () => {
    const s = score(extraction([{ ...boycott, evidence: 'Something else.' }]), gold);
    expect(s.relations.tp).toBe(1);
    expect(s.fields.matched).toBe(0);
  });
});

describe('score of stated and inferred relations', () => {
  const office = {
    source: 'khaldi',
    type: 'REPRESENTS',
    target: 'snc',
    stated: false,
    note: 'The lexicon knows his office; the sentence does not say it.',
  };
  const withOffice = goldSchema.parse({ ...gold, relations: [...gold.relations, office] });
  const inferredOffice = {
    ...boycott,
    source: 'khaldi-x',
    type: 'REPRESENTS',
    target: 'sncx',
    basis: 'inferred',
  } as const;

  it('scores only what the sentences state, and counts the inferred apart', () => {
    const s = score(extraction([boycott, inferredOffice]), withOffice);
    expect(s.relations).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.inferred).toEqual({ proposed: 1, held: 1 });
    expect(s.proposed).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('does not let an inferred relation stand for one the sentence states', () => {
    const s = score(extraction([{ ...boycott, basis: 'inferred' }]), gold);
    expect(s.relations).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.inferred).toEqual({ proposed: 1, held: 1 });
  });

  it('counts a stated claim of what no sentence says as a false positive', () => {
    const s = score(extraction([boycott, { ...inferredOffice, basis: 'stated' }]), withOffice);
    expect(s.relations).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.falsePositives).toEqual(['khaldi REPRESENTS snc']);
  });
});

describe('stripSourceLine', () => {
  it('drops the dev-set source line and keeps the article', () => {
    expect(stripSourceLine('# source: https://tass.com/world/987202 (TASS, 2018-01-27)\nAll news\n')).toBe(
      'All news\n',
    );
    expect(stripSourceLine('Syria talks in Vienna\n')).toBe('Syria talks in Vienna\n');
  });
});
