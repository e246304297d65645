import { describe, expect, it } from 'vitest';
import { csv } from './open-data';

describe('csv', () => {
  it('starts with a BOM, quotes what needs quoting, and ends rows with CRLF', () => {
    expect(
      csv(
        ['名字', '票数'],
        [
          ['王某, 社区', 12],
          ['say "hi"', 0],
        ],
      ),
    ).toBe('\uFEFF名字,票数\r\n"王某, 社区",12\r\n"say ""hi""",0\r\n');
  });

  it('keeps text that looks like a spreadsheet formula as text, and numbers as numbers', () => {
    const out = csv(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['@SUM(A1)'], ['-2'], [-2], [null]]);
    expect(out.split('\r\n').slice(1, -1)).toEqual([`"'=HYPERLINK(""http://evil"")"`, "'+1", "'@SUM(A1)", "'-2", '-2', '']);
  });
});
