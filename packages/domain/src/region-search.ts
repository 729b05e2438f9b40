/**
 * Place search over the whole gazetteer, for pickers (GET /api/regions?q=): by Chinese name, short
 * name or alias, English name, GB/T 2260 code prefix, full pinyin ("huhehaote") or pinyin initials
 * ("hhht"). `regionMatch` says how well a place matches, so exact names come before prefixes and
 * prefixes before substrings.
 */
import type { Region } from './regions';

/** 0: the query is a name or code of the place; 1: a prefix of one; 2: inside one; null: no match. */
export type RegionMatch = 0 | 1 | 2 | null;

/** Lower case, no spaces, full-width folded (ｈｈｈｔ, ＨＨＨＴ → hhht). */
export function foldSearchQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function pinyinForms(region: Region): string[] {
  const syllables = region.pinyin.toLowerCase().split(/\s+/).filter(Boolean);
  if (!syllables.length) return [];
  return [syllables.join(''), syllables.map((s) => s[0]).join('')];
}

/** How `region` matches an already folded query (foldSearchQuery). */
export function regionMatch(region: Region, q: string): RegionMatch {
  if (!q) return 2;
  if (/^\d+$/.test(q)) return region.code === q ? 0 : region.code.startsWith(q) ? 1 : null;
  const names = [region.name, region.shortName, ...region.aliases, region.nameEn.toLowerCase().replace(/\s+/g, '')];
  if (names.includes(q)) return 0;
  const pinyin = pinyinForms(region);
  if (pinyin.includes(q)) return 0;
  if (names.some((n) => n.startsWith(q)) || pinyin.some((p) => p.startsWith(q))) return 1;
  return names.some((n) => n.includes(q)) ? 2 : null;
}

export function matchesRegion(region: Region, query: string): boolean {
  return regionMatch(region, foldSearchQuery(query)) !== null;
}
