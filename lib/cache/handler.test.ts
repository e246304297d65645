import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { describe, expect, it, vi } from 'vitest';
import PageCache from './handler';
import { databaseFileFromEnv, expire, expiredBetween, prune, storeFileFor } from './store';

const store = storeFileFor(databaseFileFromEnv());
const HOME = ['_N_T_/layout', '_N_T_/[locale]/[display]/(public)/page', '_N_T_/zh-CN/standard'];

/** Next's filesystem cache without a disk: set() keeps nothing, so get() finds only what a test hands it. */
function cache() {
  return new PageCache({ fs: undefined, serverDistDir: '/nowhere', flushToDisk: false, maxMemoryCacheSize: 0 });
}

function page(tags: string[], rendered: number) {
  return {
    lastModified: rendered,
    value: { kind: 'APP_PAGE', html: '', headers: { 'x-next-cache-tags': tags.join(','), 'x-minping-rendered': String(rendered) } },
  };
}

describe('the shared expiry store', () => {
  it('expires a page carrying a tag once the clock reaches the expiry, whoever wrote it', () => {
    const tags = ['_N_T_/a-page-of-its-own'];
    expire(store, tags, 2_000);
    expect(expiredBetween(store, tags, 1_000, 1_999)).toBe(false);
    expect(expiredBetween(store, tags, 1_000, 2_000)).toBe(true);
    // Begun in the expiry's own millisecond: stale (it may have read the data before the change).
    expect(expiredBetween(store, tags, 2_000, 5_000)).toBe(true);
    // Begun after the expiry: fresh. Another tag: untouched.
    expect(expiredBetween(store, tags, 2_001, 5_000)).toBe(false);
    expect(expiredBetween(store, ['_N_T_/another'], 1_000, 5_000)).toBe(false);
  });

  it('pruning keeps the newest past expiry of each tag and every future one', () => {
    const tags = ['_N_T_/pruned'];
    for (const at of [10, 20, 30, 90]) expire(store, tags, at);
    prune(store, 50);
    expect(expiredBetween(store, tags, 25, 50)).toBe(true);
    expect(expiredBetween(store, tags, 5, 25)).toBe(false);
    expect(expiredBetween(store, tags, 50, 95)).toBe(true);
  });
});

describe('the page cache handler', () => {
  it('writes a page to disk, but never a miss (404) or an address longer than a file name may be', async () => {
    const written = vi.spyOn(FileSystemCache.prototype, 'set').mockResolvedValue(undefined);
    const handler = cache();
    const entry = (status: number) => ({ kind: 'APP_PAGE', html: '', status, headers: {} });
    await handler.set('/zh-CN/standard/officials/999999', entry(404), {});
    await handler.set(`/zh-CN/standard/officials/${'x'.repeat(300)}`, entry(200), {});
    await handler.set('/zh-CN/standard/officials/\u0000', entry(200), {});
    expect(written).not.toHaveBeenCalled();
    await handler.set('/zh-CN/standard/officials/3', entry(200), {});
    expect(written.mock.calls.map((c) => c[0])).toEqual(['/zh-CN/standard/officials/3']);
    written.mockRestore();
  });

  it('stamps a page with the time its render began: the first request that found it missing', async () => {
    const handler = cache();
    const key = '/stamp';
    const asked = Date.now();
    expect(await handler.get(key, { kind: 'APP_PAGE' })).toBeNull();
    const began = Date.now();
    await new Promise((r) => setTimeout(r, 20));
    const data = { kind: 'APP_PAGE', html: '<script>self.__next_f.push([1])</script>', headers: {} as Record<string, string> };
    await handler.set(key, data, {});
    const stamp = Number(data.headers['x-minping-rendered']);
    // Stamped while the miss was looked up, not when the render was stored 20 ms later.
    expect(stamp).toBeGreaterThanOrEqual(asked);
    expect(stamp).toBeLessThanOrEqual(began);
    // And with the hashes its cached copies will be allowed to run under.
    expect(data.headers['x-minping-script-hashes']).toMatch(/^'sha256-[A-Za-z0-9+/=]{44}'$/);
  });

  it('treats a page as stale when one of its tags expired after it was rendered, and never before', () => {
    const handler = cache();
    const rendered = Date.now() - 10_000;
    expect(handler.fresh(page(HOME, rendered), Date.now())).toBe(true);
    expire(store, ['_N_T_/[locale]/[display]/(public)/page'], rendered + 1);
    expect(handler.fresh(page(HOME, rendered), Date.now())).toBe(false);
    expect(handler.fresh(page(HOME, rendered + 2), Date.now())).toBe(true);
    // A render that began in the very millisecond of the change may have read the data before it.
    expect(handler.fresh(page(HOME, rendered + 1), Date.now())).toBe(false);
    // A vote closing in the future: fresh until then.
    expire(store, ['_N_T_/zh-CN/standard'], Date.now() + 60_000);
    expect(handler.fresh(page(HOME, rendered + 2), Date.now())).toBe(true);
    expect(handler.fresh(page(HOME, rendered + 2), Date.now() + 60_000)).toBe(false);
  });

  it('does not keep a page rendered at a later time than now (the test clock moved back)', () => {
    expect(cache().fresh(page(['_N_T_/elsewhere'], Date.now() + 1_000), Date.now())).toBe(false);
  });

  it('a revalidatePath in one process is written to the shared store for the others', async () => {
    const tag = '_N_T_/zh-CN/standard/from-next';
    await cache().revalidateTag([tag], undefined);
    expect(expiredBetween(store, [tag], Date.now() - 60_000, Date.now())).toBe(true);
  });

  it('never serves a page whose body and headers come from two renders, as when another worker writes between the reads', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'));
    // Two workers on one disk; no memory cache, so every read goes to the files.
    const worker = () => new PageCache({ fs: nodeFs, serverDistDir: dir, flushToDisk: true, maxMemoryCacheSize: 0 });
    const [writer, reader] = [worker(), worker()];
    const ctx = { kind: 'APP_PAGE', isFallback: false };
    type Served = { value: { html: string; headers: Record<string, string> } } | null;
    const read = async () => (await reader.get('/about', ctx)) as Served;
    const render = (n: number) => ({
      kind: 'APP_PAGE',
      html: `<html><script>self.__next_f.push([${n}])</script></html>`,
      rscData: Buffer.from(`rsc ${n}`),
      status: 200,
      headers: {} as Record<string, string>,
    });
    const first = render(1);
    await writer.set('/about', first, { cacheControl: { revalidate: false } });
    const served = await read();
    expect(served?.value.html).toBe(first.html);
    expect(served?.value.headers['x-minping-script-hashes']).toBe(first.headers['x-minping-script-hashes']);
    // Every file was written whole: nothing half-written is left beside them.
    expect(fs.readdirSync(path.join(dir, 'app')).sort()).toEqual(['about.html', 'about.meta', 'about.rsc']);

    // Half the page read while it is being written (what a browser test met: React's "Connection closed").
    const html = path.join(dir, 'app', 'about.html');
    fs.writeFileSync(html, first.html.slice(0, 20));
    expect(await read()).toBeNull();
    // The next render's page is on disk, its headers not yet: served, its scripts would be refused.
    fs.writeFileSync(html, render(2).html);
    expect(await read()).toBeNull();
    // Once the whole entry is there, it is served.
    await writer.set('/about', render(2), { cacheControl: { revalidate: false } });
    expect((await read())?.value.html).toBe(render(2).html);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
