import { describe, expect, it } from 'vitest';
import { foldSearchQuery, matchesRegion, type Region, regionMatch } from '../src/index';

const region = (code: string, name: string, shortName: string, nameEn: string, pinyin: string): Region => ({
  code,
  official: true,
  name,
  shortName,
  level: code.endsWith('0000') ? 'province' : 'prefecture',
  parentCode: code.endsWith('0000') ? null : `${code.slice(0, 2)}0000`,
  aliases: [],
  nameEn,
  pinyin,
});

const REGIONS = [
  region('150100', '呼和浩特市', '呼和浩特', 'Hohhot', 'hu he hao te'),
  region('320100', '南京市', '南京', 'Nanjing', 'nan jing'),
  region('321000', '扬州市', '扬州', 'Yangzhou', 'yang zhou'),
  region('310000', '上海市', '上海', 'Shanghai', 'shang hai'),
];

const find = (query: string) => REGIONS.filter((r) => matchesRegion(r, query)).map((r) => r.shortName);

describe('matchesRegion', () => {
  it.each([
    { query: '南京', expected: ['南京'] },
    { query: '呼和浩特市', expected: ['呼和浩特'] },
    { query: 'hhht', expected: ['呼和浩特'] },
    { query: 'HHHT', expected: ['呼和浩特'] },
    { query: 'ｈｈｈｔ', expected: ['呼和浩特'] },
    { query: 'nanj', expected: ['南京'] },
    { query: 'yang zhou', expected: ['扬州'] },
    { query: 'Shanghai', expected: ['上海'] },
    { query: '3201', expected: ['南京'] },
    { query: '32', expected: ['南京', '扬州'] },
    { query: '  ', expected: ['呼和浩特', '南京', '扬州', '上海'] },
    { query: '北京', expected: [] },
  ])('"$query" → $expected', ({ query, expected }) => {
    expect(find(query)).toEqual(expected);
  });
});

describe('regionMatch', () => {
  it('ranks a name or code above a prefix, and a prefix above a substring', () => {
    const nanjing = REGIONS[1] as Region;
    expect(regionMatch(nanjing, foldSearchQuery('南京市'))).toBe(0);
    expect(regionMatch(nanjing, foldSearchQuery('320100'))).toBe(0);
    expect(regionMatch(nanjing, foldSearchQuery('南'))).toBe(1);
    expect(regionMatch(nanjing, foldSearchQuery('京'))).toBe(2);
    expect(regionMatch(nanjing, foldSearchQuery('扬'))).toBeNull();
  });
});
