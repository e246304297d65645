import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Variant } from './eligible';
import { cachedPage } from './store';

// Stands in for `next start`: the cache fills itself from this server over loopback.
let renders: { path: string; cookie: string; fill: string }[] = [];
let status = 200;
const server = http.createServer((req, res) => {
  renders.push({ path: req.url!, cookie: req.headers.cookie ?? '', fill: String(req.headers['x-minping-cache']) });
  setTimeout(() => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store', 'x-other': 'dropped' });
    res.end(`<p>${req.url} ${req.headers.cookie} render ${renders.length}</p>`);
  }, 20);
});
const previousPort = process.env.PORT;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.PORT = String((server.address() as AddressInfo).port);
});
afterAll(() => {
  server.close();
  process.env.PORT = previousPort;
});

const zh: Variant = { locale: 'zh-CN', elder: false };
const get = (path: string, version: () => string | null, variant = zh) => cachedPage({ path, variant, version });

describe('page cache', () => {
  it('renders once per version and variant, then serves the kept page with its headers', async () => {
    renders = [];
    let version = 'v1';
    const first = (await get('/p/a', () => version))!;
    expect(first.headers.get('x-minping-cache')).toBe('miss');
    expect(await first.text()).toBe('<p>/p/a elder=0 render 1</p>');
    expect(renders).toEqual([{ path: '/p/a', cookie: 'elder=0', fill: 'fill' }]);

    const second = (await get('/p/a', () => version))!;
    expect(second.headers.get('x-minping-cache')).toBe('hit');
    expect(second.headers.get('cache-control')).toBe('private, no-store');
    expect(second.headers.get('x-other')).toBeNull();
    expect(await second.text()).toContain('render 1');

    const elder = (await get('/p/a', () => version, { locale: 'en', elder: true }))!;
    expect(await elder.text()).toBe('<p>/p/a elder=1 render 2</p>');

    version = 'v2';
    const changed = (await get('/p/a', () => version))!;
    expect(changed.headers.get('x-minping-cache')).toBe('miss');
    expect(await changed.text()).toContain('render 3');
  });

  it('keeps and serves nothing while the version is null', async () => {
    renders = [];
    expect(await get('/p/b', () => null)).toBeNull();
    expect(renders).toEqual([]);
  });

  it('many visitors arriving on a miss share one render', async () => {
    renders = [];
    const pages = await Promise.all(Array.from({ length: 20 }, () => get('/p/c', () => 'v1')));
    expect(renders).toHaveLength(1);
    expect(pages.every((p) => p?.headers.get('x-minping-cache') === 'miss')).toBe(true);
  });

  it('does not keep a page that failed, or whose data changed while it rendered', async () => {
    renders = [];
    status = 500;
    expect(await get('/p/d', () => 'v1')).toBeNull();
    status = 200;
    let calls = 0;
    expect(await get('/p/d', () => (++calls === 1 ? 'v1' : 'v2'))).toBeNull();
    expect((await get('/p/d', () => 'v2'))!.headers.get('x-minping-cache')).toBe('miss');
    expect(renders).toHaveLength(3);
  });
});
