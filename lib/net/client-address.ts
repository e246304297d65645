import { isIP } from 'node:net';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

/**
 * The client's address as the operator trusts it. The server stamps the socket's address on every
 * request in PEER_HEADER (lib/net/peer.ts, overwriting whatever a client sent); X-Forwarded-For is
 * honoured only through TRUST_PROXY_HOPS proxies, each of which appends the address it saw, so the
 * right-most entry not written by one of our proxies is the client. Anything left of it is whatever
 * the client chose to send.
 */
export const PEER_HEADER = 'x-minping-peer';

const STAMPED = Symbol.for('minping.peerStamped');
type Stamped = { [STAMPED]?: boolean };

/** Set by the peer stamp once it is listening: only then is PEER_HEADER the server's own word. */
export const markPeerStamped = () => ((globalThis as Stamped)[STAMPED] = true);
export const peerStamped = () => (globalThis as Stamped)[STAMPED] === true;

/** One address as written in a header or by the socket: no port, no brackets, IPv4-mapped IPv6 as IPv4. */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  if (value.toLowerCase().startsWith('::ffff:') && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * The address `hops` proxies back from the socket: with 0, the socket's own; with n, the n-th entry
 * from the right of X-Forwarded-For (or its left-most entry if the chain is shorter). Null when that
 * entry is not an address.
 */
export function resolveClientAddress(peer: string | null, forwardedFor: string | null, hops: number): string | null {
  if (peer === null) return null;
  const chain = [...(forwardedFor ?? '').split(',').filter((s) => s.trim() !== ''), peer];
  return normalizeAddress(chain[Math.max(0, chain.length - 1 - hops)]!);
}

/**
 * What limits count against: an IPv4 address, or an IPv6 address's /64 (one household's router
 * hands out a whole /64, so counting single IPv6 addresses would let one client rotate freely).
 */
export function addressKey(address: string | null): string {
  if (address === null) return 'unknown';
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.padStart(4, '0'))
    .join(':')}::/64`;
}

let warned = false;

/** The client's address of a request (null when it cannot be told), from its headers. */
export function requestAddress(headers: Headers, hops = env().TRUST_PROXY_HOPS): string | null {
  if (!peerStamped()) {
    // Served by something other than the Next server with instrumentation (a bare test harness):
    // no address can be trusted, so every request shares one budget rather than escaping it.
    if (!warned) log.warn({ area: 'client address' }, 'socket address not stamped; limits fall back to one shared key');
    warned = true;
    return null;
  }
  return resolveClientAddress(headers.get(PEER_HEADER), headers.get('x-forwarded-for'), hops);
}
