// Sign-in with OpenID Connect (Microsoft Entra ID, or any provider): the
// authorization code flow with PKCE, state and nonce through openid-client. The
// provider's metadata is discovered on first use (a start does not fail because the
// provider is briefly unreachable), and the ID token's claims are kept in a fresh
// session: its issuer and subject, Entra's object id (`oid`), email and name.
import express from 'express';
import * as client from 'openid-client';
import type { Logger } from 'pino';
import { isLoopbackHost } from '../../platform/loopback.js';
import type { SignedIn } from './web-session.js';

/** The provider and the client registered with it. */
export interface OidcSignInConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The address people open; the provider returns them to <publicUrl>/auth/callback. */
  readonly publicUrl: string;
}

/** Where the provider sends people back (register <publicUrl>/auth/callback with it). */
export const CALLBACK_PATH = '/auth/callback';

const claimText = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** Who the ID token says signed in. Email from `email` unless the provider says it is unverified, else an email-shaped `preferred_username` (Entra's UPN). */
export function signedInFrom(claims: client.IDToken): SignedIn {
  const emailClaim = claims.email_verified === false ? undefined : claimText(claims.email);
  const username = claimText(claims.preferred_username);
  const email = emailClaim ?? (username?.includes('@') ? username : undefined);
  const oid = claimText(claims.oid);
  const name = claimText(claims.name);
  return { kind: 'oidc', issuer: claims.iss, subject: claims.sub, ...(oid ? { oid } : {}), ...(email ? { email: email.toLowerCase() } : {}), ...(name ? { name } : {}), signedInAt: new Date().toISOString() };
}

// A short page for what went wrong at sign-in: the reason, and the way back.
function failurePage(message: string): string {
  const escaped = message.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Utfall – inloggningen misslyckades</title></head><body><h1>Inloggningen misslyckades</h1><p>${escaped}</p><p><a href="/">Tillbaka till Utfall</a></p></body></html>`;
}

/** GET /auth/login and GET /auth/callback. */
export function createOidcSignIn(config: OidcSignInConfig, logger: Logger): express.Router {
  const issuer = new URL(config.issuer);
  const redirectUri = `${config.publicUrl}${CALLBACK_PATH}`;
  // http is accepted only for a provider on this machine (the tests' provider); the configuration refuses it elsewhere.
  const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client.discovery(issuer, config.clientId, config.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined).catch((error: unknown) => {
      discovered = null;
      throw error;
    });
    return discovered;
  };

  const router = express.Router();
  router.get('/auth/login', async (request, response) => {
    try {
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: redirectUri,
        scope: 'openid profile email',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      request.session.signIn = { state, nonce, verifier };
      request.session.save((error) => (error ? response.status(503).type('html').send(failurePage('Sessionen kunde inte sparas. Försök igen om en stund.')) : response.redirect(303, url.href)));
    } catch (error) {
      logger.error({ err: error }, 'web sign-in could not start');
      response.status(503).type('html').send(failurePage('Inloggningstjänsten svarar inte just nu. Försök igen om en stund.'));
    }
  });

  router.get(CALLBACK_PATH, async (request, response) => {
    const pending = request.session.signIn;
    if (!pending) return void response.status(400).type('html').send(failurePage('Inloggningen hade gått ut eller startades inte härifrån. Börja om.'));
    try {
      const tokens = await client.authorizationCodeGrant(await configuration(), new URL(request.originalUrl, config.publicUrl), { pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
      const user = signedInFrom(tokens.claims()!);
      // A new session id at sign-in: an id planted before it (session fixation) is worth nothing after.
      request.session.regenerate((error) => {
        if (error) return void response.status(503).type('html').send(failurePage('Sessionen kunde inte sparas. Försök igen om en stund.'));
        request.session.user = user;
        request.session.save((saveError) => (saveError ? response.status(503).type('html').send(failurePage('Sessionen kunde inte sparas. Försök igen om en stund.')) : response.redirect(303, '/')));
      });
      logger.info({ issuer: user.kind === 'oidc' ? user.issuer : undefined, subject: user.kind === 'oidc' ? user.subject : undefined }, 'web sign-in');
    } catch (error) {
      delete request.session.signIn;
      // The provider's own refusal (the person cancelled, or is not assigned to the app) is theirs to read; the rest is logged.
      const refused = error instanceof client.AuthorizationResponseError ? error.error_description ?? error.error : null;
      logger.warn({ err: error }, 'web sign-in refused');
      response.status(400).type('html').send(failurePage(refused ? `Inloggningstjänsten svarade: ${refused}` : 'Svaret från inloggningstjänsten kunde inte godtas. Börja om.'));
    }
  });
  return router;
}
