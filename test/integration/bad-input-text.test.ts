// Integration: text that is within the size limit but not like an article (one 122,000-character
// line, 100,000 commas, 50,000 nested quotes or brackets, one 200,000-character token) gets an
// answer, never a 500; NUL, other control characters and lone surrogates are cleaned out on every
// write path (the API's articles and views, the CLI's ingest), and binary text is refused.
// The article is test/fixtures/articles/astana-round.txt, a short passage written for the tests.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { getCounts } from '../../src/graph/overview.ts';
import { useSeededApi } from './seeded-api.ts';

const ASTANA = fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/articles/astana-round.txt'), 'utf8');
const WORDS = 'Russia hosts the congress and Iran supports the talks while Turkey ';
/** Whether `value` holds what cleaning removes: C0 controls but tab and line breaks, DEL, C1, surrogates (none in the fixture). */
function holdsStray(value: string): boolean {
  return [...value].some((char) => {
    const code = char.charCodeAt(0);
    return (
      (code < 0x20 && !'\t\n\r'.includes(char)) ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0xd800 && code <= 0xdfff && char.length === 1)
    );
  });
}

const PATHOLOGICAL: [string, string][] = [
  ['one 100,000-character line without sentence punctuation', WORDS.repeat(2_000).slice(0, 100_000)],
  ['100,000 commas', ','.repeat(100_000)],
  ['50,000 nested quotes', '"\''.repeat(25_000)],
  ['50,000 nested brackets', `${'('.repeat(50_000)}Russia${')'.repeat(50_000)}`],
  ['one 200,000-character token', 'a'.repeat(199_999)],
  ['200,000 full stops', '.'.repeat(199_999)],
];

describe('bad input: text within the size limit always gets an answer', () => {
  const seeded = useSeededApi();

  for (const [name, text] of PATHOLOGICAL) {
    it(`previews ${name} (an answer, not a 500)`, { timeout: 300_000 }, async () => {
      const { status, body } = await seeded.api.post('/api/articles?dryRun=true', { text });
      expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
      expect(Array.isArray(body.extraction.relations)).toBe(true);
      for (const relation of body.extraction.relations) expect(text).toContain(relation.evidence);
    });
  }
});

describe('bad input: control characters and lone surrogates are cleaned on every write path', () => {
  const seeded = useSeededApi({ restoreAfter: true });

  /** Every string stored on the article and on the reports that cite it. */
  async function stored(articleId: string): Promise<string[]> {
    const { body } = await seeded.api.post('/api/cypher', {
      query:
        'MATCH (a:Article {id: $id}) OPTIONAL MATCH ()-[r]->() WHERE $id IN r.articleIds ' +
        'RETURN a.title AS title, a.outlet AS outlet, collect(r.evidence) AS evidence',
      params: { id: articleId },
    });
    const [title, outlet, evidence] = body.rows[0];
    return [title, outlet, ...evidence.flat()].filter((value) => typeof value === 'string');
  }

  it('stores an article posted with NUL, controls and lone surrogates clean', { timeout: 120_000 }, async () => {
    const dirty = ASTANA.replace('Kazakhstan hosted', 'Kazakhstan\u0000 hosted\uD800').replace(
      'Astana',
      'Ast\u0085ana',
    );
    const { status, body } = await seeded.api.post('/api/articles', {
      text: dirty,
      title: 'Astana\u0000 round\n\u0007two',
      outlet: 'Wire\uDC00 service\u009B',
    });
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(201);
    const strings = await stored(body.article.id);
    expect(strings).toContain('Astana round two');
    expect(strings).toContain('Wire service');
    expect(strings.some((value) => value.includes('Kazakhstan hosted'))).toBe(true);
    for (const value of strings) expect(holdsStray(value), JSON.stringify(value)).toBe(false);
  });

  it('refuses binary text with 400 and writes nothing', async () => {
    const before = await getCounts(seeded.db);
    const { status, body } = await seeded.api.post('/api/articles', {
      text: `PK\u0003\u0004\u0000\u0000${'x'.repeat(100)}`,
    });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^articles: text: .*control characters/);
    expect(await getCounts(seeded.db)).toEqual(before);
  });

  it('stores a view name clean', async () => {
    const { status, body } = await seeded.api.post('/api/views', {
      name: 'Sochi\u0000 view\uD83D\n',
      state: { node: 'russia' },
    });
    expect(status).toBe(201);
    expect(body.name).toBe('Sochi view');
    expect((await seeded.api.get(`/api/views/${body.id}`)).body.name).toBe('Sochi view');
  });

  it('the CLI stores a file with NUL and other controls clean, like the API', { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-clean-'));
    const file = path.join(dir, 'astana.txt');
    // A sentence more than the API's article, so that this is a new article with its own title.
    const text = `${ASTANA.replace('Kazakhstan hosted', 'Kazakhstan\u0000 hosted\u0001')}\nThe round\u0000 ended on Saturday.\n`;
    fs.writeFileSync(file, text, 'utf8');
    try {
      const { stdout } = await promisify(execFile)(
        'node',
        [path.join(PROJECT_ROOT, 'bin', 'parley.js'), 'ingest', file, '--json', '--title', 'CLI\u0007 Astana\u009B'],
        { env: { ...process.env, NEO4J_URI: inject('neo4jUri') } },
      );
      const { article } = JSON.parse(stdout);
      const strings = await stored(article.id);
      expect(strings).toContain('CLI Astana');
      expect(strings.some((value) => value.includes('Kazakhstan hosted'))).toBe(true);
      for (const value of strings) expect(holdsStray(value), JSON.stringify(value)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
