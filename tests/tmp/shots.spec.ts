import { test } from '@playwright/test';
test('shots', async ({ page, context }) => {
  for (const [name, url] of [['list', '/projects'], ['p1', '/projects/1'], ['p2', '/projects/2'], ['call1', '/projects/calls/1'], ['ballot', '/projects/calls/3/ballot'], ['propose', '/projects/calls/2/propose']] as const) {
    await page.goto(`http://localhost:3151${url}`);
    await page.screenshot({ path: `/tmp/shots/${test.info().project.name}-${name}.png`, fullPage: true });
  }
});
