// The tuning tools never show a held-out sentence: `npm run misses` refuses a held-out block, and
// `npm run eval --verbose` prints a held-out block's score lines without its misses. (Reading
// held-out misses would tune the extractor on the text its targets are taken on.)
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';

const run = promisify(execFile);
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

async function tool(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [path.join(PROJECT_ROOT, 'src', 'ingest', script), ...args], {
      cwd: PROJECT_ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('held-out blocks stay unread', () => {
  it('misses refuses a held-out block and names the blocks one may tune on', async () => {
    const { code, stdout, stderr } = await tool('misses.ts', '--only', 'heldout-5');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"heldout-5" is not a block to tune on (dev, dev-2, dev-3, dev-4, dev-5, dev-6)');
  });

  it('eval --verbose scores a held-out block without listing a fact, an entity or a sentence', async () => {
    const { code, stdout } = await tool('eval.ts', '--only', 'heldout-4', '--verbose');
    expect(code).toBe(0);
    expect(stdout).toMatch(/held out 4 .* overall/);
    expect(stdout).not.toMatch(/^ {4}[-+] /m);
    expect(stdout).not.toMatch(/^ {4}(entity|field|inferred) /m);
  }, 120_000);
});
