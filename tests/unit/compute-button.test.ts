import { describe, expect, it } from 'vitest';
import { computeFailureText, readLines } from '@/components/assessment/forms';

const FALLBACK = '计算没有完成，请稍后重试。';
const failureOf = (response: Response) =>
  readLines(response, () => {}).then(
    () => 'no failure',
    (e: unknown) => computeFailureText(e, FALLBACK),
  );

describe('what the recompute button says when it fails', () => {
  it("shows the server's own translated refusal", async () => {
    const body = `${JSON.stringify({ type: 'error', message: '没有权限' })}\n`;
    expect(await failureOf(new Response(body))).toBe('没有权限');
  });

  it('shows the translated fallback, not a parser message, when the answer is an HTML error page', async () => {
    expect(await failureOf(new Response('<!DOCTYPE html><html>Bad Gateway</html>\n'))).toBe(FALLBACK);
  });

  it('shows the translated fallback, not "Failed to fetch", when the network drops', () => {
    expect(computeFailureText(new TypeError('Failed to fetch'), FALLBACK)).toBe(FALLBACK);
  });
});
