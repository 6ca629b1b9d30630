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

/**
 * The text of `cypher/<name>.cypher` as sent: without its comment lines, indentation and blank
 * lines. Every query goes out whole with each ask, in the driver's 1,400-byte chunks (one socket
 * write each); the indentation alone was 10% of a query's bytes (no string literal spans lines).
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`cypher: no named query '${name}' (${file})`);
    text = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('//'))
      .join('\n');
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
