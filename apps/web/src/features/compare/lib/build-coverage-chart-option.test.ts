import type { BarSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_COLOR,
  buildCoverageChartOption,
  type CoverageChartInput,
  coverageChartHeight,
} from './build-coverage-chart-option';

const themes = [
  { id: 'tech_finance', name: '科技金融' },
  { id: 'talent', name: '人才' },
  { id: 'biomedicine', name: '生物医药' },
];
const hohhot = { code: '150100', name: '呼和浩特', counts: { tech_finance: 0, talent: 2, biomedicine: 0 } };
const nanjing = { code: '320100', name: '南京', counts: { tech_finance: 3, talent: 1, biomedicine: 0 } };
const yangzhou = { code: '321000', name: '扬州', counts: { tech_finance: 1 } };

function build(places: CoverageChartInput['places']) {
  const option = buildCoverageChartOption({ themes, places, axisName: '举措条数' });
  const series = option.series as BarSeriesOption[];
  const yAxis = option.yAxis as { data: string[] };
  return { option, series, yAxis };
}

describe('buildCoverageChartOption', () => {
  it.each([
    { name: 'all three places', places: [hohhot, nanjing, yangzhou], rows: ['科技金融', '人才'] },
    { name: 'only the benchmark', places: [hohhot], rows: ['人才'] },
    { name: 'nobody has a measure', places: [{ ...hohhot, counts: {} }], rows: [] },
  ])('keeps the themes some place covers: $name', ({ places, rows }) => {
    expect(build(places).yAxis.data).toEqual(rows);
  });

  it.each([
    { place: 'Hohhot', index: 0, expected: [0, 2] },
    { place: 'Nanjing', index: 1, expected: [3, 1] },
    { place: 'Yangzhou (missing theme counts as 0 measures)', index: 2, expected: [1, 0] },
  ])('counts measures per theme: $place', ({ index, expected }) => {
    expect(build([hohhot, nanjing, yangzhou]).series[index]!.data).toEqual(expected);
  });

  it('puts the benchmark first, in its own colour, whatever the input order', () => {
    const { series } = build([nanjing, yangzhou, hohhot]);
    expect(series.map((s) => s.name)).toEqual(['呼和浩特', '南京', '扬州']);
    const colours = series.map((s) => (s.itemStyle as { color: string }).color);
    expect(colours[0]).toBe(BENCHMARK_COLOR);
    expect(new Set(colours).size).toBe(3);
  });

  it('escapes place names in the tooltip', () => {
    const { option } = build([{ ...nanjing, name: '<b>x</b>' }]);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ name: '科技金融', seriesName: '<b>x</b>', value: 3 }]);
    expect(html).toContain('&lt;b&gt;x');
    expect(html).toContain('科技金融');
  });

  it.each([
    { themes: 0, places: 1, expected: 240 },
    { themes: 12, places: 9, expected: 96 + 12 * 91 },
    { themes: 2, places: 1, expected: 240 },
  ])('grows with $themes themes × $places places', ({ themes: n, places, expected }) => {
    expect(coverageChartHeight(n, places)).toBe(expected);
  });
});
