/**
 * Global setup.
 *
 * One real Neo4j for the whole test run: the server named by NEO4J_URI when set, otherwise the
 * local embedded Neo4j in a temporary home on a free port. Tests read its URI with
 * `inject('neo4jUri')`. The CoreNLP parser (corenlp-local) is built here too, before any test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type RunningNeo4j } from '../src/db/local-neo4j.ts';
import { ensureParserBuilt } from '../src/nlp/parser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let running: RunningNeo4j | undefined;
let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  // The parser's first build downloads its models (474 MB); done once here, not inside a test's timeout.
  await ensureParserBuilt((line) => console.log(line));
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return;
  }
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-test-neo4j-'));
  running = await startLocalNeo4j({ home, heap: '1g', pagecache: '128m', log: (line) => console.log(line) });
  project.provide('neo4jUri', running.uri);
}

export async function teardown(): Promise<void> {
  await running?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
}
