/**
 * Security headers.
 *
 * Sent on every answer, API and client alike: a Content-Security-Policy that allows only
 * Parley's own scripts (no inline script, no eval), refuses framing (with X-Frame-Options for
 * older browsers), no MIME sniffing and no Referer leaving the page. Styles may be inline because
 * CodeMirror and sigma set them from script; the layout worker is a blob: URL
 * (graphology-layout-forceatlas2) and PNG export draws data: images.
 */
import type { RequestHandler } from 'express';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
};
