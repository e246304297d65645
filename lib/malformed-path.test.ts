import { describe, expect, it } from 'vitest';
import { malformedPath } from './malformed-path';

describe('malformedPath', () => {
  it('accepts plain, escaped and Chinese paths', () => {
    for (const path of ['/', '/communities/12', '/officials/%E5%BC%A0', '/selections/%E2%80%AE', '/a%20b', '/x%25y']) {
      expect(malformedPath(path)).toBe(false);
    }
  });

  it('refuses escapes that do not decode', () => {
    for (const path of ['/communities/%ZZ', '/a%', '/a%2', '/x%E5%BC', '/%C0%AF']) expect(malformedPath(path)).toBe(true);
  });
});
