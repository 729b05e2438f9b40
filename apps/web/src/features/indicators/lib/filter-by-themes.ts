/** The indicator select under the shared theme filter (URL `theme=`): only the selected themes' indicators. */
import type { Indicator, ThemeId } from '@ipb/domain';

/** All when no theme is selected; the current indicator stays listed so the select can still show it. */
export function filterByThemes(
  indicators: readonly Indicator[],
  themes: readonly ThemeId[],
  current: string | null,
): Indicator[] {
  if (!themes.length) return [...indicators];
  return indicators.filter((i) => themes.includes(i.theme) || i.id === current);
}

/** How many indicators each theme has, for the chips' counts. */
export function countByTheme(indicators: readonly Indicator[]): Partial<Record<ThemeId, number>> {
  const counts: Partial<Record<ThemeId, number>> = {};
  for (const i of indicators) counts[i.theme] = (counts[i.theme] ?? 0) + 1;
  return counts;
}
