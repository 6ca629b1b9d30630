// Integration: the local Neo4j itself refuses what the console guard refuses, for any query that
// gets past Parley (here straight through the session helper, no guard): LOAD CSV reaches no
// address and reads no file, and a query that would fill the heap fails with a memory error while
// Neo4j keeps answering. Runs against the run's own neo4j-local (not an external NEO4J_URI).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/database.ts';
import { QueryError } from '../../src/errors.ts';

const LIMITS = { timeoutMs: 30_000, rowLimit: 10, maxBytes: 5_000_000 };

describe.skipIf(Boolean(process.env.NEO4J_URI))('the local Neo4j, locked down', () => {
  let db: Database;
  let listener: http.Server;
  const received: string[] = [];

  beforeAll(async () => {
    db = openDatabase(inject('neo4jUri'));
    listener = http.createServer((request, response) => {
      received.push(request.url ?? '');
      response.end('name\nleaked\n');
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await db.close();
    await new Promise<void>((resolve) => listener.close(() => resolve()));
  });

  it('refuses LOAD CSV from any address, loopback or by name, and the listener hears nothing', async () => {
    const { port } = listener.address() as AddressInfo;
    for (const url of [
      `http://127.0.0.1:${port}/x`,
      `http://localhost:${port}/x?data=secret`,
      'http://169.254.169.254/',
    ]) {
      await expect(
        db.userReadQuery(`LOAD CSV FROM '${url}' AS row RETURN row`, {}, LIMITS),
        url,
      ).rejects.toBeInstanceOf(QueryError);
    }
    expect(received).toEqual([]);
  });

  it('refuses LOAD CSV from files', async () => {
    await expect(
      db.userReadQuery(`LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row`, {}, LIMITS),
    ).rejects.toBeInstanceOf(QueryError);
  });

  it('stops a query that would hold more than its memory share, and keeps answering', async () => {
    const huge = 'UNWIND range(1, 100000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n';
    const error = await db.userReadQuery(huge, {}, LIMITS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).neo4jCode).toMatch(/MemoryPoolOutOfMemoryError/);
    expect((await db.userReadQuery('RETURN 1 AS one', {}, LIMITS)).rows).toEqual([[1]]);
  });
});
