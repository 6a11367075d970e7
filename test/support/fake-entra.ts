// A local stand-in for what Microsoft Entra ID publishes for a tenant: its OpenID
// metadata and signing keys (JWKS) on 127.0.0.1, and tokens signed with its key as
// the Bot Framework would send them to Utfall. The Agents SDK finds the keys at
// <authority>/<tenant>/discovery/v2.0/keys (jwt-middleware.js, buildJwksUri), so a
// Teams configuration whose authority is this server verifies tokens against them.
//
// What it cannot stand in for: the SDK's outbound token (MSAL refuses an authority
// that is neither https nor a known Microsoft host, and there is no network here),
// so `fixedTokenConnections` gives the adapter a fixed token for its replies; and
// the Bot Framework's own issuer (https://api.botframework.com), whose keys the SDK
// always fetches from login.botframework.com.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';
import type { AuthProvider, Connections } from '@microsoft/agents-hosting';

export interface FakeEntra {
  /** The authority (http://127.0.0.1:<port>), as MICROSOFT_APP_AUTHORITY. */
  readonly authority: string;
  readonly tenantId: string;
  /** The issuer of the tenant's tokens: <authority>/<tenant>/v2.0. */
  readonly issuer: string;
  /** Paths requested, to see that the keys were fetched. */
  readonly requests: string[];
  /** A token signed with the tenant's key (or `signWith`, a key it never published). */
  token(claims: JWTPayload, options?: { signWith?: CryptoKey; expiresAt?: number; kid?: string }): Promise<string>;
  /** A key pair the tenant never published, for forged tokens. */
  foreignKey(): Promise<CryptoKey>;
  close(): Promise<void>;
}

export async function startFakeEntra(tenantId = '3f9a0d52-6c4e-4f7a-9b1e-5d2c8a7e6f10'): Promise<FakeEntra> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const kid = 'utfall-test-key';
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  const requests: string[] = [];
  let issuer = '';
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = request.url === `/${tenantId}/discovery/v2.0/keys` ? jwks : request.url === `/${tenantId}/v2.0/.well-known/openid-configuration` ? { issuer, jwks_uri: `${issuer.replace(/\/v2\.0$/, '')}/discovery/v2.0/keys`, id_token_signing_alg_values_supported: ['RS256'] } : null;
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body ?? { error: 'not_found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const authority = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuer = `${authority}/${tenantId}/v2.0`;
  return {
    authority,
    tenantId,
    issuer,
    requests,
    async token(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ iss: issuer, iat: now, nbf: now - 60, exp: options.expiresAt ?? now + 3600, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? kid, typ: 'JWT' })
        .sign(options.signWith ?? privateKey);
    },
    async foreignKey() {
      return (await generateKeyPair('RS256')).privateKey;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Connections whose every provider hands out `token`: the adapter's replies carry it instead of a token from Entra. */
export function fixedTokenConnections(token: string): Connections {
  const refuse = async (): Promise<never> => {
    throw new Error('not available in the tests');
  };
  const provider = { getAccessToken: async () => token, getAgenticApplicationToken: refuse, getAgenticInstanceToken: refuse, getAgenticUserToken: refuse, acquireTokenOnBehalfOf: refuse } as AuthProvider;
  return { getConnection: () => provider, getDefaultConnection: () => provider, getTokenProvider: () => provider, getTokenProviderFromActivity: () => provider, getDefaultConnectionConfiguration: () => ({}) };
}
