import { describe, expect, it } from 'vitest';
import { parseIndicatorsSearch, toSearchParams } from './indicators-search';

const parse = (search: string) => parseIndicatorsSearch(new URLSearchParams(search));

describe('Indicators page URL state', () => {
  it.each([
    { search: '', regions: ['150100'] },
    { search: 'regions=320100', regions: ['150100', '320100'] },
    { search: 'regions=320100,150100,320100', regions: ['150100', '320100'] },
    {
      search: 'regions=320100,%3Cscript%3E,420500-yichang-hi-tech',
      regions: ['150100', '320100', '420500-yichang-hi-tech'],
    },
    {
      search: 'regions=110000,120000,130000,140000,210000,220000,230000,310000,320000,330000',
      regions: ['150100', '110000', '120000', '130000', '140000', '210000', '220000', '230000', '310000'],
    },
  ])('regions "$search" → $regions (benchmark first, valid codes, at most 8 others)', ({ search, regions }) => {
    expect(parse(search).regions).toEqual(regions);
  });

  it.each([
    { search: 'indicator=high_tech_enterprises&tab=table', indicator: 'high_tech_enterprises', tab: 'table' },
    { search: 'indicator=DROP TABLE&tab=pie', indicator: null, tab: 'chart' },
  ])('indicator and tab from "$search"', ({ search, indicator, tab }) => {
    expect(parse(search)).toMatchObject({ indicator, tab });
  });

  it.each([
    { search: '', mode: 'absolute' },
    { search: 'mode=indexed', mode: 'indexed' },
    { search: 'mode=per_capita', mode: 'per_capita' },
    { search: 'mode=log', mode: 'absolute' },
  ])('mode from "$search" → $mode', ({ search, mode }) => {
    expect(parse(search).mode).toBe(mode);
  });

  it.each([
    { search: '', chart: 'line' },
    { search: 'chart=bar', chart: 'bar' },
    { search: 'chart=pie', chart: 'line' },
  ])('chart type from "$search" → $chart', ({ search, chart }) => {
    expect(parse(search).chart).toBe(chart);
  });

  it('keeps a non-default mode in the link', () => {
    const params = toSearchParams({ ...parse('indicator=gdp'), mode: 'per_capita' });
    expect(params.get('mode')).toBe('per_capita');
    expect(toSearchParams(parse('indicator=gdp')).has('mode')).toBe(false);
    expect(toSearchParams({ ...parse('indicator=gdp'), chart: 'bar' }).get('chart')).toBe('bar');
    expect(toSearchParams(parse('indicator=gdp')).has('chart')).toBe(false);
  });

  it('keeps the timeline on unless markers=0, and says so in the link only when off', () => {
    expect(parse('').markers).toBe(true);
    expect(parse('markers=0').markers).toBe(false);
    expect(toSearchParams({ ...parse('indicator=gdp'), markers: false }).get('markers')).toBe('0');
    expect(toSearchParams(parse('indicator=gdp')).has('markers')).toBe(false);
  });

  it('writes short links and reads back what it wrote', () => {
    const state = {
      indicator: 'gdp',
      regions: ['150100', '320100'],
      tab: 'chart' as const,
      unit: null,
      mode: 'absolute' as const,
      chart: 'line' as const,
      markers: true,
    };
    const params = toSearchParams(state);
    expect(decodeURIComponent(params.toString())).toBe('indicator=gdp&regions=150100,320100');
    expect(parseIndicatorsSearch(params)).toEqual(state);
  });
});
