// Integration: articles becoming graph through POST /api/articles and the CLI, in a real Neo4j.
// The article is a short passage written for this test (test/fixtures/articles/astana-round.txt).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { getCounts } from '../../src/graph/overview.ts';
import { getEntityDetails } from '../../src/graph/entity-details.ts';
import { useSeededApi } from './seeded-api.ts';

const ASTANA = fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/articles/astana-round.txt'), 'utf8');
const SEED_ARTICLE = fs.readFileSync(path.join(PROJECT_ROOT, 'seed/articles/000_f866d91306c5335d.txt'), 'utf8');

describe('article ingestion', () => {
  const seeded = useSeededApi({ restoreAfter: true });

  it('previews an article without writing anything', async () => {
    const before = await getCounts(seeded.db);
    const { status, body } = await seeded.api.post('/api/articles?dryRun=true', {
      text: ASTANA,
      published: '2018-02-16',
    });
    expect(status).toBe(200);
    expect(body.dryRun).toBe(true);
    expect(body.extraction.relations.length).toBeGreaterThan(0);
    expect(body.extraction.dropped.join('\n')).toContain('Read more');
    for (const relation of body.extraction.relations) expect(ASTANA).toContain(relation.evidence);
    expect(await getCounts(seeded.db)).toEqual(before);
  });

  it('merges an article once: its facts join the graph with evidence, and again changes nothing', async () => {
    const before = await getCounts(seeded.db);
    const first = await seeded.api.post('/api/articles', {
      text: ASTANA,
      published: '2018-02-16',
      outlet: 'Test Wire',
    });
    expect(first.status).toBe(201);
    expect(first.body.created.relations).toBeGreaterThan(0);
    const after = await getCounts(seeded.db);
    expect(after.articles).toBe(before.articles + 1);
    expect(after.relationships).toBeGreaterThan(before.relationships);

    const snc = await getEntityDetails(seeded.db, 'syrian-negotiations-commission');
    const fromAstana = snc.edges.flatMap((edge) => edge.evidence).filter((e) => e.articleId === first.body.article.id);
    expect(fromAstana.length).toBeGreaterThan(0);
    for (const report of fromAstana) expect(ASTANA).toContain(report.text);

    const again = await seeded.api.post('/api/articles', { text: ASTANA, published: '2018-02-16' });
    expect(again.status).toBe(200);
    expect(again.body.created).toEqual({ entities: 0, relations: 0 });
    expect(again.body.merged.relations).toBe(0);
    expect(await getCounts(seeded.db)).toEqual(after);
  });

  it('re-ingesting the seed article adds no second edge for a known fact', async () => {
    const before = await getCounts(seeded.db);
    await seeded.api.post('/api/articles', { text: SEED_ARTICLE });
    expect((await getCounts(seeded.db)).articles).toBe(before.articles);
    const snc = await getEntityDetails(seeded.db, 'syrian-negotiations-commission');
    const boycotts = snc.edges.filter((e) => e.type === 'BOYCOTTS' && e.target === 'syrian-national-dialogue-congress');
    expect(boycotts).toHaveLength(1);
  });

  it('merges only the reviewed part of an extraction', async () => {
    const text = ASTANA.replace('Feb 16', 'Feb 17');
    const preview = await seeded.api.post('/api/articles?dryRun=true', { text });
    const keep = preview.body.extraction.relations[0];
    const before = await getCounts(seeded.db);
    const { status, body } = await seeded.api.post('/api/articles', {
      text,
      reviewed: { entities: [keep.source, keep.target], relations: [0] },
    });
    expect(status).toBe(201);
    const added = body.extraction.relations;
    expect(added).toHaveLength(1);
    expect((await getCounts(seeded.db)).articles).toBe(before.articles + 1);
    const details = await getEntityDetails(seeded.db, keep.source);
    const mine = details.edges.flatMap((edge) => edge.evidence).filter((e) => e.articleId === body.article.id);
    expect(mine).toHaveLength(1);
  });

  it.each([
    ['no text', {}, 400],
    ['empty text', { text: '   ' }, 400],
    ['text not a string', { text: 42 }, 400],
    ['binary text', { text: 'abc\u0000def' }, 400],
    ['a broken encoding', { text: 'Russia hosted talks \uFFFD' }, 400],
    ['a bad date', { text: ASTANA, published: '16/02/2018' }, 400],
    ['a bad url', { text: ASTANA, url: 'javascript:alert(1)' }, 400],
    ['an unknown field', { text: ASTANA, author: 'x' }, 400],
    ['a reviewed entity not extracted', { text: ASTANA, reviewed: { entities: ['atlantis'], relations: [] } }, 400],
    ['a reviewed relation out of range', { text: ASTANA, reviewed: { entities: [], relations: [999] } }, 400],
    ['a text over the limit', { text: 'Russia hosted talks. '.repeat(12_000) }, 413],
  ])('refuses %s, writing nothing', async (_name, body, status) => {
    const before = await getCounts(seeded.db);
    const response = await seeded.api.post('/api/articles', body);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBeTruthy();
    expect(await getCounts(seeded.db)).toEqual(before);
  });

  it('refuses an unknown dryRun value', async () => {
    const response = await seeded.api.post('/api/articles?dryRun=maybe', { text: ASTANA });
    expect(response.status).toBe(400);
  });
});

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'parley.js');

describe('parley extract', () => {
  it('extracts an article with no database at all', async () => {
    const { stdout } = await run('node', [BIN, 'extract', 'test/fixtures/articles/astana-round.txt', '--json'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    const extraction = JSON.parse(stdout);
    expect(extraction.article.id).toMatch(/^article-/);
    expect(extraction.entities.map((e: { id: string }) => e.id)).toContain('syrian-negotiations-commission');
    // The command starts its own parser JVM (models load in 10-40 s, longer on a busy machine).
  }, 120_000);

  it('fails with one line for a missing file', async () => {
    await expect(run('node', [BIN, 'extract', 'no/such/file.txt'], { cwd: PROJECT_ROOT })).rejects.toMatchObject({
      stderr: 'no/such/file.txt: no such file\n',
    });
  });
});
