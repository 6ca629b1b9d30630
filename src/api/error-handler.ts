/**
 * Error handler.
 *
 * The one place errors become HTTP answers: Parley's typed errors keep their status and code,
 * body-parser failures become 400/413/415, anything else is a 500 with no stack trace or driver
 * detail sent to the client.
 */
import type { ErrorRequestHandler } from 'express';
import { NotFoundError, ParleyError, QueryError, TooManyRequestsError } from '../errors.ts';

export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  void _next;
  if (error instanceof ParleyError) {
    const body: Record<string, unknown> = { code: error.code, message: error.message };
    if (error instanceof NotFoundError && error.suggestions.length > 0) body.suggestions = error.suggestions;
    if (error instanceof QueryError) {
      body.neo4jCode = error.neo4jCode;
      if (error.position) body.position = error.position;
    }
    if (error instanceof TooManyRequestsError) res.set('Retry-After', String(error.retryAfterSeconds));
    res.status(error.status).json({ error: body });
    return;
  }
  const status = (error as { status?: number; type?: string }).status;
  if (status === 413) {
    res.status(413).json({ error: { code: 'payload_too_large', message: 'request body is too large' } });
    return;
  }
  if (status === 400 && (error as { type?: string }).type === 'entity.parse.failed') {
    res.status(400).json({ error: { code: 'invalid_json', message: 'request body is not valid JSON' } });
    return;
  }
  if (status === 415) {
    const message = 'request body must be JSON in UTF-8, not compressed or in another charset';
    res.status(415).json({ error: { code: 'unsupported_media_type', message } });
    return;
  }
  if (status === 400 && typeof (error as { type?: unknown }).type === 'string') {
    res.status(400).json({ error: { code: 'bad_request', message: 'request body could not be read' } });
    return;
  }
  console.error('parley: unexpected error:', error);
  res.status(500).json({ error: { code: 'internal_error', message: 'internal error; see the server log' } });
};
