import type { Region } from '@ipb/domain';
import type { HeatmapSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { buildHeatmapOption, cellHref, type HeatmapInput, heatmapCells, legendPieces } from './build-heatmap-option';
import { latestSources, rollUp, topPlaces } from './heatmap-places';

const themes = [
  { id: 'tech_finance', name: '科技金融' },
  { id: 'talent', name: '人才' },
];
const places = [
  { code: '320100', name: '南京' },
  { code: '150100', name: '呼和浩特' },
  { code: '321000', name: '扬州' },
];
const counts = {
  '150100': { tech_finance: 0, talent: 2 },
  '320100': { tech_finance: 5, talent: 1 },
};
const input: HeatmapInput = { themes, places, counts, countLabel: (n) => `${n} 条举措` };

describe('buildHeatmapOption', () => {
  it('pins 呼和浩特 as the first column whatever the input order', () => {
    const xAxis = buildHeatmapOption(input).xAxis as { data: string[] };
    expect(xAxis.data).toEqual(['呼和浩特', '南京', '扬州']);
  });

  it.each([
    { cell: '呼和浩特 × 科技金融 (a real zero)', x: 0, y: 0, expected: 0 },
    { cell: '呼和浩特 × 人才', x: 0, y: 1, expected: 2 },
    { cell: '南京 × 科技金融', x: 1, y: 0, expected: 5 },
    { cell: '扬州 × 人才 (no counts at all)', x: 2, y: 1, expected: 0 },
  ])('counts $cell', ({ x, y, expected }) => {
    expect(heatmapCells(input)).toContainEqual([x, y, expected]);
  });

  it('scales the colours to the largest count, and never to 0', () => {
    expect((buildHeatmapOption(input).visualMap as { max: number }).max).toBe(5);
    expect((buildHeatmapOption({ ...input, counts: {} }).visualMap as { max: number }).max).toBe(1);
  });

  it.each([
    [1, ['0', '1']],
    [3, ['0', '1', '2', '3']],
    [5, ['0', '1', '2–3', '4', '5']],
    [12, ['0', '1–3', '4–6', '7–9', '10–12']],
  ])('writes the legend in numbers up to %d: %j', (max, labels) => {
    const pieces = legendPieces(max);
    expect(pieces.map((p) => p.label)).toEqual(labels);
    // Every count from 0 to max falls in exactly one step.
    for (let n = 0; n <= max; n++) expect(pieces.filter((p) => n >= p.min && n <= p.max)).toHaveLength(1);
  });

  it.each([
    { cell: [0, 1, 2], href: '/measures?region=150100&theme=talent' },
    { cell: [1, 0, 5], href: '/measures?region=320100&theme=tech_finance' },
    { cell: [9, 0, 0], href: null },
  ])('opens $href for a click on $cell', ({ cell, href }) => {
    expect(cellHref(input, cell)).toBe(href);
  });

  it('labels non-zero cells only and escapes names in the tooltip', () => {
    const option = buildHeatmapOption({ ...input, places: [{ code: '320100', name: '<i>南京</i>' }] });
    const series = (option.series as HeatmapSeriesOption[])[0]!;
    const label = (series.label as { formatter: (p: unknown) => string }).formatter;
    expect(label({ value: [0, 0, 5] })).toBe('5');
    expect(label({ value: [0, 0, 0] })).toBe('');
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = tooltip({ value: [0, 0, 5] });
    expect(html).toContain('&lt;i&gt;南京');
    expect(html).toContain('科技金融');
    expect(html).toContain('5 条举措');
  });
});

describe('topPlaces', () => {
  it.each([
    {
      name: 'most measures first, benchmark left out (it is pinned anyway)',
      facet: [
        { value: '321000', count: 2 },
        { value: '150100', count: 9 },
        { value: '320100', count: 7 },
      ],
      max: 8,
      expected: ['320100', '321000'],
    },
    {
      name: 'ties by code, capped',
      facet: [
        { value: '330200', count: 1 },
        { value: '320100', count: 1 },
      ],
      max: 1,
      expected: ['320100'],
    },
    { name: 'places without measures dropped', facet: [{ value: '310000', count: 0 }], max: 8, expected: [] },
  ])('$name', ({ facet, max, expected }) => {
    expect(topPlaces(facet, max)).toEqual(expected);
  });
});

describe('rollUp', () => {
  const region = (code: string, name: string, level: Region['level'], parentCode: string | null): Region => ({
    code,
    name,
    shortName: name,
    level,
    parentCode,
    official: true,
    aliases: [],
    nameEn: name,
    pinyin: '',
  });
  const regions = [
    region('330200', '宁波市', 'prefecture', '330000'),
    region('330205', '江北区', 'county', '330200'),
    region('420591', '宜昌高新区', 'zone', '420500'),
  ];

  it('counts a district for its city and names it; a development zone stays itself', () => {
    const { facet, subPlaces } = rollUp(
      [
        { value: '330205', count: 3 },
        { value: '330200', count: 1 },
        { value: '420591', count: 4 },
      ],
      regions,
    );
    expect(facet).toEqual([
      { value: '330200', count: 4 },
      { value: '420591', count: 4 },
    ]);
    expect(subPlaces.get('330200')?.map((r) => r.name)).toEqual(['江北区']);
  });
});

describe('latestSources', () => {
  it('puts the newest issue first', () => {
    const s = (id: number, year: number | null, issueNumber: number | null, importedAt = '2026-01-01') => ({
      id,
      year,
      issueNumber,
      importedAt,
    });
    const list = [s(1, 2023, 7), s(2, null, null, '2026-03-01'), s(3, 2024, 7), s(4, 2024, 2)];
    expect(latestSources(list, 3).map((x) => x.id)).toEqual([3, 4, 1]);
  });
});
