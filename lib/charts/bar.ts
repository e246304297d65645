import * as echarts from 'echarts';

/**
 * A horizontal bar chart rendered to SVG on the server: no chart needs client JavaScript. Its title is
 * drawn in the chart itself, so it stays with the chart when it is printed, copied or saved.
 */
/** How tall a chart of `rows` bars is drawn (a page showing it as an image reserves its place). */
export const barChartHeight = (rows: number) => 88 + rows * 28;

export function barChartSvg(rows: { label: string; value: number; highlight?: boolean }[], options: { title: string; width?: number }) {
  const width = options.width ?? 720;
  const height = barChartHeight(rows.length);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    // Single quotes: ECharts writes the family into a double-quoted style attribute as it is, and a
    // double quote there ended the attribute (the family was lost, and the file was not valid XML).
    textStyle: { fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" },
    aria: { enabled: true, label: { description: options.title } },
    title: { text: options.title, left: 0, top: 0, textStyle: { fontSize: 15, fontWeight: 'bold', color: '#1b1b1b' } },
    grid: { left: 140, right: 60, top: 48, bottom: 30 },
    xAxis: { type: 'value', axisLabel: { color: '#1b1b1b' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { color: '#1b1b1b', fontSize: 13 } },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => ({ value: r.value, itemStyle: { color: r.highlight ? '#00703c' : '#7a8891' } })),
        label: { show: true, position: 'right', color: '#1b1b1b' },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
