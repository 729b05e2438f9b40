import { describe, expect, it } from 'vitest';
import { gapsResponse, NINGKEDAI } from '../test/compare-fixtures';
import { filterGaps } from './filter-gaps';

describe('filterGaps', () => {
  const gaps = gapsResponse(['320100']);
  it.each([
    { name: 'no theme filter keeps everything', themes: [], visible: [], themesLeft: ['tech_finance'], programs: 3 },
    {
      name: 'a matching theme',
      themes: ['tech_finance'],
      visible: [NINGKEDAI.id],
      themesLeft: ['tech_finance'],
      programs: 3,
    },
    { name: 'another theme', themes: ['talent'], visible: [], themesLeft: [], programs: 0 },
  ] as const)('$name', ({ themes, visible, themesLeft, programs }) => {
    const out = filterGaps(gaps, themes, new Set(visible));
    expect(out.themes.map((t) => t.theme.id)).toEqual(themesLeft);
    expect(out.programs).toHaveLength(programs);
  });
});
