/**
 * Gazetteer lookups over data/regions/regions.json (pure; the caller loads the file). A query may be
 * a code, an official name, a short name, an alias, an English name, or a compound "parent + child"
 * name (宁波市江北区, 湖北宜昌, 安徽省阜阳市). Ambiguous names (江北区 in 宁波 and 重庆) resolve to the
 * higher level, then the lower code; `candidates` returns every match so a caller can do better.
 */
import type { Region, RegionLevel } from './regions';

export interface GazetteerName {
  text: string;
  code: string;
}

export interface Gazetteer {
  /** Every place, by code. */
  all(): readonly Region[];
  byCode(code: string): Region | undefined;
  resolve(query: string): Region | undefined;
  candidates(query: string): Region[];
  /** Parent first, up to the province. */
  ancestors(code: string): Region[];
  /** The prefecture-level city of a region, or the municipality (上海市) it belongs to. */
  city(code: string): Region | undefined;
  province(code: string): Region | undefined;
  /** Every Chinese written form, longest first, for matching names in text. */
  names(): GazetteerName[];
}

export const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, prefecture: 1, county: 2, zone: 3 };
const ENGLISH_SUFFIX = /\s+(province|city|municipality|autonomous region)$/;

/** Full-width → ASCII (NFKC), no spaces between CJK characters, lowercase Latin. */
export function foldRegionQuery(query: string): string {
  return query
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(?<=[^\x20-\x7e]) | (?=[^\x20-\x7e])/g, '')
    .toLowerCase();
}

function compareRegions(a: Region, b: Region): number {
  const byLevel = LEVEL_RANK[a.level] - LEVEL_RANK[b.level];
  if (byLevel !== 0) return byLevel;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function ownForms(r: Region): string[] {
  const forms = [r.name, ...r.aliases];
  if ([...r.shortName].length >= 2) forms.push(r.shortName);
  return forms;
}

export function createGazetteer(regions: Region[]): Gazetteer {
  const codes = new Map(regions.map((r) => [r.code, r]));
  const index = new Map<string, Region[]>();
  const add = (key: string, r: Region) => {
    const k = foldRegionQuery(key);
    const list = index.get(k) ?? [];
    if (!list.includes(r)) list.push(r);
    index.set(k, list);
  };
  for (const r of regions) {
    add(r.code, r);
    for (const form of ownForms(r)) add(form, r);
    add(r.nameEn, r);
  }
  for (const list of index.values()) list.sort(compareRegions);
  const hasPrefectures = new Set(regions.filter((r) => r.level === 'prefecture').map((r) => r.parentCode));

  const ancestors = (code: string): Region[] => {
    const out: Region[] = [];
    for (let r = codes.get(code); r?.parentCode; ) {
      r = codes.get(r.parentCode);
      if (r) out.push(r);
    }
    return out;
  };

  const direct = (q: string): Region[] => index.get(q) ?? index.get(q.replace(ENGLISH_SUFFIX, '')) ?? [];

  // No written form is longer than this, so no part of a compound name is: resolution stays linear
  // in the length of the query (issue 11: a 16 KB name once took 12 s, quadratic in its length).
  let longest = 0;
  for (const key of index.keys()) longest = Math.max(longest, [...key].length);

  /** "parent child": a written form of an ancestor immediately followed by the child's own form. */
  const compound = (q: string, depth: number): Region[] => {
    if (depth > 2) return [];
    const chars = [...q];
    // At most three parts (province, city, district) at depth 0, two at depth 1.
    if (chars.length > longest * (3 - depth)) return [];
    const found = new Set<Region>();
    for (let i = 2; i <= Math.min(chars.length - 2, longest); i++) {
      const parents = direct(chars.slice(0, i).join(''));
      if (parents.length === 0) continue;
      for (const child of candidatesOf(chars.slice(i).join(''), depth + 1)) {
        const up = ancestors(child.code);
        if (parents.some((p) => up.includes(p))) found.add(child);
      }
    }
    return [...found].sort(compareRegions);
  };

  const candidatesOf = (q: string, depth: number): Region[] => {
    const hits = direct(q);
    return hits.length > 0 ? hits : compound(q, depth);
  };
  const candidates = (query: string): Region[] => {
    const q = foldRegionQuery(query);
    return q ? [...candidatesOf(q, 0)] : [];
  };

  const province = (code: string): Region | undefined => {
    const r = codes.get(code);
    return r?.level === 'province' ? r : ancestors(code).find((a) => a.level === 'province');
  };

  const city = (code: string): Region | undefined => {
    const r = codes.get(code);
    if (!r) return undefined;
    const chain = [r, ...ancestors(code)];
    const prefecture = chain.find((a) => a.level === 'prefecture');
    if (prefecture) return prefecture;
    const top = chain[chain.length - 1];
    if (top && top.level === 'province' && !hasPrefectures.has(top.code)) return top; // municipality
    return chain.find((a) => a.level === 'county'); // county-level city under a province (仙桃市)
  };

  let namesCache: GazetteerName[] | undefined;
  const names = (): GazetteerName[] => {
    if (namesCache) return namesCache;
    const seen = new Set<string>();
    const out: Array<GazetteerName & { region: Region }> = [];
    const push = (text: string, region: Region) => {
      const key = `${text}\u0000${region.code}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ text, code: region.code, region });
    };
    for (const r of regions) {
      const own = ownForms(r);
      for (const form of own) push(form, r);
      const parent = r.parentCode ? codes.get(r.parentCode) : undefined;
      if (parent) for (const p of ownForms(parent)) for (const form of own) push(`${p}${form}`, r);
    }
    out.sort(
      (a, b) =>
        b.text.length - a.text.length ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) ||
        compareRegions(a.region, b.region),
    );
    namesCache = out.map(({ text, code }) => ({ text, code }));
    return namesCache;
  };

  const sorted = [...regions].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    all: () => sorted,
    byCode: (code) => codes.get(foldRegionQuery(code)),
    resolve: (query) => candidates(query)[0],
    candidates,
    ancestors,
    city,
    province,
    names,
  };
}
