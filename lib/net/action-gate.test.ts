import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, checkActionRequest, isActionRequest } from './action-gate';

const boundary = '----minping';
const multipart = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://portal.test/vote', {
    method: 'POST',
    headers: {
      host: 'portal.test',
      origin: 'http://portal.test',
      'next-action': 'abc',
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...headers,
    },
    body,
  });
const form = `--${boundary}\r\nContent-Disposition: form-data; name="code"\r\n\r\nABCD\r\n--${boundary}--\r\n`;

describe('the server-action gate', () => {
  it('lets a same-site form through', async () => {
    expect(isActionRequest(multipart(form))).toBe(true);
    expect(await checkActionRequest(multipart(form))).toBeNull();
  });

  it('refuses a foreign, "null" or missing Origin with 403', async () => {
    for (const origin of ['https://evil.example', 'null', 'not a url'])
      expect(await checkActionRequest(multipart(form, { origin }))).toEqual({ status: 403, reason: 'origin' });
    const none = multipart(form);
    none.headers.delete('origin');
    expect(await checkActionRequest(none)).toEqual({ status: 403, reason: 'origin' });
  });

  it('refuses a body that is not a form with 415, and one that does not parse with 400', async () => {
    expect(await checkActionRequest(multipart('{}', { 'content-type': 'application/json' }))).toEqual({
      status: 415,
      reason: 'contentType',
    });
    expect(await checkActionRequest(multipart(form.slice(0, -12)))).toEqual({ status: 400, reason: 'body' });
    expect(await checkActionRequest(multipart('[1,', { 'content-type': 'text/plain;charset=UTF-8' }))).toEqual({
      status: 400,
      reason: 'body',
    });
    expect(await checkActionRequest(multipart('["$K1"]', { 'content-type': 'text/plain;charset=UTF-8' }))).toBeNull();
  });

  it('refuses a body longer than an action may carry with 413, by its declared length or, sent without one, by what arrived', async () => {
    const photo = (bytes: number) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n${'x'.repeat(bytes)}\r\n--${boundary}--\r\n`;
    const declared = multipart(form, { 'content-length': String(ACTION_BODY_LIMIT + 1) });
    expect(await checkActionRequest(declared)).toEqual({ status: 413, reason: 'tooLarge' });
    expect(await checkActionRequest(multipart(photo(ACTION_BODY_LIMIT)))).toEqual({ status: 413, reason: 'tooLarge' });
    expect(await checkActionRequest(multipart(photo(8 * 1024 * 1024)))).toBeNull();
  });
});
