import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGEST, securityHeadersFor } from './response';

/** A server that answers as Next does for a cached page (its stored headers, then the body). */
let server: http.Server;
let base = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    securityHeadersFor(res);
    const rsc = req.headers.rsc === '1';
    res.setHeader(DIGEST, 'abc+/=');
    res.setHeader('x-nextjs-cache', 'HIT');
    res.setHeader('content-type', rsc ? 'text/x-component' : 'text/html; charset=utf-8');
    res.statusCode = req.url === '/missing' ? 404 : 200;
    res.end(rsc ? '0:{}' : '<!DOCTYPE html><p>页面</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("a cached page's validator", () => {
  it('is the digest stored with the page, which itself is not sent', async () => {
    const response = await fetch(`${base}/page`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('W/"abc+/="');
    expect(response.headers.get(DIGEST)).toBeNull();
    expect(await response.text()).toBe('<!DOCTYPE html><p>页面</p>');
  });

  it('answers 304 without a body to a browser that has the page, and the page to one that has another', async () => {
    const same = await fetch(`${base}/page`, { headers: { 'if-none-match': 'W/"old", W/"abc+/="' } });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    const other = await fetch(`${base}/page`, { headers: { 'if-none-match': 'W/"old"' } });
    expect(other.status).toBe(200);
    expect(await other.text()).toContain('页面');
  });

  it("gives the router's data requests and pages that are not found no validator", async () => {
    const data = await fetch(`${base}/page`, { headers: { rsc: '1', 'if-none-match': 'W/"abc+/="' } });
    expect(data.status).toBe(200);
    expect(data.headers.get('etag')).toBeNull();
    expect(await data.text()).toBe('0:{}');
    const missing = await fetch(`${base}/missing`, { headers: { 'if-none-match': 'W/"abc+/="' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
  });
});
