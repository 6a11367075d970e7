// The Bot Framework allow-list: exact hosts and "*.suffix" subdomains, nothing that
// merely looks like them.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS_SERVICE_URL_HOSTS, hostMatches, parseHostPatterns } from '../../../src/platform/host-patterns.js';
import { serviceUrlPolicy } from '../../../src/adapters/teams/create-teams-adapter.js';

describe('Teams serviceUrl allow-list', () => {
  it('matches the Bot Framework hosts and their subdomains only', () => {
    for (const host of ['smba.trafficmanager.net', 'webchat.botframework.com', 'europe.webchat.botframework.com', 'smba.infra.gcc.teams.microsoft.com']) expect(hostMatches(host, DEFAULT_TEAMS_SERVICE_URL_HOSTS), host).toBe(true);
    for (const host of ['evilbotframework.com', 'botframework.com.evil.example', 'smba.trafficmanager.net.evil.example', 'x.smba.trafficmanager.net', 'attacker.example']) expect(hostMatches(host, DEFAULT_TEAMS_SERVICE_URL_HOSTS), host).toBe(false);
  });

  it('allows https only, except for a loopback host on the list, and no credentials in the URL', () => {
    const policy = serviceUrlPolicy({ mode: 'credentials', clientId: 'a', clientSecret: 's', serviceUrlHosts: [...DEFAULT_TEAMS_SERVICE_URL_HOSTS, '127.0.0.1'] });
    expect(policy.isAllowed('https://smba.trafficmanager.net/emea/')).toBe(true);
    expect(policy.isAllowed('http://smba.trafficmanager.net/emea/')).toBe(false);
    expect(policy.isAllowed('http://127.0.0.1:9000/')).toBe(true);
    expect(policy.isAllowed('https://user:pass@smba.trafficmanager.net/')).toBe(false);
    expect(policy.isAllowed('not a url')).toBe(false);
    const local = serviceUrlPolicy({ mode: 'local' });
    expect(local.isAllowed('http://localhost:56150/')).toBe(true);
    expect(local.isAllowed('https://smba.trafficmanager.net/emea/')).toBe(false);
  });

  it('reads a configured list and names what is not a host', () => {
    expect(parseHostPatterns(' smba.trafficmanager.net , *.botframework.com ')).toEqual({ hosts: ['smba.trafficmanager.net', '*.botframework.com'] });
    expect(parseHostPatterns('https://x.example/')).toEqual({ problem: 'not a host name or "*.suffix": https://x.example/' });
    expect(parseHostPatterns(' , ')).toEqual({ problem: 'lists no host' });
  });
});
