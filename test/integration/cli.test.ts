// Integration: the `parley` command as a user runs it, against the run's Neo4j.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { openSeededDatabase } from './test-db.ts';
import { parley } from './parley-cli.ts';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'parley.js');

describe('parley CLI', () => {
  beforeAll(async () => {
    await (await openSeededDatabase()).close();
  });

  it('path Russia SNC --json prints paths that cite the article', async () => {
    const { code, stdout } = await parley('path', 'Russia', 'SNC', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.paths[0].nodes.at(-1).id).toBe('syrian-negotiations-commission');
    expect(result.paths[0].explanation).toContain('Lavrov, de Mistura discuss Syrian National Dialogue Congress');
  });

  it('path prints a readable explanation for people', async () => {
    const { code, stdout } = await parley('path', 'de Mistura', 'Assad', '--k', '1');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Path 1 \(\d hops\)\nStaffan de Mistura .*Bashar al-Assad/);
  });

  it('path with an unknown name fails with one line that suggests a match', async () => {
    const { code, stderr } = await parley('path', 'Lavorv', 'SNC');
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain("did you mean 'Sergey Lavrov'");
  });

  it('query --json returns columns and rows, with parameters', async () => {
    const { code, stdout } = await parley(
      'query',
      'MATCH (n:Entity {id: $id}) RETURN n.name AS name',
      '--param',
      'id=russia',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ columns: ['name'], rows: [['Russia']] });
  });

  it('query refuses writes', async () => {
    const { code, stderr } = await parley('query', 'CREATE (n:Entity {id: "cli-intruder"})');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/read access mode|not allowed/i);
  });

  it('seed --json is idempotent', async () => {
    const first = JSON.parse((await parley('seed', '--json')).stdout);
    const second = JSON.parse((await parley('seed', '--json')).stdout);
    expect(second.created).toBe(0);
    expect(second.nodes).toBe(first.nodes);
    expect(second.relationships).toBe(first.relationships);
  });

  it('db start without Java says what to install, or how to use an existing Neo4j', async () => {
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-no-java-'));
    fs.symlinkSync(process.execPath, path.join(bare, 'node'));
    try {
      await expect(
        run(process.execPath, [BIN, 'db', 'start'], {
          env: { PATH: bare, HOME: bare, PARLEY_DATA_DIR: path.join(bare, 'data') },
        }),
      ).rejects.toMatchObject({ stderr: expect.stringMatching(/no 'java' on PATH\. Install a JDK 17\+.*NEO4J_URI/) });
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  it('serve on a port already in use fails with one line naming PORT', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const { code, stderr } = await parley('serve', '--port', String(port));
      expect(code).not.toBe(0);
      expect(stderr.trim().split('\n').at(-1)).toBe(
        `serve: 127.0.0.1:${port} is already in use; choose another port with PORT=...`,
      );
    } finally {
      taken.close();
    }
  });
});
