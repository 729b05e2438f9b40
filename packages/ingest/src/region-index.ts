/**
 * Place names in running text, over the domain gazetteer: every name, short name and alias,
 * matched longest-first at each position. County short names (鼓楼 for 鼓楼区) and one-character
 * district stems (城区, 郊区) are not matched: too many collide with ordinary words; counties are
 * found by full name or alias. Hierarchy questions go to the gazetteer (createGazetteer).
 */
import { createGazetteer, type Gazetteer, type Region } from '@ipb/domain';
import { collect, prefixTrie } from './term-trie';

export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  regions: Region[];
}

export interface RegionIndex {
  gazetteer: Gazetteer;
  regions: readonly Region[];
  /** The names in `text`, longest first at each position, scanning from `from` (0 by default). */
  mentions(text: string, from?: number): PlaceMention[];
  /**
   * Where a name could begin that `text` cuts short: the first position from which the rest of
   * `text` spells the start of a name (南京 at the end of …在南京 begins 南京市), or `text.length`.
   * A scan of `text` and one of `text` with more after it find the same names before this point.
   */
  openNameAt(text: string): number;
  isAncestor(ancestor: Region, child: Region): boolean;
  /** The length of the longest name: a name ending past a point starts within this many characters before it. */
  longestName: number;
}

const MIN_NAME = 2;
/** Placeholder divisions of the official list, not places anyone writes about. */
const PLACEHOLDER = /^(市辖区|县|.*直辖县级行政区划)$/;
/** 城区, 郊区, 矿区: district names that are also everyday words. */
const WORD_LIKE_DISTRICT = /^[\u4e00-\u9fff]区$/;

function namesOf(r: Region): string[] {
  if (PLACEHOLDER.test(r.name)) return [];
  const names = [r.name, ...r.aliases];
  if (r.level !== 'county' && r.shortName.length >= MIN_NAME) names.push(r.shortName);
  return names.filter((n) => n.length >= MIN_NAME && !(r.level === 'county' && WORD_LIKE_DISTRICT.test(n)));
}

export function createRegionIndex(regions: readonly Region[]): RegionIndex {
  const gazetteer = createGazetteer([...regions]);
  const entries = regions.flatMap((r) => [...new Set(namesOf(r))].map((n): [string, Region] => [n, r]));
  const names = prefixTrie(entries, collect<Region>);
  const longest = entries.reduce((max, [n]) => Math.max(max, n.length), 0);
  const openNameAt = (text: string): number => {
    // A name is at most `longest` long, so only the last longest − 1 positions can start one that runs on.
    for (let i = Math.max(0, text.length - longest + 1); i < text.length; i++) if (names.reachesEnd(text, i)) return i;
    return text.length;
  };
  const isAncestor = (ancestor: Region, child: Region): boolean =>
    gazetteer.ancestors(child.code).some((r) => r.code === ancestor.code);
  const mentions = (text: string, from = 0): PlaceMention[] => {
    const out: PlaceMention[] = [];
    for (let i = from; i < text.length; i++) {
      const found = names.longestAt(text, i);
      if (!found) continue;
      out.push({ start: i, end: found.end, name: text.slice(i, found.end), regions: found.value });
      i = found.end - 1;
    }
    return out;
  };
  return { gazetteer, regions, mentions, openNameAt, isAncestor, longestName: longest };
}

export interface Resolved {
  region: Region;
  start: number;
  end: number;
  ambiguous: boolean;
}

/** Resolve a run of mentions: adjacent parent+child pairs collapse to the child. */
export function resolveMentions(mentions: PlaceMention[], index: RegionIndex): Resolved[] {
  const out: Resolved[] = [];
  let prev: Resolved | null = null;
  let prevEnd = -10;
  for (const m of mentions) {
    const adjacent = prev !== null && m.start - prevEnd <= 1;
    const inside = adjacent ? m.regions.filter((r) => index.isAncestor(prev!.region, r)) : [];
    if (inside.length > 0) {
      const region = mostSpecific(inside);
      out[out.length - 1] = { region, start: prev!.start, end: m.end, ambiguous: inside.length > 1 };
    } else {
      const region = mostSpecific(
        m.regions,
        out.map((o) => o.region),
        index,
      );
      out.push({ region, start: m.start, end: m.end, ambiguous: m.regions.length > 1 });
    }
    prev = out[out.length - 1]!;
    prevEnd = m.end;
  }
  return out;
}

export const LEVEL_RANK: Record<Region['level'], number> = { province: 0, prefecture: 1, county: 2, zone: 3 };

function mostSpecific(regions: Region[], context: Region[] = [], index?: RegionIndex): Region {
  if (index && context.length > 0) {
    const near = regions.filter((r) => context.some((c) => index.isAncestor(c, r) || index.isAncestor(r, c)));
    if (near.length > 0) regions = near;
  }
  // Several places with one name: prefer the higher level (a city named like a county elsewhere).
  return [...regions].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.code.localeCompare(b.code))[0]!;
}
