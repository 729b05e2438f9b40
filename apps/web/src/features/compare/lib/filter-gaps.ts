/**
 * /api/gaps knows no theme filter: keep the gap themes the reader selected, and the programmes
 * whose measures are in view (the compare grid, which is theme-filtered), so the list matches
 * the rest of the page.
 */
import type { GapsResponse, ThemeId } from '@ipb/domain';

export function filterGaps(gaps: GapsResponse, themes: readonly ThemeId[], visibleMeasureIds: ReadonlySet<number>) {
  if (!themes.length) return gaps;
  return {
    ...gaps,
    themes: gaps.themes.filter((g) => themes.includes(g.theme.id)),
    programs: gaps.programs.filter((p) => p.measures.some((m) => visibleMeasureIds.has(m.id))),
  };
}
