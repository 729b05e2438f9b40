/**
 * The URL parameters every view shares — the theme filter (`theme`) and the official-sources switch
 * (`authority`) — travel with every link between views and survive a view's own URL updates, so a
 * reader who narrowed the data keeps it narrowed while moving around, and a copied link restores it.
 */
export const SHARED_PARAMS = ['theme', 'authority'] as const;

/** Copies the shared parameters of `from` into `to` (a parameter `to` already sets is kept). */
export function carrySharedParams(from: URLSearchParams, to: URLSearchParams): URLSearchParams {
  for (const key of SHARED_PARAMS) {
    const value = from.get(key);
    if (value && !to.has(key)) to.set(key, value);
  }
  return to;
}

/** `to` (a path with an optional query and hash) with the shared parameters of `current` added. */
export function withSharedParams(to: string, current: URLSearchParams): string {
  const hashAt = to.indexOf('#');
  const hash = hashAt < 0 ? '' : to.slice(hashAt);
  const beforeHash = hashAt < 0 ? to : to.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const pathname = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = carrySharedParams(current, new URLSearchParams(queryAt < 0 ? '' : beforeHash.slice(queryAt + 1)));
  const search = params.toString();
  return `${pathname}${search ? `?${search}` : ''}${hash}`;
}
