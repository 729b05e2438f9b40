/**
 * The theme filter shared by every view lives in the URL as `theme=tech_finance,talent`, so it
 * survives navigation between views (links keep it) and a copied link restores it.
 */
import type { ThemeId } from '@ipb/domain';
import { useCallback } from 'react';
import { parseThemeParam } from '@/early/url-state';
import { useUrlParams } from '@/lib/use-url-params';

export { parseThemeParam };

export function useThemeParam(): [ThemeId[], (next: ThemeId[]) => void] {
  const [params, setParams] = useUrlParams();
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
