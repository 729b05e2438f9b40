/**
 * Place search for pickers: by Chinese name or short name, English name, GB/T 2260 code prefix,
 * full pinyin ("huhehaote") or pinyin initials ("hhht").
 */
import type { Region } from '@ipb/domain';

function pinyinForms(region: Region): { joined: string; initials: string } {
  const syllables = region.pinyin.toLowerCase().split(/\s+/).filter(Boolean);
  return { joined: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

export function matchesRegion(region: Region, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return true;
  if (/^\d+$/.test(q)) return region.code.startsWith(q);
  const { joined, initials } = pinyinForms(region);
  return (
    region.name.includes(q) ||
    region.shortName.includes(q) ||
    region.aliases.some((a) => a.includes(q)) ||
    region.nameEn.toLowerCase().replace(/\s+/g, '').includes(q) ||
    (joined !== '' && joined.startsWith(q)) ||
    (initials !== '' && initials.startsWith(q))
  );
}
