// The web chat as mounted by the server: the page, its session, sign-in and API.
// Two modes, chosen by the configuration:
// - local: the trial on one's own machine. Every route answers only requests made
//   on this machine (server/local-only.ts); one picks a sample person, no password.
// - oidc: people sign in with OpenID Connect (Entra ID) and act as the registered
//   person their token names.
// Either way each state-changing request must carry the session's CSRF token and,
// when the browser says where it comes from, come from the page's own origin.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { projectPath } from '../../platform/project-root.js';
import express from 'express';
import type session from 'express-session';
import type { Logger } from 'pino';
import { localOnly } from '../../platform/local-only.js';
import { createOidcSignIn } from './oidc-sign-in.js';
import { createWebChatRouter, type WebChatDependencies } from './web-chat-router.js';
import { createWebSession } from './web-session.js';
import { createSignInRoutes } from './web-sign-in-routes.js';

const PUBLIC = projectPath('src', 'adapters', 'web', 'public');

/** The web chat as configured to run. */
export type EnabledWebChatConfig =
  | { readonly mode: 'local' }
  | { readonly mode: 'oidc'; readonly issuer: string; readonly clientId: string; readonly clientSecret: string; readonly publicUrl: string; readonly sessionSecret: string; readonly sessionHours: number };

/** What the web chat is made of: the API's dependencies, a logger and where sessions live. */
export interface WebChatParts extends WebChatDependencies {
  readonly logger: Logger;
  readonly sessionStore: session.Store;
  /** Signs the session cookie in the local trial (by default a new one each start); with sign-in it is WEB_SESSION_SECRET. */
  readonly localSessionSecret?: string;
}

// The page loads only its own script and style, and may not be framed.
const securityHeaders: express.RequestHandler = (_request, response, next) => {
  response.set({
    'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  });
  next();
};

const noStore: express.RequestHandler = (_request, response, next) => {
  response.set('Cache-Control', 'no-store');
  next();
};

/** Refuses a state-changing request that the browser says comes from another site. */
function sameOrigin(expected: (request: express.Request) => string): express.RequestHandler {
  return (request, response, next) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return next();
    const origin = request.get('origin');
    const site = request.get('sec-fetch-site');
    if ((origin !== undefined && origin !== expected(request)) || site === 'cross-site') {
      response.status(403).json({ error: 'Begäran kommer från en annan webbplats och godtas inte.' });
      return;
    }
    next();
  };
}

/** The web chat's router: `/`, `/web/*`, `/api/web/*` and `/auth/*`. */
export function createWebChat(config: EnabledWebChatConfig, parts: WebChatParts): express.Router {
  const router = express.Router();
  const secure = config.mode === 'oidc' && config.publicUrl.startsWith('https:');
  const session = createWebSession({
    secret: config.mode === 'oidc' ? config.sessionSecret : (parts.localSessionSecret ?? randomBytes(32).toString('hex')),
    secure,
    hours: config.mode === 'oidc' ? config.sessionHours : 12,
    store: parts.sessionStore,
  });
  const paths = ['/', '/web', '/api/web', '/auth'];
  if (config.mode === 'local') router.use(paths, localOnly('The web chat'));
  router.use(paths, securityHeaders);
  router.get('/', (_request, response) => response.sendFile(path.join(PUBLIC, 'index.html')));
  router.use('/web', express.static(PUBLIC, { index: false, maxAge: '5m' }));

  const origin = config.mode === 'oidc' ? () => new URL(config.publicUrl).origin : (request: express.Request) => `${request.protocol}://${request.get('host')}`;
  router.use(['/api/web', '/auth'], noStore, session.middleware, sameOrigin(origin));
  router.use('/api/web', session.requireCsrfToken);
  router.use(createSignInRoutes({ mode: config.mode, session, people: parts.people, figures: parts.figures }));
  if (config.mode === 'oidc') router.use(createOidcSignIn(config, parts.logger));
  router.use(createWebChatRouter(parts, config.mode === 'oidc' ? 'Logga in först.' : 'Välj en exempelperson först.'));
  return router;
}
