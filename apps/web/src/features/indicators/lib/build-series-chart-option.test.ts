import type { Series } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import type { LineSeriesOption } from '@/components/charts/echarts';
import { translator } from '@/i18n';
import { SERIES } from '@/test/fixtures';
import { makeTarget } from '../test/builders';
import { buildSeriesChartOption, type SeriesChartInput, yearAxis } from './build-series-chart-option';
import { displayScale } from './readable-unit';

const t = translator('zh');

function build(series: Series[], overrides: Partial<SeriesChartInput> = {}) {
  const option = buildSeriesChartOption({ series, unit: '家', regionOrder: [], t, lang: 'zh', ...overrides });
  const lines = option.series as LineSeriesOption[];
  const xAxis = option.xAxis as { data: string[]; name: string };
  const yAxis = option.yAxis as { name: string };
  const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
  return { option, lines, xAxis, yAxis, formatter };
}

/** A copy of a series with its points moved to other years (and values). */
function withPoints(s: Series, values: Array<[number, number]>): Series {
  const template = s.points[0]!;
  return { ...s, points: values.map(([year, value], i) => ({ ...template, observationId: 100 + i, year, value })) };
}

describe('buildSeriesChartOption', () => {
  it.each([
    {
      name: 'a hole in the middle',
      years: [
        [2020, 5],
        [2022, 7],
      ],
      expected: [5, null, 7],
    },
    { name: 'a place starting later', years: [[2022, 7]], expected: [null, null, 7] },
    {
      name: 'a zero that is a real zero',
      years: [
        [2020, 0],
        [2022, 7],
      ],
      expected: [0, null, 7],
    },
  ] as const)('draws missing years as gaps (null, never 0): $name', ({ years, expected }) => {
    const bench = withPoints(SERIES.hohhotHighTech, [
      [2020, 1],
      [2021, 2],
      [2022, 3],
    ]);
    const other = withPoints(
      SERIES.nanjingHighTech,
      years.map(([y, v]) => [y, v]),
    );
    const { lines, xAxis } = build([bench, other]);
    expect(xAxis.data).toEqual(['2020', '2021', '2022']);
    expect(lines[1]!.data).toEqual(expected);
    expect(lines[1]!.connectNulls).toBe(false);
  });

  it('draws bars on request, with the same gaps and the benchmark first', () => {
    const bench = withPoints(SERIES.hohhotHighTech, [
      [2020, 1],
      [2022, 3],
    ]);
    const { lines } = build([withPoints(SERIES.nanjingHighTech, [[2021, 7]]), bench], { chartType: 'bar' });
    expect(lines.map((l) => l.type)).toEqual(['bar', 'bar']);
    expect(lines[0]!.data).toEqual([1, null, 3]);
    expect(lines[1]!.data).toEqual([null, 7, null]);
    expect(build([bench]).lines[0]!.type).toBe('line');
  });

  it('fills the x axis with every year between the first and the last point', () => {
    expect(
      yearAxis([
        withPoints(SERIES.hohhotHighTech, [
          [2019, 1],
          [2023, 2],
        ]),
      ]),
    ).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(yearAxis([])).toEqual([]);
  });

  it.each([
    { unit: '元', max: 4850.21e8, lang: 'zh', expected: { factor: 1e8, unit: '亿元' } },
    { unit: '元', max: 3.5e6, lang: 'zh', expected: { factor: 1e4, unit: '万元' } },
    { unit: '元', max: 800, lang: 'zh', expected: { factor: 1, unit: '元' } },
    { unit: '元', max: 2e9, lang: 'en', expected: { factor: 1e8, unit: '100m yuan' } },
    { unit: '家', max: 22000, lang: 'zh', expected: { factor: 1, unit: '家' } },
    { unit: '%', max: 80.3, lang: 'zh', expected: { factor: 1, unit: '%' } },
  ] as const)('shows $max $unit in $expected.unit', ({ unit, max, lang, expected }) => {
    expect(displayScale(unit, max, lang)).toEqual(expected);
  });

  it('scales money to 亿元 on the axis, in the values and the tooltip', () => {
    const { lines, yAxis, formatter } = build([SERIES.shanghaiTurnover], { unit: '元' });
    expect(yAxis.name).toBe('亿元');
    expect(lines[0]!.data).toEqual([4850.21]);
    expect(formatter([{ seriesIndex: 0, dataIndex: 0, seriesName: '上海', name: '2023' }])).toContain('4,850.21 亿元');
  });

  it.each([
    { series: SERIES.yangzhouTarget, type: 'dashed' },
    { series: SERIES.yangzhouActual, type: 'solid' },
  ])('draws $series.kind series $type', ({ series, type }) => {
    const { lines } = build([series]);
    expect((lines[0]!.lineStyle as { type: string }).type).toBe(type);
  });

  it('labels the lines of a place that has several series, and keeps single ones plain', () => {
    const { lines } = build([SERIES.yangzhouTarget, SERIES.yangzhouActual, SERIES.nanjingHighTech]);
    expect(lines.map((l) => l.name)).toEqual(['南京', '扬州 · 年末/时点', '扬州 · 目标']);
  });

  it('puts 呼和浩特 first and emphasises it, whatever the input order', () => {
    const { lines } = build([SERIES.yangzhouActual, SERIES.nanjingHighTech, SERIES.hohhotHighTech], {
      regionOrder: ['150100', '320100', '321000'],
    });
    expect(lines.map((l) => l.name)).toEqual(['呼和浩特', '南京', '扬州']);
    const width = (l: LineSeriesOption) => (l.lineStyle as { width: number }).width;
    expect(width(lines[0]!)).toBeGreaterThan(width(lines[1]!));
    expect(lines[0]!.z).toBeGreaterThan(lines[1]!.z!);
  });

  it('gives each place its own colour', () => {
    const { lines } = build([SERIES.hohhotHighTech, SERIES.nanjingHighTech, SERIES.yangzhouActual]);
    const colours = lines.map((l) => (l.lineStyle as { color: string }).color);
    expect(new Set(colours).size).toBe(3);
  });

  it('draws only the series in the chosen unit (one y axis, like for like)', () => {
    const { lines } = build([SERIES.hohhotHighTech, SERIES.shanghaiTurnover]);
    expect(lines.map((l) => l.name)).toEqual(['呼和浩特']);
  });

  it('cites the source in the tooltip with value, qualifier, period and flags', () => {
    const { formatter, xAxis } = build([SERIES.hohhotHighTech, SERIES.nanjingHighTech]);
    const html = formatter([
      { seriesIndex: 0, dataIndex: 0, seriesName: '呼和浩特', marker: '', name: xAxis.data[0] },
      { seriesIndex: 1, dataIndex: 0, seriesName: '南京', marker: '', name: xAxis.data[0] },
    ]);
    expect(html).toContain('461 家');
    expect(html).toContain('截至2022年底');
    expect(html).toContain('呼和浩特、包头入选国家创新型城市创新能力评价报告2022');
    expect(html).toContain('8,800以上 家');
    expect(html).toContain('下限值');
    expect(html).toContain('南京GDP五年跨越五个千亿级台阶');
  });

  it('escapes source text before it goes into tooltip HTML', () => {
    const s = SERIES.hohhotHighTech;
    const evil = {
      ...s,
      points: [
        { ...s.points[0]!, citation: { ...s.points[0]!.citation, sourceTitle: '<img src=x onerror=alert(1)>' } },
      ],
    };
    const html = build([evil]).formatter([{ seriesIndex: 0, dataIndex: 0, seriesName: '呼和浩特', name: '2022' }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

describe('buildSeriesChartOption with targets', () => {
  const hohhot = withPoints(SERIES.hohhotHighTech, [
    [2021, 370],
    [2022, 461],
  ]);
  const onTrack = makeTarget('150100', { value: 1000, deadlineYear: 2027 }, { latest: [2022, 461] });

  it('draws a target as a dashed line from the latest actual to the target at the deadline', () => {
    const { lines, xAxis } = build([hohhot], { targets: [onTrack] });
    expect(xAxis.data).toEqual(['2021', '2022', '2023', '2024', '2025', '2026', '2027']);
    const goal = lines[1]!;
    expect(goal.name).toBe('呼和浩特 · 目标（2027年）');
    expect(goal.lineStyle?.type).toBe('dashed');
    expect(goal.lineStyle?.color).toBe(lines[0]!.lineStyle?.color);
    expect(goal.data).toEqual([null, 461, null, null, null, null, 1000]);
    expect(goal.connectNulls).toBe(true);
  });

  it('starts from the baseline when there is no latest actual, and extends the axis both ways', () => {
    const target = makeTarget('320100', { value: 9000, deadlineYear: 2025 }, { baseline: [2019, 4000] }, null);
    const { lines, xAxis } = build([hohhot], { targets: [target] });
    expect(xAxis.data[0]).toBe('2019');
    expect(xAxis.data.at(-1)).toBe('2025');
    expect(lines[1]!.data?.[0]).toBe(4000);
    expect(lines[1]!.data?.at(-1)).toBe(9000);
    expect(lines[1]!.lineStyle?.color).not.toBe(lines[0]!.lineStyle?.color);
  });

  it('says the target, its status and its source in the tooltip at the deadline only', () => {
    const { formatter } = build([hohhot], { targets: [onTrack] });
    const atDeadline = formatter([{ seriesIndex: 1, dataIndex: 6, seriesName: 'x', name: '2027' }]);
    expect(atDeadline).toContain('到 2027 年达到 1,000 家');
    expect(atDeadline).toContain('按期推进（实际年均增长 12.0%，需要年均增长 10.0%）');
    expect(atDeadline).toContain('科技情报参考（2024年第7期）');
    expect(formatter([{ seriesIndex: 1, dataIndex: 1, seriesName: 'x', name: '2022' }])).not.toContain('目标');
  });

  it('says a planned doubling is the level it implies from the baseline year', () => {
    const doubling = { ...onTrack, aim: 'change' as const, written: { value: 1, unit: '倍', baselineYear: 2022 } };
    const { formatter } = build([hohhot], { targets: [doubling] });
    const atDeadline = formatter([{ seriesIndex: 1, dataIndex: 6, seriesName: 'x', name: '2027' }]);
    expect(atDeadline).toContain('到 2027 年达到 1,000 家');
    expect(atDeadline).toContain('原文目标是变化 1倍，按 2022 年实际值推算为此水平');
  });

  it.each([
    { status: 'achieved', text: '已实现' },
    { status: 'acceleration_needed', text: '需要加速' },
    { status: 'limited', text: '进展有限' },
    { status: 'deterioration', text: '退步' },
    { status: null, text: '无法评估：只有一个实际值，尚无法衡量进展' },
  ] as const)('status $status reads “$text”', ({ status, text }) => {
    const reason = status ? 'x' : 'only one actual figure: progress cannot be measured yet';
    const target = makeTarget('150100', { value: 1000, deadlineYear: 2025 }, { latest: [2022, 461] }, status, reason);
    const { formatter } = build([hohhot], { targets: [target] });
    expect(formatter([{ seriesIndex: 1, dataIndex: 4, seriesName: 'x', name: '2025' }])).toContain(text);
  });

  it('skips targets in another unit or without a deadline, and does not draw a drawn target twice', () => {
    const other = makeTarget('150100', { value: 5, deadlineYear: 2025, unit: '%' });
    const undated = makeTarget('150100', { value: 900, deadlineYear: null });
    const yz = makeTarget('321000', { value: 3000, deadlineYear: 2025 }, { latest: [2022, 1774] });
    const series = [
      hohhot,
      SERIES.yangzhouActual,
      { ...SERIES.yangzhouTarget, points: [...SERIES.yangzhouTarget.points] },
    ];
    series[2]!.points = series[2]!.points.map((p) => ({ ...p, observationId: yz.observationId }));
    const { lines } = build(series, { targets: [other, undated, yz] });
    expect(lines.map((l) => l.name)).toEqual(['呼和浩特', '扬州', '扬州 · 目标（2025年）']);
  });
});

describe('target wording', () => {
  it.each([
    { qualifier: '达', text: '到 2025 年达到 3,000 家' },
    { qualifier: '达到', text: '到 2025 年达到 3,000 家' },
    { qualifier: '超过', text: '到 2025 年达到 超过3,000 家' },
    { qualifier: null, text: '到 2025 年达到 3,000 家' },
  ])('qualifier $qualifier → “$text”', ({ qualifier, text }) => {
    const target = { ...makeTarget('150100', { value: 3000, deadlineYear: 2025 }), qualifier };
    const { formatter } = build([SERIES.hohhotHighTech], { targets: [target] });
    expect(formatter([{ seriesIndex: 1, dataIndex: 3, seriesName: 'x', name: '2025' }])).toContain(text);
  });

  it('names each figure’s source authority in the tooltip and notes a conflict', () => {
    const html = build([SERIES.hohhotRd], { unit: '元' }).formatter([
      { seriesIndex: 0, dataIndex: 0, seriesName: '呼和浩特', name: '2022' },
    ]);
    expect(html).toContain('来源权威性: 新闻转载');
    expect(html).toContain('2 个来源不一致');
    const plain = build([SERIES.nanjingHighTech]).formatter([
      { seriesIndex: 0, dataIndex: 0, seriesName: '南京', name: '2022' },
    ]);
    expect(plain).not.toContain('不一致');
    expect(plain).toContain('下限值');
  });

  it.each([
    { name: 'a low-authority source', change: { authority: 'low_authority' as const, flags: [] } },
    { name: 'a row flagged low_authority_source', change: { flags: ['low_authority_source'] } },
  ])('marks points from $name hollow with a dashed rim, lines and bars alike', ({ change }) => {
    const template = SERIES.hohhotHighTech.points[0]!;
    const series = {
      ...SERIES.hohhotHighTech,
      points: [
        { ...template, observationId: 1, year: 2021, value: 370 },
        { ...template, observationId: 2, year: 2022, value: 461, ...change },
      ],
    };
    const line = build([series]).lines[0]!.data as unknown[];
    expect(line[0]).toBe(370);
    expect(line[1]).toMatchObject({
      value: 461,
      symbol: 'emptyCircle',
      itemStyle: { borderType: 'dashed', color: '#ffffff' },
    });
    const bar = build([series], { chartType: 'bar' }).lines[0]!.data as unknown[];
    expect(bar[1]).toMatchObject({ value: 461, itemStyle: { borderType: 'dashed', opacity: 0.45 } });
  });
});
