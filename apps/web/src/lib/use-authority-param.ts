/**
 * The "official sources only" switch lives in the URL as `authority=official`, like the theme filter,
 * so it survives navigation, a copied link restores it, and every figure query passes it to the API
 * (which filters figures, series, targets, conflicts and CSV exports the same way).
 */
import { useCallback } from 'react';
import { type AuthorityParam, parseAuthorityParam } from '@/early/url-state';
import { useUrlParams } from '@/lib/use-url-params';

export { type AuthorityParam, parseAuthorityParam };

export function useAuthorityParam(): [AuthorityParam, (next: AuthorityParam) => void] {
  const [params, setParams] = useUrlParams();
  const authority = parseAuthorityParam(params.get('authority'));
  const setAuthority = useCallback(
    (next: AuthorityParam) =>
      setParams(
        (prev) => {
          const copy = new URLSearchParams(prev);
          if (next) copy.set('authority', next);
          else copy.delete('authority');
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [authority, setAuthority];
}
