/**
 * A news page that lists several items (园区动态, 工作动态): each item is a heading followed by its own
 * dateline (发布时间：2026-11-27　来源：…). Each such item is an article of its own, so its figures
 * are dated and placed by its own text and the page's hints, not run together under the first title.
 */
import { headingMarkup, type Paragraph } from './paragraphs';

/** A dateline under an item's heading: 发布时间/发布日期/日期 with a date, a source line may follow. */
const DATELINE = /^(?:发布时间|发布日期|发布于|日期|时间)\s*[:：]?\s*\d{4}\s*[-年/.]\s*\d{1,2}/;

const isHeading = (text: string) => text.length >= 4 && text.length <= 60 && !/[。；;，,:：]$/.test(text);

/** The heading paragraphs of a page's dated items; empty unless the page lists two or more. */
export function datedItemHeadings(paras: Paragraph[]): Paragraph[] {
  const heads: Paragraph[] = [];
  for (let k = 0; k + 1 < paras.length; k++) {
    const p = paras[k]!;
    if (isHeading(headingMarkup(p).text) && DATELINE.test(paras[k + 1]!.text.trim())) heads.push(p);
  }
  return heads.length >= 2 ? heads : [];
}
