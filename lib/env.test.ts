import { describe, expect, it } from 'vitest';
import { publicUrl, readEnv } from './env';

describe('PUBLIC_URL', () => {
  it('defaults to this server on its port, and drops a trailing slash', () => {
    expect(publicUrl({})).toBe('http://localhost:3000');
    expect(publicUrl({ PORT: '3141' })).toBe('http://localhost:3141');
    expect(publicUrl({ PUBLIC_URL: 'https://minping.example.gov.cn/' })).toBe('https://minping.example.gov.cn');
    expect(publicUrl({ PUBLIC_URL: 'https://example.org/minping//' })).toBe('https://example.org/minping');
  });
  it('refuses an address residents could not open', () => {
    expect(() => readEnv({ PUBLIC_URL: 'minping.example' })).toThrow();
    expect(() => readEnv({ PUBLIC_URL: 'ftp://example.org' })).toThrow();
  });
});
