// The web chat's session: a cookie carrying only a signed, random session id
// (HttpOnly, SameSite=Lax, Secure over https, __Host- prefixed there), the session
// itself in the database, and a synchroniser CSRF token in it that every
// state-changing request must send back in the X-CSRF-Token header.
import type express from 'express';
import session from 'express-session';
import { csrfSync } from 'csrf-sync';

/** Who signed in, as the session keeps it. */
export type SignedIn =
  | { readonly kind: 'oidc'; readonly issuer: string; readonly subject: string; readonly oid?: string; readonly email?: string; readonly name?: string; readonly signedInAt: string }
  | { readonly kind: 'sample'; readonly email: string; readonly signedInAt: string };

declare module 'express-session' {
  interface SessionData {
    /** The sign-in under way: what the callback must see again (OpenID Connect). */
    signIn?: { readonly state: string; readonly nonce: string; readonly verifier: string };
    user?: SignedIn;
  }
}

/** How the session is signed, kept and how long it lasts. */
export interface WebSessionOptions {
  readonly secret: string;
  /** The public address is https: the cookie is Secure and __Host- prefixed, and the proxy's X-Forwarded-Proto is trusted for it. */
  readonly secure: boolean;
  readonly hours: number;
  readonly store: session.Store;
}

/** The web session's middleware and its CSRF check. */
export interface WebSession {
  readonly middleware: express.RequestHandler;
  /** Refuses a state-changing request without the session's CSRF token (403). */
  readonly requireCsrfToken: express.RequestHandler;
  /** The session's CSRF token, made when it has none. */
  csrfToken(request: express.Request): string;
  /** Removes the session cookie from the browser (after the session was destroyed). */
  clearCookie(response: express.Response): void;
}

/** The session middleware and CSRF protection for the web chat. */
export function createWebSession(options: WebSessionOptions): WebSession {
  // __Host- makes browsers refuse the cookie unless Secure, host-only and Path=/.
  const name = options.secure ? '__Host-utfall.sid' : 'utfall.sid';
  const cookie = { httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/' } as const;
  const middleware = session({
    name,
    secret: options.secret,
    store: options.store,
    resave: false,
    saveUninitialized: false,
    proxy: options.secure ? true : undefined,
    // Lax, not Strict: the identity provider sends people back with a top-level GET, which must carry the cookie.
    cookie: { ...cookie, maxAge: options.hours * 3_600_000 },
  });
  const { csrfSynchronisedProtection, generateToken } = csrfSync({ getTokenFromRequest: (request) => request.get('x-csrf-token') });
  const requireCsrfToken: express.RequestHandler = (request, response, next) => {
    csrfSynchronisedProtection(request, response, (error?: unknown) => {
      if (error) {
        response.status(403).json({ error: 'Begäran saknar giltig CSRF-token: ladda om sidan och försök igen.' });
        return;
      }
      next();
    });
  };
  return { middleware, requireCsrfToken, csrfToken: (request) => generateToken(request), clearCookie: (response) => void response.clearCookie(name, cookie) };
}
