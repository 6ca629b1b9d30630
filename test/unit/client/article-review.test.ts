/**
 * Article review: the pure rules of the "Add article" panel (client/panels/articles/review.ts)
 * and the emphasis of an article's part of the graph. The extraction is a real dry run:
 * fixtures/astana-dry-run.json is POST /api/articles?dryRun=true on the seeded database with
 * test/fixtures/articles/astana-snc-refuses.txt (a passage written for the e2e test).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/ingest/types.ts';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { graphEmphasis } from '../../../client/graph/emphasis.ts';
import {
  disabledRelations,
  entitiesByType,
  foldText,
  formProblem,
  highlightSegments,
  initialReview,
  isRelationKept,
  locateEvidence,
  MAX_ARTICLE_CHARS,
  mergeSummary,
  relationEdgeId,
  ReviewError,
  reviewedSubset,
  toggleEntity,
  toggleRelation,
} from '../../../client/panels/articles/review.ts';

const dryRun = JSON.parse(fs.readFileSync(new URL('./fixtures/astana-dry-run.json', import.meta.url), 'utf8')) as {
  extraction: Extraction;
};
const extraction = dryRun.extraction;
const TEXT = fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/articles/astana-snc-refuses.txt'), 'utf8');
const indexOf = (source: string, type: string, target: string) =>
  extraction.relations.findIndex((r) => r.source === source && r.type === type && r.target === target);
const BOYCOTT = indexOf('syrian-negotiations-commission', 'BOYCOTTS', 'astana-talks');
const ATTENDS = indexOf('staffan-de-mistura', 'ATTENDS', 'astana-talks');
const ABDRAKHMANOV = indexOf('kairat-abdrakhmanov', 'REPRESENTS', 'kazakhstan');

describe('review state', () => {
  it('refuses something that is not an extraction', () => {
    expect(() => initialReview({} as Extraction)).toThrow(ReviewError);
    expect(() => reviewedSubset(null as unknown as Extraction, initialReview(extraction))).toThrow(ReviewError);
  });

  it('starts with everything ticked and sends all of it', () => {
    expect([BOYCOTT, ATTENDS, ABDRAKHMANOV].every((index) => index >= 0)).toBe(true);
    const state = initialReview(extraction);
    expect(reviewedSubset(extraction, state)).toEqual({
      entities: extraction.entities.map((entity) => entity.id),
      relations: extraction.relations.map((_r, index) => index),
    });
    expect(disabledRelations(extraction, state).size).toBe(0);
  });

  it('an unticked relation is left out, and ticking it again brings it back', () => {
    const off = toggleRelation(initialReview(extraction), ATTENDS, false);
    expect(reviewedSubset(extraction, off).relations).not.toContain(ATTENDS);
    expect(reviewedSubset(extraction, off).relations).toContain(BOYCOTT);
    expect(reviewedSubset(extraction, toggleRelation(off, ATTENDS, true)).relations).toContain(ATTENDS);
  });

  it('unticking an entity disables and drops its relations; ticking it again restores them', () => {
    const off = toggleEntity(initialReview(extraction), 'kairat-abdrakhmanov', false);
    expect([...disabledRelations(extraction, off)]).toEqual([ABDRAKHMANOV]);
    expect(isRelationKept(extraction, off, ABDRAKHMANOV)).toBe(false);
    const subset = reviewedSubset(extraction, off);
    expect(subset.entities).not.toContain('kairat-abdrakhmanov');
    expect(subset.relations).not.toContain(ABDRAKHMANOV);
    const back = toggleEntity(off, 'kairat-abdrakhmanov', true);
    expect(isRelationKept(extraction, back, ABDRAKHMANOV)).toBe(true);
  });

  it('does not change the state it is given', () => {
    const state = initialReview(extraction);
    toggleEntity(state, 'russia', false);
    toggleRelation(state, 0, false);
    expect(state.entities.has('russia')).toBe(true);
    expect(state.relations.has(0)).toBe(true);
  });

  it('names each relation with the id the merged fact gets', () => {
    expect(relationEdgeId(extraction.relations[BOYCOTT]!)).toBe('syrian-negotiations-commission:BOYCOTTS:astana-talks');
    expect(
      relationEdgeId({
        source: 'russia',
        type: 'INVITES',
        target: 'snc',
        meeting: 'sochi',
        evidence: '',
        confidence: 1,
        happened: null,
        attributedTo: null,
        negated: false,
        basis: 'stated',
      }),
    ).toBe('russia:INVITES:snc:sochi');
  });

  it('groups entities by type in the vocabulary order', () => {
    const groups = entitiesByType(extraction.entities);
    expect(groups.map(([type]) => type)).toEqual(['Person', 'State', 'Organization', 'Meeting', 'Place', 'Document']);
    expect(groups.flatMap(([, group]) => group)).toHaveLength(extraction.entities.length);
    expect(groups[0]![1].map((entity) => entity.name)).toEqual(['Kairat Abdrakhmanov', 'Staffan de Mistura']);
  });
});

describe('evidence highlighting', () => {
  it('refuses a text that is not a string', () => {
    expect(() => locateEvidence(undefined as unknown as string, [])).toThrow(ReviewError);
    expect(() => highlightSegments(42 as unknown as string, [])).toThrow(ReviewError);
  });

  it('finds every sentence of the dry run in the pasted text', () => {
    const ranges = locateEvidence(TEXT, extraction.relations);
    ranges.forEach((range, index) => {
      expect(range, `relation ${index}`).not.toBeNull();
      expect(TEXT.slice(range!.start, range!.end)).toBe(extraction.relations[index]!.evidence);
    });
  });

  it('finds a sentence across typographic quotes and broken lines', () => {
    const text = 'Intro.\n\u201CWe will not go,\u201D the  SNC\nsaid.\tEnd.';
    const [range] = locateEvidence(text, [{ evidence: '"We will not go," the SNC said.' }]);
    expect(text.slice(range!.start, range!.end)).toBe('\u201CWe will not go,\u201D the  SNC\nsaid.');
    expect(locateEvidence(text, [{ evidence: 'Not in the text.' }])).toEqual([null]);
    expect(foldText(' a \n b ').folded).toBe('a b ');
  });

  it('cuts the text into plain and highlighted stretches that cover it exactly once', () => {
    const ranges = locateEvidence(TEXT, extraction.relations);
    const segments = highlightSegments(TEXT, ranges);
    expect(segments.map((s) => TEXT.slice(s.start, s.end)).join('')).toBe(TEXT);
    const boycott = segments.find((s) => s.relations.includes(BOYCOTT))!;
    expect(TEXT.slice(boycott.start, boycott.end)).toBe(extraction.relations[BOYCOTT]!.evidence);
    // The sentence reporting both of de Mistura's relations is one mark for both.
    const mistura = segments.find((s) => s.relations.includes(ATTENDS))!;
    expect(mistura.relations).toHaveLength(2);
    expect(segments.some((s) => s.relations.length > 0 && TEXT.slice(s.start, s.end).includes('More news'))).toBe(
      false,
    );
  });

  it('gives overlapping sentences a shared stretch', () => {
    const segments = highlightSegments('abcdefgh', [{ start: 1, end: 5 }, { start: 3, end: 7 }, null]);
    expect(segments).toEqual([
      { start: 0, end: 1, relations: [] },
      { start: 1, end: 3, relations: [0] },
      { start: 3, end: 5, relations: [0, 1] },
      { start: 5, end: 7, relations: [1] },
      { start: 7, end: 8, relations: [] },
    ]);
  });
});

describe('form and summary', () => {
  it('says why the form cannot be sent', () => {
    expect(formProblem({ text: '  ', published: '', url: '' })).toMatch(/Paste/);
    expect(formProblem({ text: 'x'.repeat(MAX_ARTICLE_CHARS + 1), published: '', url: '' })).toMatch(/200,000/);
    expect(formProblem({ text: 'ok', published: '14/03/2018', url: '' })).toMatch(/YYYY-MM-DD/);
    expect(formProblem({ text: 'ok', published: '', url: 'ftp://x' })).toMatch(/http/);
    expect(formProblem({ text: 'ok', published: '2018-03-14', url: 'https://example.org/a' })).toBeNull();
  });

  it('says what a merge added', () => {
    expect(
      mergeSummary({
        article: { created: true },
        created: { entities: 4, relations: 1 },
        merged: { relations: 2 },
      }),
    ).toBe('Added 4 new entities, 1 new relation and 2 new reports of known facts.');
    expect(
      mergeSummary({ article: { created: false }, created: { entities: 0, relations: 0 }, merged: { relations: 0 } }),
    ).toMatch(/^The article was already in the graph/);
  });
});

describe('graphEmphasis', () => {
  it('refuses input without node and edge arrays', () => {
    expect(() => graphEmphasis({} as never)).toThrow(TypeError);
  });

  it('brings forward every node and edge of the result', () => {
    const emphasis = graphEmphasis({
      nodes: [{ id: 'a', name: 'A', type: 'State', aliases: [] }],
      edges: [
        {
          id: 'a:MEETS:b',
          source: 'a',
          target: 'b',
          type: 'MEETS',
          confidence: 1,
          curated: false,
          evidence: [],
          sources: [],
        },
      ],
    });
    expect([...emphasis.nodes]).toEqual(['a']);
    expect([...emphasis.edges]).toEqual(['a:MEETS:b']);
  });
});
