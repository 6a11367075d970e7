// Host allow-lists written as "host" (that host exactly) or "*.suffix" (its
// subdomains): where Teams replies and digests may be posted.

/**
 * The Bot Framework's connector hosts: Teams in the commercial cloud
 * (smba.trafficmanager.net/<region>/), GCC, GCC High and DoD, and the Bot Framework's
 * own channels (*.botframework.com). See
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages
 */
export const DEFAULT_TEAMS_SERVICE_URL_HOSTS: readonly string[] = ['smba.trafficmanager.net', '*.botframework.com', 'smba.infra.gcc.teams.microsoft.com', 'smba.infra.gov.teams.microsoft.us', 'smba.infra.dod.teams.microsoft.us'];

const HOST_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IP_V4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The patterns of a comma-separated list, lower-cased; or what is wrong with it. */
export function parseHostPatterns(text: string): { hosts: string[] } | { problem: string } {
  const hosts = text.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean);
  if (hosts.length === 0) return { problem: 'lists no host' };
  const bad = hosts.filter((host) => !HOST_NAME.test(host) && !IP_V4.test(host));
  return bad.length > 0 ? { problem: `not a host name or "*.suffix": ${bad.join(', ')}` } : { hosts };
}

/** Whether `hostname` is allowed by one of `patterns`. */
export function hostMatches(hostname: string, patterns: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return patterns.some((pattern) => (pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern));
}
