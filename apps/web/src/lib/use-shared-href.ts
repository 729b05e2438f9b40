/** Links between views keep the shared URL state (theme filter, official-sources switch). */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { withSharedParams } from './shared-params';

export function useSharedHref(): (to: string) => string {
  const [params] = useSearchParams();
  return useCallback((to: string) => withSharedParams(to, params), [params]);
}
