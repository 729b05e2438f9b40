import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, type MeasuresSearch, parseMeasuresSearch, writeMeasuresSearch } from './measures-search';

describe('parseMeasuresSearch', () => {
  it.each<[string, Partial<MeasuresSearch>]>([
    ['', {}],
    ['q=人才', { q: '人才' }],
    ['q=%20%20人才%20', { q: '人才' }],
    ['theme=talent,tech_finance', { themes: ['talent', 'tech_finance'] }],
    ['theme=talent,nonsense,talent', { themes: ['talent'] }],
    ['region=320100,310000', { regions: ['320100', '310000'] }],
    ['region=320100,abc,320100,12', { regions: ['320100'] }],
    ['region=150100-hhht-hightech', { regions: ['150100-hhht-hightech'] }],
    ['year=2024', { year: 2024 }],
    ['year=24', { year: null }],
    ['year=2024abc', { year: null }],
    ['source=3', { source: 3 }],
    ['source=0', { source: null }],
    ['source=-1', { source: null }],
    ['program=宁科贷', { program: '宁科贷' }],
    ['program=%20', { program: null }],
    [`q=${'人'.repeat(120)}`, { q: '人'.repeat(100) }],
  ])('%s', (query, expected) => {
    expect(parseMeasuresSearch(new URLSearchParams(query))).toEqual({ ...EMPTY_SEARCH, ...expected });
  });

  it('writes a search back in the API parameter names, keeping other parameters', () => {
    const search: MeasuresSearch = {
      q: '人才',
      themes: ['talent'],
      regions: ['320100', '310000'],
      year: 2024,
      source: 2,
      program: '宁科贷',
    };
    const params = writeMeasuresSearch(new URLSearchParams('year=1999&view=x'), search);
    expect(Object.fromEntries(params)).toEqual({
      view: 'x',
      q: '人才',
      theme: 'talent',
      region: '320100,310000',
      year: '2024',
      source: '2',
      program: '宁科贷',
    });
    expect(parseMeasuresSearch(params)).toEqual(search);
    expect(writeMeasuresSearch(params, EMPTY_SEARCH).toString()).toBe('view=x');
  });
});
