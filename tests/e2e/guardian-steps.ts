import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect as baseExpect } from './fixtures';

// Every step waits on real cryptography in the browser, on a shared 2-core machine.
const expect = baseExpect.configure({ timeout: 60_000 });

const SIRONA = createRequire(__filename).resolve('sirona/dist/cli/sirona.js');

/** sirona (an independent Belenios 2.5 implementation) on an archive, in a directory of its own. */
export function sirona(archive: Uint8Array, uuid: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sirona-e2e-'));
  try {
    fs.writeFileSync(path.join(dir, `${uuid}.bel`), archive);
    return spawnSync(process.execPath, [SIRONA, 'election', 'verify'], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A party's one-time link opened in a browser of its own (JavaScript on unless told). */
export async function partyPage(browser: Browser, link: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(link);
  return page;
}

/**
 * The credential authority makes a batch of `count` codes in its own browser (the server gets only
 * their public parts) and downloads the slips' table: its rows, one per code, without the header.
 */
export async function authorityBatch(browser: Browser, link: string, count: number) {
  const authority = await partyPage(browser, link);
  await authority.getByLabel('这一批的数量').fill(String(count));
  await authority.getByRole('button', { name: '生成这一批投票码' }).click();
  await expect(authority.getByTestId('made')).toContainText(`${count} 个投票码`);
  const csv = authority.waitForEvent('download');
  await authority.getByRole('button', { name: '下载投票码表格（印刷用）' }).click();
  const rows = fs
    .readFileSync(await (await csv).path(), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1);
  return { authority, rows };
}

export const refresh = (page: Page) => page.getByRole('button', { name: '刷新进度' }).click();

/**
 * Each guardian in their own browser: the key file made and downloaded there (saved in `keyDir`),
 * then the three steps of the ceremony, each after the others have done the one before.
 */
export async function guardiansCeremony(browser: Browser, links: string[], keyDir: string) {
  const guardians = await Promise.all(links.map((l) => partyPage(browser, l)));
  const keyFiles: string[] = [];
  for (const [i, g] of guardians.entries()) {
    await expect(g.getByTestId('step-cert')).toBeVisible();
    const download = g.waitForEvent('download');
    await g.getByRole('button', { name: '生成并下载钥匙文件' }).click();
    const file = path.join(keyDir, `guardian-${i + 1}.json`);
    await (await download).saveAs(file);
    keyFiles.push(file);
    await g.getByLabel('我已保存好钥匙文件').check();
    await g.getByRole('button', { name: '完成第一步' }).click();
    await expect(g.getByTestId('notice')).toContainText('已提交');
  }
  for (const [step, button] of [
    ['polynomial', '完成第二步'],
    ['voutput', '完成第三步'],
  ] as const) {
    for (const g of guardians) {
      await refresh(g);
      await expect(g.getByTestId(`step-${step}`)).toBeVisible();
      await g.getByRole('button', { name: button }).click();
      await expect(g.getByTestId('notice')).toContainText('已提交');
    }
  }
  return { guardians, keyFiles };
}

/** A guardian comes back later (a fresh page), loads their key file from disk and sends their part. */
export async function sendPartialDecryption(browser: Browser, link: string, keyFile: string, last: boolean) {
  const g = await partyPage(browser, link);
  await expect(g.getByTestId('step-decryption')).toBeVisible();
  await g.getByLabel('选择您的钥匙文件').setInputFiles(keyFile);
  await g.getByRole('button', { name: '交回我的部分' }).click();
  await expect(g.getByTestId('notice')).toContainText(last ? '结果已经解开' : '您的部分已交回');
  await g.context().close();
}
