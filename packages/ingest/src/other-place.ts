/**
 * Whose figure is it? A figure whose clause group opens on another named place (长沙县…，R&D经费投入
 * 强度达到 4.12% in a province's ranking; 浏阳市高新技术企业总数达到 436 家) is that place's, not the
 * article's aggregate: the reverse of a provincial total quoted in a city text. So is a figure of the
 * counties only (县域高新技术企业 7850 家) in a text about a province or a city. A figure of such a
 * place is never linked to the article's place (gold README, links rule 1).
 */
import type { Region } from '@ipb/domain';
import { type PlaceMention, type RegionIndex, resolveMentions } from './region-index';

/** Words naming the article's own place again after another place was named (…，全市…, 我省…). */
const OWN_PLACE = /(全市|全省|全区|全县|全州|全盟|我市|我省|我区|我县|我州|本市|本区|本县|市本级|县本级)/;
/** The counties of a place, not the place (县域 in a county's own text is the county itself). */
const COUNTIES_ONLY = /县域/;
/** Document and organisation names in book-title marks or quotes name no topic. */
const NAMES = /[《“"「][^》”"」]{0,60}[》”"」]/g;

/**
 * Whether the figure after `before` is another place's. A caller whose `before` is `text.slice(start,
 * …)` says so (`text`, `start`): the next figure of the same sentence then reads on from this one
 * (`scanGroup`) without comparing the two prefixes character by character, and while the sentence
 * names no place up to the figure, answers at once (`placeFree`).
 */
export type OtherPlace = (before: string, text?: string, start?: number) => boolean;

/** An opening mark of a name (what NAMES starts with). */
const OPENER = /[《“"「]/;

/** Where the last name `maskNames` blanked ends (0 when it blanked none). */
let lastNameEnd = 0;

/**
 * `text.replace(NAMES, (m) => '　'.repeat(m.length))`, by exec: a replace calling back per match
 * was most of the other-place check outside the place scan (a sentence quoting a name).
 */
function maskNames(text: string): string {
  NAMES.lastIndex = 0;
  lastNameEnd = 0;
  let m = NAMES.exec(text);
  if (m === null) return text;
  let out = '';
  let at = 0;
  do {
    out += text.slice(at, m.index) + '　'.repeat(m[0].length);
    at = m.index + m[0].length;
    m = NAMES.exec(text);
  } while (m !== null);
  lastNameEnd = at;
  return out + text.slice(at);
}

/** Where the clause group of `before` starts: after its last ；/; (or at the sentence start). */
const groupStart = (before: string) => Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;

/** One clause group read: its text with names blanked, and the places in it. */
interface GroupScan {
  before: string;
  /** The text `before` was cut from, and where: set only when the caller said so. */
  text: string | undefined;
  start: number;
  masked: string;
  /** Where the last blanked name ends in `masked`: an opening mark after it may close further on. */
  tailFrom: number;
  found: PlaceMention[];
}

/**
 * A group shorter than this is read afresh: reading on costs a few trie walks at the old end and a
 * copy of the places found, about what scanning a few dozen characters again costs.
 */
const READ_ON_FROM = 32;

/**
 * The group of `before`, read on from the group of the figure before it when `before` only adds to
 * that one (the next figure of a clause group: the same text and start, a longer prefix). The
 * figures of a sentence ask in turn, each about the text up to itself, and reading each prefix
 * again made the check quadratic in the figures of a long clause group. What is kept is exactly
 * what a fresh read gives:
 * - names: a name blanked in the shorter text ends at its first closing mark, so the longer text
 *   blanks it the same; an opening mark without a close within 60 characters stays unclosed unless
 *   it is after the last name blanked (then the group is read afresh);
 * - places: before the first position from which the old text's end spells the start of a name
 *   (`openNameAt`), every walk of the name trie ended inside the old text, so the scan found the same
 *   names and skipped the same positions; it resumes there (or after the last name kept).
 */
function scanGroup(
  before: string,
  text: string | undefined,
  start: number,
  previous: GroupScan | null,
  index: RegionIndex,
): GroupScan {
  if (
    text !== undefined &&
    previous !== null &&
    previous.text === text &&
    previous.start === start &&
    previous.masked.length >= READ_ON_FROM &&
    before.length > previous.before.length
  ) {
    const added = before.slice(previous.before.length);
    const old = previous.masked;
    if (added.indexOf('；') < 0 && added.indexOf(';') < 0 && !OPENER.test(old.slice(previous.tailFrom))) {
      const addedMasked = maskNames(added);
      // The old text's end was just found free of opening marks: the next check starts after it.
      const tailFrom = old.length + lastNameEnd;
      const masked = old + addedMasked;
      // Places before the first one the old end may have cut short are the same in the longer text.
      const open = index.openNameAt(old);
      const found: PlaceMention[] = [];
      let resume = open;
      for (const m of previous.found) {
        if (m.start >= open) break;
        found.push(m);
        if (m.end > resume) resume = m.end;
      }
      for (const m of index.mentions(masked, resume)) found.push(m);
      return { before, text, start, masked, tailFrom, found };
    }
  }
  const masked = maskNames(before.slice(groupStart(before)));
  return { before, text, start, masked, tailFrom: lastNameEnd, found: index.mentions(masked) };
}

export function otherPlaceOf(index: RegionIndex, region: Region | null): OtherPlace {
  const aboveCounty = region !== null && (region.level === 'province' || region.level === 'prefecture');
  let scan: GroupScan | null = null;
  /**
   * Whether `before` (text.slice(start, …), a figure's sentence up to it) names no place and, above
   * a county, says no 县域: then no clause group of it can, names blanked or not (a blank is no
   * name's character), and isOther answers false without cutting and blanking the group. The
   * sentence's figures ask in turn with longer prefixes; what is known clean is not read again,
   * only the last `longestName` − 1 positions before its end, where a name may start that the
   * longer prefix completes. Once a name is found, the sentence's later figures are not asked.
   */
  let sentenceText: string | null = null;
  let sentenceStart = -1;
  let cleanLength = 0;
  let named = false;
  const placeFree = (before: string, text: string, start: number): boolean => {
    if (text !== sentenceText || start !== sentenceStart) {
      sentenceText = text;
      sentenceStart = start;
      cleanLength = 0;
      named = false;
    }
    if (named) return false;
    if (before.length <= cleanLength) return true;
    named =
      (aboveCounty && before.indexOf('县域', Math.max(0, cleanLength - 1)) >= 0) ||
      index.mentions(before, Math.max(0, cleanLength - index.longestName + 1)).length > 0;
    if (!named) cleanLength = before.length;
    return !named;
  };
  const isOther = (before: string, text: string | undefined, start: number): boolean => {
    scan = scanGroup(before, text, start, scan, index);
    const group = scan.masked;
    if (aboveCounty && COUNTIES_ONLY.test(group)) return true;
    const last = resolveMentions(scan.found, index).at(-1);
    if (!last || OWN_PLACE.test(group.slice(last.end))) return false;
    return region === null || !sameOrNamePrefix(last.region, region, index);
  };
  // A figure's subject and its link ask about the same text in turn: answer the repeat from memory.
  let memo: { before: string; other: boolean } | null = null;
  return (before, text, start = 0) => {
    if (memo?.before !== before) {
      const free = text !== undefined && placeFree(before, text, start);
      memo = { before, other: free ? false : isOther(before, text, start) };
    }
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
