import { describe, expect, it } from 'vitest';
import { REGIONS } from '@/test/fixtures';
import { matchesRegion } from './search-regions';

const find = (query: string) => REGIONS.filter((r) => matchesRegion(r, query)).map((r) => r.shortName);

describe('matchesRegion', () => {
  it.each([
    { query: '南京', expected: ['南京'] },
    { query: '呼和浩特市', expected: ['呼和浩特'] },
    { query: 'hhht', expected: ['呼和浩特'] },
    { query: 'HHHT', expected: ['呼和浩特'] },
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
