import { describe, expect, it } from 'vitest';
import { barChartSvg } from './bar';

describe('bar charts', () => {
  it('carry their title as visible text, and a bar per row', () => {
    const svg = barChartSvg(
      [
        { label: '优秀', value: 3 },
        { label: '称职', value: 12 },
      ],
      { title: '等次分布' },
    );
    expect(svg).toMatch(/<text[^>]*>等次分布<\/text>/);
    expect(svg).toContain('优秀');
    expect(svg.match(/<path/g)!.length).toBeGreaterThanOrEqual(2);
  });

  it('is a file a browser can open on its own: every attribute closes where it should, the font family kept', () => {
    const svg = barChartSvg([{ label: '甲', value: 1 }], { title: '得票' });
    // An attribute value followed by anything but a space, / or > means a quote inside it ended it early.
    expect(svg.match(/="[^"]*"(?![\s/>])/g)).toBeNull();
    expect(svg).toContain("font-family:'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif");
  });
});
