/**
 * Errors.
 *
 * The typed errors that every layer throws. The API's error middleware and the CLI map each class
 * to a status and a one-line message; nothing else decides how an error is shown.
 */

export abstract class ParleyError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
}

export class ValidationError extends ParleyError {
  readonly status = 400;
  readonly code = 'invalid_input';
}

export class NotFoundError extends ParleyError {
  readonly status = 404;
  readonly code = 'not_found';
  constructor(
    message: string,
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

/** Neo4j rejected a query the user wrote (syntax, unknown function, a write in a read transaction). */
export class QueryError extends ParleyError {
  readonly status = 400;
  readonly code: string;
  constructor(
    message: string,
    readonly neo4jCode: string,
    readonly position: { line: number; column: number; offset: number } | null = null,
  ) {
    super(message);
    this.code = neo4jCode.endsWith('AccessMode') || neo4jCode.endsWith('Forbidden') ? 'write_refused' : 'query_error';
  }
}

/** Refused on purpose: a host or origin Parley does not serve, a console statement that reaches outside the graph. */
export class ForbiddenError extends ParleyError {
  readonly status = 403;
  readonly code = 'forbidden';
}

export class QueryTimeoutError extends ParleyError {
  readonly status = 408;
  readonly code = 'query_timeout';
}

export class PayloadTooLargeError extends ParleyError {
  readonly status = 413;
  readonly code = 'payload_too_large';
}

export class DatabaseUnavailableError extends ParleyError {
  readonly status = 503;
  readonly code = 'database_unavailable';
}

/** A client asked for more than its share (the console budget); it may retry after a while. */
export class TooManyRequestsError extends ParleyError {
  readonly status = 429;
  readonly code = 'too_many_requests';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** The local Neo4j cannot be built or started on this machine (no Java, no Maven, a locked store). */
export class LocalNeo4jError extends Error {}

/** The local parser (corenlp-local) cannot be built or run (no Java, no Maven, the JVM died). */
export class ParserError extends Error {}
