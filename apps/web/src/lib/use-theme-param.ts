/**
 * The theme filter shared by every view lives in the URL as `theme=tech_finance,talent`, so it
 * survives navigation between views (links keep it) and a copied link restores it.
 */
import { THEME_IDS, type ThemeId } from '@ipb/domain';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function parseThemeParam(value: string | null): ThemeId[] {
  if (!value) return [];
  const known = new Set<string>(THEME_IDS);
  return [...new Set(value.split(',').filter((t): t is ThemeId => known.has(t)))];
}

export function useThemeParam(): [ThemeId[], (next: ThemeId[]) => void] {
  const [params, setParams] = useSearchParams();
  const themes = parseThemeParam(params.get('theme'));
  const setThemes = useCallback(
    (next: ThemeId[]) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next.length) copy.set('theme', next.join(','));
          else copy.delete('theme');
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [themes, setThemes];
}
