/**
 * `useSearchParams`, except that an update given as a function starts from the URL the router is
 * heading to, not from the URL React last rendered.
 *
 * react-router's own `setSearchParams(prev => …)` passes the search params of the last render as
 * `prev`. Navigations render in a transition, so on a busy machine or a slow phone two changes can
 * come before the render of the first (two filters chosen quickly, two hooks writing in one event):
 * each then starts from the same old URL and the second drops the first. The data router knows the
 * latest location as soon as `navigate` is called (`state.navigation.location` while its loaders run,
 * `state.location` once done), synchronously; this hook starts from there.
 *
 * Without a data router (a plain `<MemoryRouter>` in a test) it falls back to the rendered URL.
 */
import { useCallback, useContext } from 'react';
import { type SetURLSearchParams, UNSAFE_DataRouterContext, useLocation, useSearchParams } from 'react-router';

export function useUrlParams(): [URLSearchParams, SetURLSearchParams] {
  const [params, setParams] = useSearchParams();
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  const { pathname } = useLocation();
  const set = useCallback<SetURLSearchParams>(
    (next, options) => {
      if (typeof next !== 'function') return setParams(next, options);
      setParams(next(latestParams(dataRouter?.router.state, pathname) ?? new URLSearchParams(params)), options);
    },
    [setParams, dataRouter, pathname, params],
  );
  return [params, set];
}

/**
 * A reader of the search the router is on or heading to (see `useUrlParams`), or null without a data
 * router or while it heads to another page. For a page that must tell its own overtaken write, which
 * still renders on its way, from where the URL ends up.
 */
export function useLatestParams(): () => URLSearchParams | null {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  const { pathname } = useLocation();
  return useCallback(() => latestParams(dataRouter?.router.state, pathname), [dataRouter, pathname]);
}

type RouterState = {
  location: { pathname: string; search: string };
  navigation: { location?: { pathname: string; search: string } };
};

/** The search of the location the router is on or heading to, if it is still this page's. */
function latestParams(state: RouterState | undefined, pathname: string): URLSearchParams | null {
  if (!state) return null;
  const heading = state.navigation.location;
  const latest = heading && heading.pathname === pathname ? heading : state.location;
  return latest.pathname === pathname ? new URLSearchParams(latest.search) : null;
}
