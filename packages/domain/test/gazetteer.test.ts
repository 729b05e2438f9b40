import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createGazetteer } from '../src/gazetteer';
import { RegionFileSchema } from '../src/regions';

const dataFile = (path: string) => fileURLToPath(new URL(`../../../data/${path}`, import.meta.url));
const regions = RegionFileSchema.parse(JSON.parse(readFileSync(dataFile('regions/regions.json'), 'utf8')));
const gazetteer = createGazetteer(regions);
const reference = readFileSync(dataFile('reference/city-figures.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { city: string; city_en: string });

describe('data/regions/regions.json', () => {
  it('has unique codes, sorted', () => {
    const codes = regions.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it('has a parent for every parentCode, and only provinces lack one', () => {
    const codes = new Set(regions.map((r) => r.code));
    for (const r of regions) {
      if (r.parentCode === null) expect(r.level).toBe('province');
      else expect(codes.has(r.parentCode), r.code).toBe(true);
    }
  });

  it('covers the whole country', () => {
    const count = (level: string) => regions.filter((r) => r.level === level).length;
    expect(count('province')).toBe(31);
    expect(count('prefecture')).toBeGreaterThan(300);
    expect(count('county')).toBeGreaterThan(2800);
  });

  it('skips the 市辖区 placeholder of municipalities', () => {
    expect(regions.some((r) => r.name === '市辖区' || r.name.endsWith('直辖县级行政区划'))).toBe(false);
  });
});

describe('createGazetteer().resolve', () => {
  it.each([
    ['南京市', '320100'],
    ['南京', '320100'],
    ['呼和浩特', '150100'],
    ['呼和浩特市', '150100'],
    ['呼市', '150100'],
    ['150100', '150100'],
    ['Hohhot', '150100'],
    ['hohhot', '150100'],
    ['  呼和浩特  ', '150100'],
    ['宁波市江北区', '330205'],
    ['宁波江北区', '330205'],
    ['江北区', '330205'],
    ['重庆市江北区', '500105'],
    ['滁州市琅琊区', '341102'],
    ['云南省', '530000'],
    ['Yunnan Province', '530000'],
    ['雲南', '530000'],
    ['上海', '310000'],
    ['上海市', '310000'],
    ['湖北宜昌', '420500'],
    ['安徽省阜阳市', '341200'],
    ['内蒙古', '150000'],
    ['广西', '450000'],
    ['界首市', '341282'],
    ['宜昌高新区', '420500-gxq'],
    ['420500-gxq', '420500-gxq'],
    ['湖北宜昌高新区', '420500-gxq'],
    ['阜阳界首高新区', '341282-gxq'],
    ['ＡＢＣ', undefined],
    ['不存在的地方', undefined],
    ['', undefined],
  ])('%s → %s', (query, code) => {
    expect(gazetteer.resolve(query)?.code).toBe(code);
  });

  it('lists every match of an ambiguous name, preferred first', () => {
    expect(gazetteer.candidates('江北区').map((r) => r.code)).toEqual(['330205', '500105']);
  });
});

describe('hierarchy', () => {
  it('rolls 宜昌高新区 up to its city and province', () => {
    const zone = gazetteer.resolve('宜昌高新区')!;
    expect(zone.level).toBe('zone');
    expect(zone.official).toBe(false);
    expect(gazetteer.city(zone.code)?.code).toBe('420500');
    expect(gazetteer.province(zone.code)?.code).toBe('420000');
    expect(gazetteer.ancestors(zone.code).map((r) => r.code)).toEqual(['420500', '420000']);
  });

  it.each([
    ['310115', '310000', '310000'], // 浦东新区 → the municipality
    ['330205', '330200', '330000'], // 宁波市江北区
    ['429004', '429004', '420000'], // 仙桃市, directly under the province
    ['320100', '320100', '320000'],
  ])('%s: city %s, province %s', (code, cityCode, provinceCode) => {
    expect(gazetteer.city(code)?.code).toBe(cityCode);
    expect(gazetteer.province(code)?.code).toBe(provinceCode);
  });

  it('makes the municipality the parent of its districts', () => {
    expect(gazetteer.resolve('浦东新区')?.parentCode).toBe('310000');
  });
});

describe('names()', () => {
  const names = gazetteer.names();
  it('is sorted longest first and contains compound forms', () => {
    for (let i = 1; i < names.length; i++)
      expect(names[i - 1]!.text.length).toBeGreaterThanOrEqual(names[i]!.text.length);
    expect(names).toContainEqual({ text: '宁波市江北区', code: '330205' });
    expect(names).toContainEqual({ text: '呼和浩特', code: '150100' });
  });
  it('has no single-character form', () => {
    expect(names.filter((n) => [...n.text].length < 2)).toEqual([]);
  });
});

describe('the reference figures', () => {
  it.each([...new Map(reference.map((r) => [r.city, r.city_en]))])('%s (%s) resolves', (city, cityEn) => {
    const region = gazetteer.resolve(city);
    expect(region, city).toBeDefined();
    expect(gazetteer.resolve(cityEn)?.code).toBe(region!.code);
    expect(cityEn.replace(/ Province$/, '')).toBe(region!.nameEn);
  });
});

describe('resolution work does not grow with the length of the query (issue 11, defect 2)', () => {
  // Counted, not timed: the index lookups made to resolve one name.
  function lookups(query: string): number {
    const get = vi.spyOn(Map.prototype, 'get');
    try {
      expect(gazetteer.resolve(query)).toBeUndefined();
      return get.mock.calls.length;
    } finally {
      get.mockRestore();
    }
  }

  it('makes no more lookups for 内蒙古呼和浩特 + 16,200 x than for + 100 x, and the same for any longer name', () => {
    const short = lookups(`内蒙古呼和浩特${'x'.repeat(100)}`);
    const long = lookups(`内蒙古呼和浩特${'x'.repeat(16_200)}`);
    expect(long).toBeLessThanOrEqual(short);
    expect(lookups(`内蒙古呼和浩特${'x'.repeat(160_000)}`)).toBe(long);
  });

  it('still resolves compound names of three parts', () => {
    expect(gazetteer.resolve('内蒙古呼和浩特市新城区')?.code).toBe('150102');
    expect(gazetteer.resolve('浙江宁波江北区')?.code).toBe(gazetteer.resolve('宁波市江北区')?.code);
  });
});
