/**
 * Lines of a converted page that are not text: page breaks and page numbers (- 3 -, — 4 —, 第2页),
 * drawn rules, and a running header right after a page break — a bulletin's name and issue, a line
 * repeated after two page breaks, or a part of the document's title (政府工作报告 under
 * 长兴县人民政府工作报告（摘要）). The masthead at the top of the first page has no break before it
 * and stays.
 */
import { foldChar } from './fold-char';

export interface Line {
  start: number;
  end: number;
  content: string;
}

// Rules drawn with dashes, box-drawing lines (━━━, ───, ═══) or dots are furniture, not text.
const PAGE_FURNITURE = /[\s\-—–_=·•\u2500-\u257f＿～~*]/g;
const PAGE_NUMBER = /^(第?\d{1,3}页?)?$/;
function isPageBreakLine(content: string): boolean {
  // Two steps instead of one regex with two adjacent starred classes (quadratic on long lines).
  return content.length === 0 || (content.length <= 40 && PAGE_NUMBER.test(content.replace(PAGE_FURNITURE, '')));
}

/** A bulletin's name and issue repeated at the top of a page (温州科技简讯　２０２５年第４期). */
const RUNNING_HEADER = /^\S.{0,30}?\s*\d{4}\s*年\s*第\s*\d{1,3}\s*期[)）]?$/;
const fold = (s: string) => String.fromCharCode(...Array.from(s, (c) => foldChar(c.charCodeAt(0))));

/** A line short enough to be a page's running header (政府工作报告, 某某市科技局简报). */
const isHeaderLike = (content: string) => content.length <= 24 && !/[。；;，,:：!?！？]/.test(content);

/** The lines without page breaks, page numbers and running headers. */
export function withoutPageFurniture(lines: Line[]): Line[] {
  const title = lines.find((l) => l.content.length > 0)?.content ?? '';
  const afterBreaks = new Map<string, number>();
  let afterBreak = false;
  for (const line of lines) {
    if (isPageBreakLine(line.content)) {
      if (line.content.length > 0) afterBreak = true;
      continue;
    }
    if (afterBreak) afterBreaks.set(line.content, (afterBreaks.get(line.content) ?? 0) + 1);
    afterBreak = false;
  }
  const isRunningHeader = (content: string) =>
    (content.length <= 40 && RUNNING_HEADER.test(fold(content))) ||
    (isHeaderLike(content) &&
      ((afterBreaks.get(content) ?? 0) >= 2 || (content.length >= 4 && content !== title && title.includes(content))));
  const out: Line[] = [];
  afterBreak = false;
  for (const line of lines) {
    if (isPageBreakLine(line.content)) {
      if (line.content.length > 0) afterBreak = true;
      continue;
    }
    if (!(afterBreak && isRunningHeader(line.content))) out.push(line);
    afterBreak = false;
  }
  return out;
}
