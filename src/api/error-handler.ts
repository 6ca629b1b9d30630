/**
 * Error handler.
 *
 * The one place errors become HTTP answers: Parley's typed errors keep their status and code,
 * body-parser failures become 400/413/415, a URL that is not valid percent-encoding a 400, any
 * other client error express reports keeps its 4xx, and anything else is a 500 with no stack
 * trace or driver detail sent to the client.
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
  const { status, limit } = error as { status?: number; limit?: number };
  if (status === 413) {
    const message = `api: the request body is over the ${limit ? `${limit / 2 ** 20} MB ` : ''}limit`;
    res.status(413).json({ error: { code: 'payload_too_large', message } });
    return;
  }
  if (status === 400 && (error as { type?: string }).type === 'entity.parse.failed') {
    res.status(400).json({ error: { code: 'invalid_json', message: 'api: the request body is not valid JSON' } });
    return;
  }
  if (error instanceof URIError) {
    const message = 'api: the URL is not valid percent-encoding (UTF-8, e.g. %C3%A9)';
    res.status(400).json({ error: { code: 'bad_request', message } });
    return;
  }
  if (status === 415) {
    const message = 'request body must be JSON in UTF-8, not compressed or in another charset';
    res.status(415).json({ error: { code: 'unsupported_media_type', message } });
    return;
  }
  if (status === 400 && typeof (error as { type?: unknown }).type === 'string') {
    res.status(400).json({ error: { code: 'bad_request', message: 'api: the request body could not be read' } });
    return;
  }
  if (status !== undefined && status >= 400 && status < 500) {
    res.status(status).json({ error: { code: 'bad_request', message: 'api: the request could not be read' } });
    return;
  }
  console.error('parley: unexpected error:', error);
  res.status(500).json({ error: { code: 'internal_error', message: 'internal error; see the server log' } });
};
