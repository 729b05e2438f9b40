/**
 * A table's row restating what the text says: the row of the whole area (全省 ⇥ 18926 ⇥ 4238, | 全市合计 | 150 |,
 * | | 合计 | 2518 |) restates the totals the text states in words; a row labelled by its subject (a
 * county's row 湟中区 | 3.12 | 104.0 | 12) restates, cell by cell, the figures a clause naming that
 * subject states (湟中区技术合同成交额3.12亿元，完成全年任务的104%，新认定高新技术企业12家). The
 * caller has checked that the amounts and periods agree.
 */
import type { ExtractedIndicator } from '@ipb/domain';
import { isTableRow } from './normalise';

type Figure = ExtractedIndicator;

const WHOLE_AREA = /^(?:全省|全市|全区|全县|全州|全盟|全旗|全国)?(?:合计|总计)?$/;
const CELL = /[^|｜\t]+/g;

const isRow = (f: Figure) => isTableRow(f.sentence ?? '');

/** The row's label: its first cell with words in it (a row may open on an empty cell). */
function rowLabel(row: Figure): string {
  for (const m of (row.sentence ?? '').matchAll(CELL)) {
    const cell = m[0].trim();
    if (cell) return cell;
  }
  return '';
}

/** The text of a figure's clause group (from the last ；or 。) up to the number. */
function groupBefore(f: Figure): string {
  const before = (f.sentence ?? '').slice(0, f.start - (f.sentenceStart ?? f.start));
  return before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1);
}

export function restatedByRow(a: Figure, b: Figure): boolean {
  const rowA = isRow(a);
  if (rowA === isRow(b)) return false;
  const [row, said] = rowA ? [a, b] : [b, a];
  const label = rowLabel(row);
  if (label && WHOLE_AREA.test(label)) return true;
  return label.length >= 2 && groupBefore(said).includes(label);
}
