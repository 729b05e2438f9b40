/**
 * Whose figure is it? A figure whose clause group opens on another named place (长沙县…，R&D经费投入
 * 强度达到 4.12% in a province's ranking; 浏阳市高新技术企业总数达到 436 家) is that place's, not the
 * article's aggregate: the reverse of a provincial total quoted in a city text. So is a figure of the
 * counties only (县域高新技术企业 7850 家) in a text about a province or a city. A figure of such a
 * place is never linked to the article's place (gold README, links rule 1).
 */
import type { Region } from '@ipb/domain';
import { type RegionIndex, resolveMentions } from './region-index';

/** Words naming the article's own place again after another place was named (…，全市…, 我省…). */
const OWN_PLACE = /(全市|全省|全区|全县|全州|全盟|我市|我省|我区|我县|我州|本市|本区|本县|市本级|县本级)/;
/** The counties of a place, not the place (县域 in a county's own text is the county itself). */
const COUNTIES_ONLY = /县域/;
/** Document and organisation names in book-title marks or quotes name no topic. */
const NAMES = /[《“"「][^》”"」]{0,60}[》”"」]/g;

export type OtherPlace = (before: string) => boolean;

/**
 * `text.replace(NAMES, (m) => '　'.repeat(m.length))`, by exec: a replace calling back per match
 * was most of the other-place check outside the place scan (a sentence quoting a name).
 */
function maskNames(text: string): string {
  NAMES.lastIndex = 0;
  let m = NAMES.exec(text);
  if (m === null) return text;
  let out = '';
  let at = 0;
  do {
    out += text.slice(at, m.index) + '　'.repeat(m[0].length);
    at = m.index + m[0].length;
    m = NAMES.exec(text);
  } while (m !== null);
  return out + text.slice(at);
}

/** Text from the last ；/; (or the sentence start) to the figure: one clause group, one topic. */
const groupOf = (before: string) => before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);

export function otherPlaceOf(index: RegionIndex, region: Region | null): OtherPlace {
  const aboveCounty = region !== null && (region.level === 'province' || region.level === 'prefecture');
  const isOther = (before: string): boolean => {
    const group = maskNames(groupOf(before));
    if (aboveCounty && COUNTIES_ONLY.test(group)) return true;
    const last = resolveMentions(index.mentions(group), index).at(-1);
    if (!last || OWN_PLACE.test(group.slice(last.end))) return false;
    return region === null || !sameOrNamePrefix(last.region, region, index);
  };
  // A figure's subject and its link ask about the same text in turn: answer the repeat from memory.
  let memo: { before: string; other: boolean } | null = null;
  return (before) => {
    if (memo?.before !== before) memo = { before, other: isOther(before) };
    return memo.other;
  };
}

/**
 * The article's place, or one whose name the text writes before it (湖南省科学技术厅 in 湖南省's text
 * is its own; 大庆 before 高新区 in the zone's text resolves to the zone already).
 */
function sameOrNamePrefix(named: Region, region: Region, index: RegionIndex): boolean {
  if (named.code === region.code) return true;
  // 宁波市江北区 collapses to the district; a zone's parent city before the zone's own words does not.
  return region.level === 'zone' && index.isAncestor(named, region);
}
