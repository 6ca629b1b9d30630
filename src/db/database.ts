/**
 * Database.
 *
 * The one helper that owns Neo4j sessions: every query runs through `readQuery`, `writeQuery` or
 * `writeTransaction` here, in a managed transaction whose session is closed in `finally`, with
 * results turned into plain JSON before they leave. Driver errors are mapped to Parley's typed
 * errors here too, so that "Neo4j is down" is a 503 everywhere.
 *
 * It also knows when Neo4j cannot answer: the supervisor of the local Neo4j says when it is
 * restarting (and where it came back), and `watchLiveness` notices a Neo4j that stopped
 * answering. While either holds, every call fails at once with a 503, and calls already waiting
 * are released with one, instead of each waiting for its own deadline.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { cypher, cypherStatements } from './cypher-files.ts';
import { toPlain } from './to-plain.ts';
import { DatabaseUnavailableError, QueryError, QueryTimeoutError } from '../errors.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface WriteTx {
  /** Runs the named query `cypher/<name>.cypher` inside the transaction. */
  run(name: string, params?: Params): Promise<Row[]>;
}

export interface ReadOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface WriteOptions {
  /** False for a write no graph answer depends on (a saved view): the graph revision stays, and so do cached answers. */
  changesGraph?: boolean;
}

export interface UserQueryResult {
  columns: string[];
  rows: unknown[][];
  /** Why the rows were cut (h2, issue 9: the console's byte cap), or null when they are all here. */
  truncatedBy: 'rows' | 'bytes' | null;
  /** The plan of an EXPLAIN or PROFILE (the driver's Plan/ProfiledPlan), or null; only when not cut. */
  plan: unknown;
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

/** Makes the driver for a Bolt address; `probe` is the one-connection driver of the liveness check. */
export type DriverFactory = (uri: string, role: 'queries' | 'probe') => Driver;

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

/**
 * A named query's failure: a memory stop (one query's cap, or all queries' together while others
 * run) is Neo4j protecting itself, a 503 that names the query, not an unexplained 500.
 */
function mapNamedQueryError(error: unknown, name: string): unknown {
  const mapped = mapInfrastructureError(error);
  if (mapped !== error) return mapped;
  if (/TransactionTimedOut/.test(errorCode(error))) {
    return new QueryTimeoutError(`neo4j: the ${name} query ran past its time limit and was stopped`);
  }
  if (!errorCode(error).endsWith('MemoryPoolOutOfMemoryError')) return mapped;
  const limit = /the limit ([\d.]+ \w+)/.exec(String((error as Error).message))?.[1] ?? 'its share';
  return new DatabaseUnavailableError(
    `neo4j: the ${name} query needed more memory than Neo4j lets a query hold (${limit}) and was stopped; ask for less (a lower limit) or retry`,
  );
}

/**
 * Starts a named read with the driver's per-result stack capture made cheap: the driver formats
 * a stack (`new Error().stack`) for every result, to put on the result's error should it fail,
 * and under tsx each frame is looked up in the source maps (6% of the API's CPU per answer,
 * bench/HISTORY.md). A failed read keeps Neo4j's code and message (and a timeout or memory stop
 * its query's name); it loses only the frames of readQuery's callers.
 */
function withoutStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** What a reader needs of the database: its named reads (Database itself is one). */
export type Reads = Pick<Database, 'readQuery'>;

/** Client-side deadlines: a stopped (not dead) Neo4j never answers, so nothing else would end the wait. */
export const DEADLINES = { readMs: 10_000, writeMs: 60_000, userGraceMs: 2_000 };

/** The liveness check's pace and patience; see `Database.watchLiveness`. */
export const LIVENESS = { intervalMs: 1_000, silentMs: 4_000, failures: 2, abandonMs: 30_000 };

const NOT_ANSWERING = 'neo4j: Neo4j is not answering (stopped or overloaded); retry shortly';

/** Called with the 503 that ends a wait early; see `withDeadline`. */
type Release = (error: Error) => void;

/**
 * Settles with `work`, or rejects with a 503 once `ms` pass or someone calls its entry in
 * `waiting`; `onExpire` then closes the session without waiting, since a hung server would hold
 * that close too.
 */
async function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onExpire: () => void = () => {},
  waiting?: Set<Release>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let release: Release = () => {};
  const stopped = new Promise<never>((_resolve, reject) => {
    release = (error) => {
      onExpire();
      reject(error);
    };
    timer = setTimeout(
      () => release(new DatabaseUnavailableError(`Neo4j did not answer within ${ms / 1000} s; retry shortly`)),
      ms,
    );
  });
  waiting?.add(release);
  try {
    return await Promise.race([work, stopped]);
  } finally {
    clearTimeout(timer);
    waiting?.delete(release);
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
  if (code.endsWith('MemoryPoolOutOfMemoryError')) {
    const limit = /the limit ([\d.]+ \w+)/.exec(message)?.[1] ?? 'its share';
    return new QueryError(
      `cypher: the query needed more memory than a query may hold (${limit}) and was stopped; return less, or aggregate in the query`,
      code,
    );
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
  await withDeadline(session.close(), 1_000).catch(() => {});
}

export class Database {
  private driver: Driver;
  private probeDriver: Driver | undefined;
  private currentUri: string;
  /** Set by the supervisor while the local Neo4j restarts. */
  private restarting: string | null = null;
  /** Set by the liveness check while Neo4j does not answer. */
  private unresponsive: string | null = null;
  /** Calls waiting on Neo4j right now, released at once when it is found down. */
  private readonly waiting = new Set<Release>();
  private liveness: NodeJS.Timeout | undefined;
  /** When Neo4j last answered anything; a busy Neo4j that answers others is not hung. */
  private lastAnswerAt = 0;
  private closed = false;

  constructor(
    uri: string,
    private readonly makeDriver: DriverFactory,
    private readonly database: string | undefined,
    private readonly onClose: () => Promise<void> = async () => {},
    private readonly deadlines: typeof DEADLINES = DEADLINES,
  ) {
    this.currentUri = uri;
    this.driver = makeDriver(uri, 'queries');
  }

  /** The Bolt address in use (it changes when the local Neo4j restarts on a new port). */
  get uri(): string {
    return this.currentUri;
  }

  /** Why Neo4j cannot be used right now, or null while it answers. */
  get outage(): string | null {
    return this.restarting ?? this.unresponsive;
  }

  /** The supervisor's word that the local Neo4j is gone and being restarted: calls fail fast until `reconnect`. */
  markRestarting(message: string): void {
    this.restarting = message;
    this.interruptWaiting(message);
  }

  /** Points the database at the restarted Neo4j; the old drivers are dropped without waiting on them. */
  reconnect(uri: string): void {
    const old = [this.driver, this.probeDriver];
    this.currentUri = uri;
    this.driver = this.makeDriver(uri, 'queries');
    this.probeDriver = undefined;
    this.restarting = null;
    this.unresponsive = null;
    // The supervisor saw it ready just now; a check begun before the swap must not call it silent.
    this.lastAnswerAt = Date.now();
    for (const driver of old) driver?.close().catch(() => {});
  }

  /**
   * Asks Neo4j every `intervalMs`, one question at a time, on a one-connection driver of its own
   * (so a full pool cannot delay it). Neo4j counts as not answering when a question has waited
   * `silentMs` with no other query answered meanwhile (stopped: alive but silent), or when
   * `failures` questions in a row failed (refused, reset); any answer, even a late one, brings it
   * back. A question unanswered after `abandonMs` is given up with its connection.
   */
  watchLiveness(options: typeof LIVENESS = LIVENESS): void {
    let failures = 0;
    const check = async () => {
      if (this.closed) return;
      if (!this.restarting) {
        const asked = Date.now();
        const silence = setTimeout(() => {
          if (this.lastAnswerAt < asked) this.markUnresponsive();
        }, options.silentMs).unref();
        const answered = await this.probe(options.abandonMs);
        clearTimeout(silence);
        if (answered) {
          failures = 0;
          this.lastAnswerAt = Date.now();
          this.unresponsive = null;
        } else if (++failures >= options.failures) this.markUnresponsive();
      }
      if (!this.closed) this.liveness = setTimeout(check, options.intervalMs).unref();
    };
    void check();
  }

  private async probe(abandonMs: number): Promise<boolean> {
    const driver = (this.probeDriver ??= this.makeDriver(this.currentUri, 'probe'));
    const session = driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const abandon = () => {
      if (this.probeDriver === driver) this.probeDriver = undefined;
      driver.close().catch(() => {});
    };
    try {
      await withDeadline(
        session.executeRead((tx) => tx.run(cypher('server-components'))),
        abandonMs,
        abandon,
      );
      return true;
    } catch {
      return false;
    } finally {
      void closeQuietly(session);
    }
  }

  private markUnresponsive(): void {
    if (this.restarting || this.unresponsive || this.closed) return;
    this.unresponsive = NOT_ANSWERING;
    this.interruptWaiting(NOT_ANSWERING);
  }

  private interruptWaiting(message: string): void {
    for (const release of [...this.waiting]) release(new DatabaseUnavailableError(message));
  }

  /** Fails at once while Neo4j is known to be down, rather than letting the call wait for a deadline. */
  private session(mode: 'READ' | 'WRITE', fetchSize?: number) {
    const outage = this.outage;
    if (outage) throw new DatabaseUnavailableError(outage);
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      fetchSize,
    });
  }

  /** `work` on `session`, bounded by `ms` and released early when Neo4j is found down. */
  private async bounded<T>(session: { close(): Promise<void> }, work: Promise<T>, ms: number): Promise<T> {
    const answer = await withDeadline(work, ms, () => void session.close().catch(() => {}), this.waiting);
    this.lastAnswerAt = Date.now();
    return answer;
  }

  /**
   * `timeoutMs` (at most the read deadline): a budget for a search worth cutting short
   * (QueryTimeoutError); `signal`: stops the query when the caller no longer needs its answer.
   */
  async readQuery(name: string, params: Params = {}, options: ReadOptions = {}): Promise<Row[]> {
    return this.reading(name, options, true, async (session, timeout) => {
      // An auto-commit transaction: one round trip (RUN and PULL sent together) where a managed
      // one takes two (BEGIN, then RUN and PULL, then COMMIT), each a wake-up of Neo4j and of us.
      // What it gives up is the driver's retry of a transient failure within 1 s
      // (maxTransactionRetryTime); a failed read is answered at once instead.
      const result = await withoutStack(() => session.run(cypher(name), params, { timeout }));
      return rowsOf(result.records);
    });
  }

  /**
   * Runs `work` with reads whose first goes out behind the named read `lead`: both in one read
   * transaction, sent together (one round trip, where two auto-commit reads take two), run by
   * Neo4j in that order; `work`'s later reads wait for `lead`'s answer.
   * So `lead` is read before anything `work` reads (the answer cache's revision check). Gives
   * `lead`'s rows (read on its own, after, when `work` read nothing) and `work`'s answer.
   * `carriers`: named queries that read `lead` themselves, first, into the column named here
   * (entity-details: graphRevision); as `work`'s first read, one goes out alone, an auto-commit
   * read with no BEGIN before it and no RESET after (two Bolt messages each way fewer).
   */
  async readBehind<T>(
    lead: string,
    work: (reads: Reads) => Promise<T>,
    carriers: Record<string, string> = {},
  ): Promise<{ lead: Row[]; answer: T }> {
    let both: Promise<[Row[], Row[]]> | undefined;
    const reads: Reads = {
      readQuery: async (name, params = {}, options = {}) => {
        if (both) {
          await both;
          return this.readQuery(name, params, options);
        }
        const column = carriers[name];
        both = column
          ? this.readQuery(name, params, options).then((rows) => [rows.map((row) => row[column] as Row), rows])
          : this.readPair(lead, name, params, options);
        return (await both)[1];
      },
    };
    const answer = await work(reads);
    return { lead: both ? (await both)[0] : await this.readQuery(lead), answer };
  }

  private async readPair(lead: string, name: string, params: Params, options: ReadOptions): Promise<[Row[], Row[]]> {
    // The transaction is not waited on to end: a read has nothing to commit, and its rollback
    // would be a round trip of its own.
    return this.reading(name, options, false, async (session, timeout) => {
      const tx = session.beginTransaction({ timeout });
      const [leading, answer] = await Promise.all(
        withoutStack(() => [tx.run(cypher(lead)), tx.run(cypher(name), params)]),
      );
      return [rowsOf(leading.records), rowsOf(answer.records)];
    });
  }

  /**
   * `work` on a read session bounded by the read deadline, its failure mapped as `name`'s; the
   * session's close is waited for when `awaitClose`.
   */
  private async reading<T>(
    name: string,
    options: ReadOptions,
    awaitClose: boolean,
    work: (session: Session, timeoutMs: number) => Promise<T>,
  ): Promise<T> {
    const session = this.session('READ');
    const timeout = Math.min(options.timeoutMs ?? this.deadlines.readMs, this.deadlines.readMs);
    // Closing the session resets its connection, which ends the query in Neo4j.
    options.signal?.addEventListener('abort', () => void closeQuietly(session), { once: true });
    try {
      return await this.bounded(session, work(session, timeout), this.deadlines.readMs);
    } catch (error) {
      throw mapNamedQueryError(error, name);
    } finally {
      const closing = closeQuietly(session);
      if (awaitClose) await closing;
    }
  }

  async writeQuery(name: string, params: Params = {}, options: WriteOptions = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params), options);
  }

  /**
   * One logical change = one transaction: all of `work` commits, or none of it. It ends by
   * raising the graph revision, so cached answers (the overview) know they are out of date,
   * unless the write is outside the graph (a saved view).
   */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await this.bounded(
        session,
        session.executeWrite(
          async (tx: ManagedTransaction) => {
            const done = await work({
              async run(name, params = {}) {
                const result = await tx.run(cypher(name), params);
                return rowsOf(result.records);
              },
            });
            if (options.changesGraph !== false) await tx.run(cypher('bump-graph-revision'));
            return done;
          },
          { timeout: this.deadlines.writeMs },
        ),
        this.deadlines.writeMs,
      );
    } catch (error) {
      throw mapInfrastructureError(error);
    } finally {
      await closeQuietly(session);
    }
  }

  /**
   * Runs a query that batches itself (CALL {} IN TRANSACTIONS), which needs an auto-commit
   * transaction; the graph revision is raised after it.
   */
  async batchedWrite(name: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('WRITE');
    try {
      const result = await session.run(cypher(name), params);
      await session.run(cypher('bump-graph-revision'));
      return rowsOf(result.records);
    } catch (error) {
      // A batch that failed part way has still committed the batches before it.
      await session.run(cypher('bump-graph-revision')).catch(() => {});
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
          const summary = truncatedBy === null ? await result.summary() : null;
          return { columns, rows, truncatedBy, plan: (summary && (summary.profile || summary.plan)) || null };
        },
        { timeout: limits.timeoutMs },
      );
      return await this.bounded(session, read, limits.timeoutMs + this.deadlines.userGraceMs);
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
      const summary = await this.bounded(
        session,
        session.executeRead(async (tx) => tx.run(`EXPLAIN ${query}`, params).summary()),
        this.deadlines.readMs,
      );
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
      await closeQuietly(session);
    }
  }

  async serverInfo(): Promise<ServerInfo> {
    try {
      // Bounded by the read deadline, and released as soon as a hang is noticed (watchLiveness).
      const rows = await this.readQuery('server-components');
      const edition = (rows[0]?.edition as string | undefined) ?? null;
      const version = (rows[0]?.version as string | undefined) ?? null;
      return { connected: true, version, edition };
    } catch {
      return { connected: false, version: null, edition: null };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.liveness);
    try {
      await Promise.all([this.driver.close(), this.probeDriver?.close()]);
    } finally {
      await this.onClose();
    }
  }
}
