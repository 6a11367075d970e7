// A real OpenID Connect provider on 127.0.0.1 (the oidc-provider package, the one
// certified implementation on npm) standing in for Microsoft Entra ID: one
// confidential client with PKCE required, ID tokens that carry Entra's claims (oid,
// email, name, preferred_username), and its development login form, where the login
// name picks one of `accounts` (any password).
import http from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { freePort } from './server-process.js';

/** The claims of an account, as Entra would put them in its ID token. */
export interface TestAccount {
  readonly oid?: string;
  readonly email?: string;
  readonly name?: string;
  readonly preferred_username?: string;
}

export interface TestOidcProvider {
  /** The issuer (http://127.0.0.1:<port>), as WEB_OIDC_ISSUER. */
  readonly issuer: string;
  close(): Promise<void>;
}

/** Starts the provider for one client whose only redirect URI is `redirectUri`. */
export async function startOidcProvider(options: { clientId: string; clientSecret: string; redirectUri: string; accounts: Readonly<Record<string, TestAccount>> }): Promise<TestOidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = new Provider(issuer, {
    clients: [{ client_id: options.clientId, client_secret: options.clientSecret, redirect_uris: [options.redirectUri], grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_post' }],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['a test cookie key, never used outside the tests'] },
    // Entra's claims, in the ID token itself (as Entra puts them) rather than only at the userinfo endpoint.
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'oid', 'preferred_username'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: true } },
    async findAccount(_context, sub) {
      const account = options.accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account, ...(account.email ? { email_verified: true } : {}) }) };
    },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
