/**
 * A selection kept in one URL parameter (`?item=measure:12`) and shown at once.
 *
 * A router navigation is a transition and lands later, so `select` shows the new selection before
 * the URL has it: a reviewer pressing j then c gets the form on the item j chose. The URL still
 * leads: a link or the back button that changes the parameter changes the selection.
 *
 * Two selections in quick succession write the URL twice; the first write may render on its way to
 * the second, or never render at all. A rendered value is taken only when it is where the router is
 * heading (`useLatestParams`): the first write's render is passed over, and nothing is remembered of
 * a write that never rendered (a set of "our own writes" kept the overtaken one, and a later link to
 * that very item was ignored once).
 */
import { useCallback, useEffect, useState } from 'react';
import { useLatestParams, useUrlParams } from './use-url-params';

export function useUrlSelection(name: string): [string | null, (key: string) => void] {
  const [params, setParams] = useUrlParams();
  const latest = useLatestParams();
  const inUrl = params.get(name);
  const [shown, setShown] = useState(inUrl);
  useEffect(() => {
    const heading = latest();
    if (heading && heading.get(name) !== inUrl) return;
    setShown(inUrl);
  }, [inUrl, name, latest]);
  const select = useCallback(
    (key: string) => {
      setShown(key);
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set(name, key);
          return next;
        },
        { replace: true },
      );
    },
    [name, setParams],
  );
  return [shown, select];
}
