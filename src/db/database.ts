/**
 * Database.
 *
 * The one helper that owns Neo4j sessions: every query runs through `readQuery`, `writeQuery` or
 * `writeTransaction` here, in a managed transaction whose session is closed in `finally`, with
 * results turned into plain JSON before they leave. Driver errors are mapped to Parley's typed
 * errors here too, so that "Neo4j is down" is a 503 everywhere.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { cypher, cypherStatements } from './cypher-files.ts';
import { toPlain } from './to-plain.ts';
import { DatabaseUnavailableError, QueryError, QueryTimeoutError } from '../errors.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface WriteTx {
  /** Runs the named query `cypher/<name>.cypher` inside the transaction. */
  run(name: string, params?: Params): Promise<Row[]>;
}

export interface UserQueryResult {
  columns: string[];
  rows: unknown[][];
  /** Why the rows were cut (h2, issue 9: the console's byte cap), or null when they are all here. */
  truncatedBy: 'rows' | 'bytes' | null;
}

/**
 * Records per pull for console queries (h2, issue 9): a batch arrives whole before the byte cap
 * can cut, so it is kept small; 1,000 rows of 1 MB in one batch took the API to nearly 1 GB.
 */
const USER_FETCH_SIZE = 20;

export interface PlanOperator {
  /** e.g. `ProcedureCall@neo4j`, `LoadCSV@neo4j`, `ShowTransactions@neo4j` */
  operatorType: string;
  /** the plan's Details argument, e.g. `db.labels() :: (label :: STRING)` */
  details: string;
}

export interface ServerInfo {
  connected: boolean;
  version: string | null;
  edition: string | null;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET']);

function rowsOf(records: Neo4jRecord[]): Row[] {
  return records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    return row;
  });
}

function errorCode(error: unknown): string {
  return String((error as { code?: unknown })?.code ?? '');
}

function isUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  const message = String((error as { message?: unknown })?.message ?? '');
  return (
    UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|connect ECONN|Pool is closed|Could not perform discovery/.test(message)
  );
}

/** Availability failures become DatabaseUnavailableError; everything else passes through. */
function mapInfrastructureError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  if (isUnavailable(error)) return new DatabaseUnavailableError('Neo4j is unreachable; retry when it is back');
  const message = String((error as { message?: unknown })?.message ?? '');
  if (/Connection acquisition timed out/.test(message)) {
    return new DatabaseUnavailableError('Neo4j is busy: no free connection in time; retry shortly');
  }
  return error;
}

/** Client-side deadlines: a stopped (not dead) Neo4j never answers, so nothing else would end the wait. */
export const DEADLINES = { readMs: 10_000, writeMs: 60_000, userGraceMs: 2_000 };

/**
 * Settles with `work`, or rejects with a 503 once `ms` pass; the session is then closed without
 * waiting, since a hung server would hold that close too.
 */
async function withDeadline<T>(work: Promise<T>, ms: number, session: { close(): Promise<void> }): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      session.close().catch(() => {});
      reject(new DatabaseUnavailableError(`Neo4j did not answer within ${ms / 1000} s; retry shortly`));
    }, ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** Neo4j's verdict on a query the user wrote, kept as Neo4j phrased it. */
function mapUserQueryError(error: unknown): unknown {
  const mapped = mapInfrastructureError(error);
  if (mapped !== error) return mapped;
  const code = errorCode(error);
  const message = String((error as { message?: unknown })?.message ?? 'query failed');
  if (/TransactionTimedOut|Terminated/.test(code)) {
    return new QueryTimeoutError('cypher: the query ran past its time limit and was stopped');
  }
  if (code.startsWith('Neo.ClientError') || code.startsWith('Neo.DatabaseError.Statement')) {
    const match = POSITION.exec(message);
    const position = match ? { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) } : null;
    return new QueryError(message, code, position);
  }
  return error;
}

/** A session close that a hung server cannot hold up: it is awaited for a moment at most. */
async function closeQuietly(session: { close(): Promise<void> }): Promise<void> {
  await withPlainDeadline(session.close(), 1_000).catch(() => {});
}

async function withPlainDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return withDeadline(work, ms, { close: async () => {} });
}

export class Database {
  constructor(
    private readonly driver: Driver,
    readonly uri: string,
    private readonly database: string | undefined,
    private readonly onClose: () => Promise<void> = async () => {},
  ) {}

  private session(mode: 'READ' | 'WRITE', fetchSize?: number) {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      fetchSize,
    });
  }

  async readQuery(name: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('READ');
    try {
      const result = await withDeadline(
        session.executeRead((tx) => tx.run(cypher(name), params), { timeout: DEADLINES.readMs }),
        DEADLINES.readMs,
        session,
      );
      return rowsOf(result.records);
    } catch (error) {
      throw mapInfrastructureError(error);
    } finally {
      await closeQuietly(session);
    }
  }

  async writeQuery(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  /** One logical change = one transaction: all of `work` commits, or none of it. */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await withDeadline(
        session.executeWrite(
          (tx: ManagedTransaction) =>
            work({
              async run(name, params = {}) {
                const result = await tx.run(cypher(name), params);
                return rowsOf(result.records);
              },
            }),
          { timeout: DEADLINES.writeMs },
        ),
        DEADLINES.writeMs,
        session,
      );
    } catch (error) {
      throw mapInfrastructureError(error);
    } finally {
      await closeQuietly(session);
    }
  }

  /** Runs a query that batches itself (CALL {} IN TRANSACTIONS), which needs an auto-commit transaction. */
  async batchedWrite(name: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('WRITE');
    try {
      const result = await session.run(cypher(name), params);
      return rowsOf(result.records);
    } catch (error) {
      throw mapInfrastructureError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs each statement of a multi-statement file (schema DDL) in its own write transaction. */
  async runStatements(name: string): Promise<void> {
    for (const statement of cypherStatements(name)) {
      const session = this.session('WRITE');
      try {
        await session.executeWrite((tx) => tx.run(statement));
      } catch (error) {
        throw mapInfrastructureError(error);
      } finally {
        await session.close();
      }
    }
  }

  /**
   * Runs Cypher the user wrote, in a read transaction (Neo4j itself refuses writes), with a time
   * limit, keeping at most `rowLimit` rows and `maxBytes` bytes of them as JSON (streamed, record
   * by record) and saying when and why it cut.
   */
  async userReadQuery(
    query: string,
    params: Params,
    limits: { timeoutMs: number; rowLimit: number; maxBytes: number },
  ): Promise<UserQueryResult> {
    const session = this.session('READ', USER_FETCH_SIZE);
    try {
      const read = session.executeRead(
        async (tx) => {
          const result = tx.run(query, params);
          const rows: unknown[][] = [];
          let bytes = 0;
          let truncatedBy: UserQueryResult['truncatedBy'] = null;
          for await (const record of result) {
            if (rows.length === limits.rowLimit) {
              truncatedBy = 'rows';
              break;
            }
            const row = record.keys.map((key) => toPlain(record.get(key)));
            bytes += Buffer.byteLength(JSON.stringify(row));
            if (bytes > limits.maxBytes) {
              truncatedBy = 'bytes';
              break;
            }
            rows.push(row);
          }
          const columns = (await result.keys()).map(String);
          return { columns, rows, truncatedBy };
        },
        { timeout: limits.timeoutMs },
      );
      return await withDeadline(read, limits.timeoutMs + DEADLINES.userGraceMs, session);
    } catch (error) {
      throw mapUserQueryError(error);
    } finally {
      await closeQuietly(session);
    }
  }

  /** The operators of a user query's plan, from EXPLAIN (nothing runs), for the console guard. */
  async explainUserQuery(query: string, params: Params): Promise<PlanOperator[]> {
    const session = this.session('READ');
    try {
      const summary = await session.executeRead(async (tx) => tx.run(`EXPLAIN ${query}`, params).summary());
      const operators: PlanOperator[] = [];
      const walk = (plan: unknown) => {
        if (!plan || typeof plan !== 'object') return;
        const step = plan as { operatorType?: string; arguments?: Record<string, unknown>; children?: unknown[] };
        operators.push({
          operatorType: String(step.operatorType ?? ''),
          details: String(step.arguments?.Details ?? ''),
        });
        step.children?.forEach(walk);
      };
      walk(summary.plan);
      return operators;
    } catch (error) {
      throw mapUserQueryError(error);
    } finally {
      await session.close();
    }
  }

  async serverInfo(): Promise<ServerInfo> {
    try {
      const info = await withPlainDeadline(this.driver.getServerInfo({ database: this.database }), DEADLINES.readMs);
      const rows = await this.readQuery('server-components');
      const edition = (rows[0]?.edition as string | undefined) ?? null;
      const version = (rows[0]?.version as string | undefined) ?? info.agent ?? null;
      return { connected: true, version, edition };
    } catch {
      return { connected: false, version: null, edition: null };
    }
  }

  async close(): Promise<void> {
    try {
      await this.driver.close();
    } finally {
      await this.onClose();
    }
  }
}
