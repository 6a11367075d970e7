// The Agents SDK adapter both Teams paths use (answers and digests), built from the
// configuration so that tokens are verified and replies go only where they may:
// - with app credentials, an Activity needs a Bot Framework token for our app id
//   (signature from the issuer's published keys, audience, expiry, issuer and tenant
//   checked by the SDK's verifyToken), and its serviceUrl must match the token's
//   `serviceurl` claim and the allow-list of Bot Framework hosts;
// - in the local trial it is anonymous (the SDK allows that only outside
//   production) and replies go to this machine only (the Agents Playground).
import { CloudAdapter, getAuthConfigWithDefaults, type AuthConfiguration, type OutboundUrlPolicy } from '@microsoft/agents-hosting';
import { hostMatches } from '../../platform/host-patterns.js';
import { isLoopbackHost } from '../../platform/loopback.js';

/** Teams as configured to run: with credentials, or the local trial. */
export type EnabledTeamsConfig =
  | { readonly mode: 'credentials'; readonly clientId: string; readonly clientSecret: string; readonly tenantId?: string; readonly authority?: string; readonly serviceUrlHosts: readonly string[] }
  | { readonly mode: 'local' };

// The SDK's name for the connection used for the channel (DEFAULT_CONNECTION in its settings).
const SERVICE_CONNECTION = 'serviceConnection';

/**
 * The SDK's authentication configuration. verifyToken looks the token's audience up in
 * `connections`, so a configuration without them refuses every token ("Audience
 * mismatch", microsoft/Agents-for-js#827); issuer validation is off by default in the
 * SDK and is turned on here.
 */
export function teamsAuthConfiguration(config: EnabledTeamsConfig): AuthConfiguration {
  if (config.mode === 'local') return {};
  const connection: AuthConfiguration = {
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
    ...(config.authority ? { authorityEndpoint: config.authority } : {}),
    validateIssuer: true,
  };
  return getAuthConfigWithDefaults({ ...connection, connections: new Map([[SERVICE_CONNECTION, connection]]), connectionsMap: [{ serviceUrl: '*', connection: SERVICE_CONNECTION }] });
}

/** Where replies and digests may be posted: the allow-list over https (http only for a loopback host on it), or this machine in the local trial. */
export function serviceUrlPolicy(config: EnabledTeamsConfig): OutboundUrlPolicy & { describe(): string } {
  return {
    enabled: true,
    isAllowed(input) {
      if (!input) return false;
      let url: URL;
      try {
        url = input instanceof URL ? input : new URL(input);
      } catch {
        return false;
      }
      if (url.username || url.password) return false;
      if (config.mode === 'local') return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
      const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
      return secure && hostMatches(url.hostname.replace(/^\[(.*)\]$/, '$1'), config.serviceUrlHosts);
    },
    describe: () => (config.mode === 'local' ? 'this machine (local trial)' : config.serviceUrlHosts.join(', ')),
  };
}

/** The adapter for `config`: verifies tokens (or is anonymous in the local trial) and refuses any other serviceUrl. */
export function createTeamsAdapter(config: EnabledTeamsConfig): CloudAdapter {
  return new CloudAdapter(teamsAuthConfiguration(config), undefined, undefined, { validateServiceUrl: config.mode === 'credentials' }, serviceUrlPolicy(config));
}
