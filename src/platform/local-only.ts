// The local trial's door: a request is served only when it was made on this machine,
// to this machine. Binding to 127.0.0.1 keeps other machines out; this also keeps out
// what reaches 127.0.0.1 on someone else's behalf: a reverse proxy on the same host
// (it adds Forwarded / X-Forwarded-For) and a web page in the user's own browser
// whose domain was rebound to 127.0.0.1 (its Host header names that domain).
import type express from 'express';
import { isLoopbackAddress, isLoopbackHost } from './loopback.js';

const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via'] as const;

/** Why `request` is not a local one, or null when it is. */
export function whyNotLocal(request: express.Request): string | null {
  if (!isLoopbackAddress(request.socket.remoteAddress)) return 'the request does not come from this machine';
  const forwarded = FORWARDING_HEADERS.find((name) => request.headers[name] !== undefined);
  if (forwarded) return `the request was forwarded (${forwarded})`;
  const host = request.headers.host ?? '';
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  if (!isLoopbackHost(hostname)) return `the request is addressed to ${hostname || 'no host'}, not to this machine`;
  return null;
}

/** Middleware refusing every request that is not local with 403 and the reason. */
export function localOnly(what: string): express.RequestHandler {
  return (request, response, next) => {
    const reason = whyNotLocal(request);
    if (!reason) return next();
    response.status(403).json({ error: `${what} is a local trial without sign-in and answers only on this machine (${reason}). Configure sign-in to use it from elsewhere: see docs/security.md.` });
  };
}
