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
});
