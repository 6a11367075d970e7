// What counts as "this machine only": the loopback interface, by name or address.
// The local trial (web chat without sign-in, Teams without credentials) exists only
// there; everything public needs sign-in or a verified token.
import net from 'node:net';

/** Whether `host` (a name or an address, IPv6 with or without brackets) is the loopback interface. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  return net.isIP(bare) !== 0 && isLoopbackAddress(bare);
}

/** Whether an IP address (as a socket reports it) is loopback: 127.0.0.0/8, ::1, or 127.x mapped into IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const bare = address.toLowerCase().replace(/^::ffff:/, '');
  return bare === '::1' || (net.isIPv4(bare) && bare.startsWith('127.'));
}
