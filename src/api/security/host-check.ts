/**
 * Host check.
 *
 * Against DNS rebinding: a page on evil.example that points its name at 127.0.0.1 reaches
 * Parley with `Host: evil.example`, so only the names Parley is served under are answered
 * (loopback names, the configured HOST, PARLEY_ALLOWED_HOSTS), on any port. Writes must also
 * come from Parley's own pages: an `Origin` naming an allowed host (or none, as curl and the
 * CLI send) and a `Sec-Fetch-Site` of same-origin or none (a typed URL), so another site's
 * form or fetch cannot post.
 */
import type { RequestHandler } from 'express';
import { ForbiddenError } from '../../errors.ts';

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/** The host name of a Host header or an Origin's authority, lower case, without its port. */
function hostName(authority: string): string {
  const lower = authority.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  return lower.replace(/:\d*$/, '');
}

function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? hostName(url.host) : null;
  } catch {
    return null;
  }
}

/** A configured name: a bare IPv6 address (HOST=::1) is bracketed as it appears in a Host header. */
function configuredName(name: string): string {
  return (name.match(/:/g) ?? []).length >= 2 && !name.startsWith('[') ? `[${name}]` : name;
}

export function hostCheck(options: { host: string; allowedHosts: string[] }): RequestHandler {
  const allowed = new Set([...LOOPBACK, options.host, ...options.allowedHosts].map(configuredName).map(hostName));
  return (req, _res, next) => {
    const host = req.headers.host;
    if (!host || !allowed.has(hostName(host))) {
      throw new ForbiddenError(
        `security: host '${host ?? ''}' is not served here; add it to PARLEY_ALLOWED_HOSTS to serve it`,
      );
    }
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const origin = req.headers.origin;
    if (origin !== undefined) {
      const from = originHost(origin);
      if (from === null || !allowed.has(from)) {
        throw new ForbiddenError(`security: writes from origin '${origin}' are refused (not an allowed host)`);
      }
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new ForbiddenError(`security: writes from a ${String(site)} page are refused`);
    }
    next();
  };
}
