/**
 * Chart images for the brief, drawn on the server: ECharts renders the bars to SVG without a
 * browser (server-side rendering), resvg turns the SVG into a PNG with the system's CJK font. The
 * document embeds the SVG with the PNG as its fallback, so Word shows vectors and LibreOffice or
 * an older Word the PNG.
 */
import { existsSync } from 'node:fs';
import type { Brief } from '@ipb/domain';
import { Resvg } from '@resvg/resvg-js';
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { formatNumber, scaleFor } from './format-value';

echarts.use([BarChart, GridComponent, TitleComponent, SVGRenderer]);

export const CHART_SIZE = { width: 640, height: 320 };
const FONT = 'Noto Sans CJK SC';
const BENCHMARK_COLOR = '#0072B2';
const PLACE_COLOR = '#E69F00';
/** Debian's fonts-noto-cjk; elsewhere resvg looks through the system's fonts (slower). */
const CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
];

export function chartSvg(chart: Brief['charts'][number]): string {
  const scale = scaleFor(
    chart.unit,
    chart.bars.map((b) => b.value),
  );
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  instance.setOption({
    animation: false,
    textStyle: { fontFamily: FONT },
    title: { text: `${chart.title}（${scale.unit}）`, left: 'center', textStyle: { fontSize: 15, fontFamily: FONT } },
    grid: { left: 64, right: 24, top: 48, bottom: 40 },
    xAxis: { type: 'category', data: chart.bars.map((b) => `${b.regionName} [${b.footnote}]`) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 56,
        label: { show: true, position: 'top', formatter: (p: { value: number }) => formatNumber(p.value) },
        data: chart.bars.map((b, i) => ({
          value: Number((b.value / scale.factor).toPrecision(6)),
          itemStyle: { color: i === 0 ? BENCHMARK_COLOR : PLACE_COLOR },
        })),
      },
    ],
  });
  const svg = instance.renderToSVGString();
  instance.dispose();
  return svg;
}

export function svgToPng(svg: string): Buffer {
  const files = CJK_FONTS.filter((f) => existsSync(f));
  const resvg = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'width', value: CHART_SIZE.width * 2 },
    font: { fontFiles: files, loadSystemFonts: files.length === 0, defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}
