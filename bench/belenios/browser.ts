/**
 * (c) Encrypt and prove a 20-candidate choose-10 ballot in headless Chromium with a 4x CPU slowdown
 * (CDP Emulation.setCPUThrottlingRate), using the browser bundle of lib/belenios (esbuild, noble).
 */
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { smallElection } from '../../lib/belenios/test-fixture';
import { benchElection, median, mergeResult, vote } from './common';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const RUNS = 5;

export async function bundleCore(): Promise<string> {
  const out = await build({ entryPoints: ['lib/belenios/index.ts'], bundle: true, format: 'iife', globalName: 'Belenios', platform: 'browser', minify: true, write: false, target: 'es2022' });
  return out.outputFiles[0]!.text;
}

export async function benchBrowser() {
  const { ctx, credentials } = benchElection(RUNS * 2);
  const bundle = await bundleCore();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle });
    const run = (codes: string[]) =>
      page.evaluate(
        ({ raw, codes, choice }) => {
          const B = (window as unknown as { Belenios: typeof import('../../lib/belenios/index') }).Belenios;
          const c = B.loadElection(raw);
          return codes.map((code) => {
            const t = performance.now();
            B.encryptBallot(c, code, [choice]);
            return performance.now() - t;
          });
        },
        { raw: ctx.raw, codes, choice: vote(0, 10) },
      );
    const unthrottled = await run(credentials.privateCodes.slice(0, RUNS));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const throttled = await run(credentials.privateCodes.slice(RUNS));
    // The verifier in the page too (unthrottled): the small 3-of-5 archive of the tests.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const small = await smallElection();
    const verified = await page.evaluate(async (bytes) => {
      const B = (window as unknown as { Belenios: typeof import('../../lib/belenios/index') }).Belenios;
      const t = performance.now();
      const r = await B.verifyArchive(new Uint8Array(bytes));
      return { ok: r.ok, ballots: r.ballots, result: r.result, ms: performance.now() - t };
    }, Array.from(small.bytes));
    const result = {
      chromium: browser.version(),
      verifierInPage: { archive: '3-of-5, 10 ballots, 3 partial decryptions', ...verified, ms: Math.round(verified.ms) },
      bundleKb: Math.round(bundle.length / 1024),
      runs: RUNS,
      unthrottledMs: Math.round(median(unthrottled)),
      throttled4xMs: Math.round(median(throttled)),
      throttled4xMaxMs: Math.round(Math.max(...throttled)),
      target: '< 3000 ms at 4x slowdown',
    };
    mergeResult('browser', result);
    return result;
  } finally {
    await browser.close();
  }
}
