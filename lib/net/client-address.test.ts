import { describe, expect, it } from 'vitest';
import { addressKey, normalizeAddress, resolveClientAddress } from './client-address';

describe('the client address through trusted proxy hops', () => {
  it('with no trusted proxy, is the socket whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.7', '10.0.0.1, 10.0.0.2', 0)).toBe('203.0.113.7');
    expect(resolveClientAddress('::ffff:127.0.0.1', null, 0)).toBe('127.0.0.1');
  });

  it('with one proxy, is the entry that proxy appended: the right-most, never the ones the client wrote', () => {
    expect(resolveClientAddress('127.0.0.1', 'forged-1, 198.51.100.4', 1)).toBe('198.51.100.4');
    expect(resolveClientAddress('127.0.0.1', '1.1.1.1,2.2.2.2 , 198.51.100.4', 1)).toBe('198.51.100.4');
    // Two proxies: the second from the right.
    expect(resolveClientAddress('127.0.0.1', '9.9.9.9, 198.51.100.4, 10.0.0.5', 2)).toBe('198.51.100.4');
  });

  it('a chain shorter than the hops gives its left-most entry; junk there gives no address', () => {
    expect(resolveClientAddress('127.0.0.1', null, 1)).toBe('127.0.0.1');
    expect(resolveClientAddress('127.0.0.1', '198.51.100.4', 3)).toBe('198.51.100.4');
    expect(resolveClientAddress('127.0.0.1', 'not-an-address', 1)).toBeNull();
    expect(resolveClientAddress(null, '198.51.100.4', 1)).toBeNull();
  });

  it('reads ports and brackets, and counts IPv6 per /64', () => {
    expect(normalizeAddress('198.51.100.4:5123')).toBe('198.51.100.4');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:0db8:0001:0002::/64');
    expect(addressKey('2001:db8:1:2::ffff')).toBe(addressKey('2001:db8:1:2:1:2:3:4'));
    expect(addressKey('::1')).toBe('0000:0000:0000:0000::/64');
    expect(addressKey('198.51.100.4')).toBe('198.51.100.4');
    expect(addressKey(null)).toBe('unknown');
  });
});
