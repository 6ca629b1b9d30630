/**
 * Cypher files.
 *
 * Loads the named queries in `cypher/` (one query per `.cypher` file, values as `$params`). A
 * query is read once and cached; an unknown name is a programming error, reported with the path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, with its header comment lines removed. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`cypher: no named query '${name}' (${file})`);
    text = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file such as `schema.cypher`, split on `;`. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}
