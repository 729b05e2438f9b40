/**
 * Place names in running text, over the domain gazetteer: every name, short name and alias,
 * matched longest-first at each position. County short names (鼓楼 for 鼓楼区) and one-character
 * district stems (城区, 郊区) are not matched: too many collide with ordinary words; counties are
 * found by full name or alias. Hierarchy questions go to the gazetteer (createGazetteer).
 */
import { createGazetteer, type Gazetteer, type Region } from '@ipb/domain';

export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  regions: Region[];
}

export interface RegionIndex {
  gazetteer: Gazetteer;
  mentions(text: string): PlaceMention[];
  isAncestor(ancestor: Region, child: Region): boolean;
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
  const byName = new Map<string, Region[]>();
  /** Name lengths by first character, longest first: most positions try nothing at all. */
  const lengthsByFirst = new Map<string, number[]>();
  for (const r of regions) {
    for (const n of new Set(namesOf(r))) {
      const list = byName.get(n) ?? [];
      list.push(r);
      byName.set(n, list);
      const lengths = lengthsByFirst.get(n[0]!) ?? [];
      if (!lengths.includes(n.length)) lengths.push(n.length);
      lengthsByFirst.set(n[0]!, lengths);
    }
  }
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  const isAncestor = (ancestor: Region, child: Region): boolean =>
    gazetteer.ancestors(child.code).some((r) => r.code === ancestor.code);
  const mentions = (text: string): PlaceMention[] => {
    const out: PlaceMention[] = [];
    for (let i = 0; i < text.length; i++) {
      for (const len of lengthsByFirst.get(text[i]!) ?? []) {
        if (i + len > text.length) continue;
        const name = text.slice(i, i + len);
        const regions = byName.get(name);
        if (!regions) continue;
        out.push({ start: i, end: i + len, name, regions });
        i += len - 1;
        break;
      }
    }
    return out;
  };
  return { gazetteer, mentions, isAncestor };
}
