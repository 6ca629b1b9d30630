// Unit tests for src/ingest/extract.ts and src/ingest/score.ts on the seed article
// (seed/articles/000_f866d91306c5335d.txt) and its gold file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../../src/ingest/article-id.ts';
import { ExtractionInputError, extract } from '../../../src/ingest/extract.ts';
import { goldSchema, prf, score } from '../../../src/ingest/score.ts';
import { ParserError } from '../../../src/errors.ts';
import { sharedParser, stopSharedParser } from '../../../src/nlp/parser.ts';

const seed = readFileSync(new URL('../../../seed/articles/000_f866d91306c5335d.txt', import.meta.url), 'utf8');
const gold = goldSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/extraction/seed-article.gold.json', import.meta.url), 'utf8')),
);

// The warm parser starts once for this file (its JVM loads the models in 10-30 s).
beforeAll(sharedParser, 180_000);
afterAll(stopSharedParser);

describe('extract', () => {
  it('rejects input that is not an article', async () => {
    await expect(extract('   ')).rejects.toThrow(ExtractionInputError);
    await expect(extract(42 as unknown as string)).rejects.toThrow(ExtractionInputError);
    await expect(extract('Russia hosts talks.', { published: 'yesterday' })).rejects.toThrow(ExtractionInputError);
  });

  it('refuses an article of more than 20,000 words with a message that says to split it', async () => {
    const book = 'the talks went on '.repeat(12_500);
    await expect(extract(book)).rejects.toThrow(ExtractionInputError);
    await expect(extract(book)).rejects.toThrow(/50000 words.*split it/);
  });

  it('does not parse a run of words without punctuation, and says so', async () => {
    // 5,000 words and no sentence end: the splitter cuts it into 1,000-character pieces, none a sentence.
    const run = Array.from({ length: 5_000 }, (_, i) => (i % 7 === 0 ? 'Russia' : 'talks')).join(' ');
    const x = await extract(run);
    expect(x.relations).toEqual([]);
    expect(x.warnings.some((w) => /sentence\(s\) of more than 150 words .* were not parsed/.test(w))).toBe(true);
    expect(x.entities.map((e) => e.id)).toContain('russia');
  });

  it('keeps the warning about unparsed sentences when a stance names a position', async () => {
    const run = Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 'Russia' : 'talks')).join(' ');
    const x = await extract(`Turkey endorsed the Iranian plan for local councils in the north. ${run}.`);
    expect(x.entities.some((e) => e.type === 'Position')).toBe(true);
    expect(x.warnings.some((w) => /sentence\(s\) of more than 150 words .* were not parsed/.test(w))).toBe(true);
  });

  it('returns the DESIGN.md extraction shape for the seed article', async () => {
    const x = await extract(seed);
    expect(x.article).toEqual({
      id: articleId(seed),
      title: 'Lavrov, de Mistura discuss Syrian National Dialogue Congress',
      published: '2018-01-28',
    });
    const ids = new Set(x.entities.map((e) => e.id));
    for (const r of x.relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(seed.includes(r.evidence)).toBe(true);
      expect(r.confidence).toBeGreaterThan(0);
    }
    expect(x.warnings).toEqual(["'Resolution 2224' read as UN Security Council Resolution 2254 (likely misprint)"]);
    expect(x.dropped.some((d) => d.includes('Duterte'))).toBe(true);
  });

  // Precision is the issue-8 target (propose only what the sentence states); the recall floor
  // guards against losing what the parse rules find today (0.41 on the seed, 2026-12-01).
  it('meets the seed targets: relation precision >= 0.8, recall >= 0.4, every actor, no boilerplate entity', async () => {
    const s = score(await extract(seed), gold);
    expect(prf(s.relations).precision).toBeGreaterThanOrEqual(0.8);
    expect(prf(s.relations).recall).toBeGreaterThanOrEqual(0.4);
    expect(s.missingActors).toEqual([]);
    expect(s.boilerplateEntities).toEqual([]);
  });

  it('lists the place a dateline names, as a place, though the dateline is cut from the text', async () => {
    const { entities, dropped } = await extract(
      'DAMASCUS, (ST)_ President Bashar al-Assad received Hossein Jaberi Ansari on Saturday.',
    );
    expect(dropped).toContain('DAMASCUS, (ST)_');
    expect(entities.find((e) => e.id === 'damascus')?.type).toBe('Place');
  });

  it('reuses the ids of a gazetteer', async () => {
    const x = await extract(seed, {
      gazetteer: [{ id: 'snc', name: 'Syrian Negotiations Commission', type: 'Organization', aliases: [] }],
    });
    expect(x.relations.some((r) => r.source === 'snc' && r.type === 'BOYCOTTS')).toBe(true);
  });

  it('reads who brokered the talks past the relative clauses, with the sentence as written as evidence', async () => {
    // dev-2/minanews-7th-round-astana.txt: the asides hang "brokered by" off the parse; its
    // variant without them ("... brokered by Turkey and Russia and Iran") gives the mediators.
    const sentence =
      'The talks, which will focus on strengthening the cease-fire that came into effect on Dec. 30, have been brokered by Turkey, which backs the opposition, and Russia and Iran, who support Bashar al-Assad’s regime, AA reported.';
    const x = await extract(`The seventh round of the Astana talks on Syria begins on Monday. ${sentence}`, {
      published: '2017-10-30',
    });
    const mediators = x.relations.filter((r) => r.type === 'MEDIATES').map((r) => r.source);
    expect(mediators.sort()).toEqual(['iran', 'russia', 'turkey']);
    for (const r of x.relations.filter((r) => r.type === 'MEDIATES')) expect(r.evidence).toBe(sentence);
  });

  it('is deterministic and gives the same article id for the same text', async () => {
    expect(await extract(seed)).toEqual(await extract(seed));
  });

  // Last in the file: it stops the shared parser at its deadline, and the next use starts a new one.
  it('stops a parse that outlives its deadline with a clear error, and the next use starts a fresh parser', async () => {
    const parser = await sharedParser();
    // Forty sentences take the warm parser far longer than 1 ms, so the deadline always comes first.
    const many = Array.from({ length: 40 }, (_, i) => `Russia hosted round ${i + 1} of the talks in Sochi with Iran.`);
    await expect(parser.parseSentences(many, { deadlineMs: 1 })).rejects.toThrow(ParserError);
    expect(parser.stopped).toBe(true);
    const fresh = await sharedParser();
    expect(fresh).not.toBe(parser);
    const [parsed] = await fresh.parseSentences(['Russia hosted the talks.']);
    expect(parsed!.tokens.map((t) => t.word)).toContain('hosted');
  }, 180_000);
});
