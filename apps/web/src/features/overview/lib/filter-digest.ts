/** The digest under the shared theme filter: items of a selected theme; items without a theme (targets) stay. */
import type { DigestItem } from '@ipb/domain';

export function filterDigest(items: readonly DigestItem[], themes: readonly string[]): DigestItem[] {
  if (!themes.length) return [...items];
  return items.filter((i) => !i.themes.length || i.themes.some((th) => themes.includes(th)));
}
