import { describe, expect, it } from 'vitest';
import { cacheableYear, variantOf } from './eligible';

function request(path: string, init: { method?: string; headers?: Record<string, string>; cookies?: string[] } = {}) {
  const cookies = new Set(init.cookies ?? []);
  return {
    method: init.method ?? 'GET',
    nextUrl: new URL(path, 'http://localhost'),
    headers: new Headers(init.headers),
    cookies: { has: (name: string) => cookies.has(name) },
  };
}

describe('which requests the page cache may answer', () => {
  it('a plain page load of a selection page, with or without the preference cookies', () => {
    expect(cacheableYear(request('/selections/2025'))).toBe(2025);
    expect(cacheableYear(request('/en/selections/2025'))).toBe(2025);
    expect(cacheableYear(request('/selections/2025', { cookies: ['locale', 'elder'] }))).toBe(2025);
    const browser = { 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate', accept: 'text/html,*/*;q=0.8' };
    expect(cacheableYear(request('/selections/2025', { headers: browser }))).toBe(2025);
  });

  it("never a browser's fetch: Next's router asks for the RSC payload that way, and the proxy does not see its headers", () => {
    for (const destination of ['empty', 'iframe', 'script'])
      expect(cacheableYear(request('/selections/2025', { headers: { 'sec-fetch-dest': destination } })), destination).toBeNull();
  });

  it('never other pages, other methods, queries, router requests, signed-in staff or its own fill', () => {
    for (const path of ['/selections', '/selections/2025/verify', '/selections/20255', '/selections/abcd', '/'])
      expect(cacheableYear(request(path)), path).toBeNull();
    for (const method of ['HEAD', 'POST']) expect(cacheableYear(request('/selections/2025', { method })), method).toBeNull();
    expect(cacheableYear(request('/selections/2025?_rsc=1x2y'))).toBeNull();
    expect(cacheableYear(request('/selections/2025?utm_source=x'))).toBeNull();
    for (const header of ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'])
      expect(cacheableYear(request('/selections/2025', { headers: { [header]: '1' } })), header).toBeNull();
    for (const cookie of ['authjs.session-token', '__Secure-authjs.session-token'])
      expect(cacheableYear(request('/selections/2025', { cookies: [cookie] })), cookie).toBeNull();
    expect(cacheableYear(request('/selections/2025', { headers: { 'x-minping-cache': 'fill' } }))).toBeNull();
  });
});

describe('variant', () => {
  const variant = (path: string, values: Record<string, string>) =>
    variantOf({ nextUrl: new URL(path, 'http://localhost'), cookies: { get: (name: string) => (name in values ? { value: values[name]! } : undefined) } });

  it('takes the language from the address and elders\' mode from the cookie, as the proxy does', () => {
    expect(variant('/selections/2025', {})).toEqual({ locale: 'zh-CN', elder: false });
    expect(variant('/en/selections/2025', { elder: '1' })).toEqual({ locale: 'en', elder: true });
    expect(variant('/selections/2025', { locale: 'en', elder: 'yes' })).toEqual({ locale: 'zh-CN', elder: false });
  });
});
