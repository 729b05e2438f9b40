import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/test/fixtures';
import { countByTheme, filterByThemes } from './filter-by-themes';

const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('filterByThemes', () => {
  it.each([
    { themes: [], current: null, expected: ['high_tech_enterprises', 'tech_contract_turnover', 'rd_expenditure'] },
    { themes: ['tech_transfer'], current: null, expected: ['tech_contract_turnover'] },
    {
      themes: ['tech_transfer'],
      current: 'high_tech_enterprises',
      expected: ['high_tech_enterprises', 'tech_contract_turnover'],
    },
    { themes: ['talent'], current: null, expected: [] },
    {
      themes: ['talent', 'enterprise_cultivation'],
      current: 'tech_contract_turnover',
      expected: ['high_tech_enterprises', 'tech_contract_turnover'],
    },
  ] as const)('themes $themes, current $current → $expected', ({ themes, current, expected }) => {
    expect(ids(filterByThemes(INDICATORS, themes, current))).toEqual(expected);
  });

  it('counts indicators per theme', () => {
    expect(countByTheme(INDICATORS)).toEqual({ enterprise_cultivation: 1, tech_transfer: 1, rd_investment: 1 });
  });
});
