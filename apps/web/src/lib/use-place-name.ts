/**
 * A place's name in the reader's language, by its code: 南京市 / Nanjing. Places with data are
 * few and already cached for the pickers (GET /api/regions?withData=1); a place not among them
 * keeps the name the API gave (shown as data), or its code.
 */
import { useCallback, useMemo } from 'react';
import { useI18n } from '@/i18n';
import { useRegions } from './get-regions';

export function usePlaceName(): (code: string | null | undefined, given?: string | null) => string {
  const { lang } = useI18n();
  const regions = useRegions();
  const byCode = useMemo(() => new Map((regions.data ?? []).map((r) => [r.code, r])), [regions.data]);
  return useCallback(
    (code, given) => {
      const region = code ? byCode.get(code) : undefined;
      if (region) return lang === 'en' ? region.nameEn : region.name;
      return given ?? code ?? '';
    },
    [byCode, lang],
  );
}
