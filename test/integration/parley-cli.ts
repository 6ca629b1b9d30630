/**
 * Parley CLI helper.
 *
 * Runs `bin/parley.js` as a user does, against the run's Neo4j (NEO4J_URI), and gives back its
 * exit code and output instead of throwing on failure.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'parley.js');

export async function parley(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
