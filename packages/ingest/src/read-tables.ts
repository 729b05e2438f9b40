/**
 * Stage 6b: tables converted from Word or a spreadsheet — rows of cells split by | or tabs. A
 * number in a cell is a figure: its unit comes from its row's or its column's label
 * (技术合同成交额（亿元）, 企业数（家）) or the caption (单位：亿元), its period from its column's
 * header (2025年一季度) or the caption (截至3月底), its kind from the column's header (增长 → growth,
 * 比重/占比 → share). The span is the bare number, as written in the cell. Pure and linear.
 */
import { normaliseUnit, type ObservationKind } from '@ipb/domain';
import { isTableRow } from './normalise';
import { type Paragraph, paragraphsOf } from './paragraphs';
import type { PeriodMention } from './periods';
import { deadlineOf, notedPeriod, tableDates } from './table-periods';

export interface TableFigure {
  start: number;
  end: number;
  value: number;
  /** A band's upper bound (5000-20000). */
  valueMax: number | null;
  /** A band's open end (5000以下, 20000以上). */
  qualifier: string | null;
  unit: string | null;
  kind: ObservationKind;
  /** The period the column header or the caption gives, if any. */
  period: PeriodMention | null;
  subject: string;
  /** The row, as the sentence the figure is quoted from. */
  row: { start: number; end: number };
}

interface Cell {
  start: number;
  end: number;
  text: string;
}

const NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?%?$/;
/** A band of a tiered rule's table (5000以下, 5000-20000, 20000以上): a number with its bound, or a range. */
const BAND = /^(\d[\d,]*(?:\.\d+)?)(?:\s*[-－—–~～至]\s*(\d[\d,]*(?:\.\d+)?)|(以下|以上|及以下|及以上|左右))$/;
const UNIT_IN_LABEL = /[(（]([^()（）]{1,6})[)）]/;
const GROWTH_HEADER = /(增长|增速|增幅|同比|比上年|较上年)/;
const SHARE_HEADER = /(比重|占比|占.{0,6}(比|的)|比例)/;
const CAPTION_UNIT = /单位[:：]\s*([^\s，,；;)）]{1,6})/;
/** A column of units (指标名称 | 单位 | 2020年 | …): each row's numbers are in its unit cell's unit. */
const UNIT_HEADER = /^(?:计量)?单位$/;
/** A goal column (2025年目标, 规划目标值, 预期值): its numbers are targets, due at the column's year end. */
const TARGET_HEADER = /目标|规划值|预期值/;
/**
 * A quota column (2027年新增任务, 培育任务数): its numbers are goals for the column's own period, a
 * flow over that year rather than a stock due at its end. 完成全年任务（%） is progress, not a quota.
 */
const QUOTA_HEADER = /任务|计划数/;
const PROGRESS_HEADER = /完成|进度|占/;
const isQuota = (column: string) => QUOTA_HEADER.test(column) && !PROGRESS_HEADER.test(column);

function cellsOf(p: Paragraph): Cell[] {
  const cells: Cell[] = [];
  const re = /[^|｜\t]+/g;
  for (const m of p.text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    const start = p.start + m.index + lead;
    cells.push({ start, end: start + text.length, text });
  }
  return cells;
}

const isNumber = (c: Cell | undefined) => c !== undefined && NUMBER.test(c.text);
const isRule = (p: Paragraph) => /^[\s|｜:：\-—=]+$/.test(p.text);

function unitOf(label: string | undefined): string | null {
  const written = label ? UNIT_IN_LABEL.exec(label)?.[1] : undefined;
  return written && normaliseUnit(written) ? written : null;
}

/** The unit a row's unit cell names (家, %, 亿元), if it is one. */
function rowUnit(cell: Cell | undefined): string | null {
  return cell && normaliseUnit(cell.text) ? cell.text : null;
}

function kindOf(column: string, percent: boolean): ObservationKind {
  if (TARGET_HEADER.test(column) || isQuota(column)) return 'target';
  if (GROWTH_HEADER.test(column)) return 'growth';
  return SHARE_HEADER.test(column) || percent ? 'share' : 'actual';
}

interface Table {
  caption: Paragraph | null;
  rows: Paragraph[];
  /** A note right under the table (注：…). */
  note: Paragraph | null;
}

const NOTE = /^\s*(注|备注|说明)\s*[:：]/;

/** The tables in text[from, to): consecutive rows of two or more cells. */
function tablesOf(text: string, from: number, to: number): Table[] {
  const paras = paragraphsOf(text, from, to);
  const tables: Table[] = [];
  let current: Paragraph[] = [];
  const close = (k: number) => {
    const rows = current.filter((r) => !isRule(r));
    const after = paras[k];
    const note = after && NOTE.test(after.text) ? after : null;
    if (rows.length >= 2) tables.push({ caption: paras[k - current.length - 1] ?? null, rows, note });
    current = [];
  };
  paras.forEach((p, k) => {
    if (isTableRow(p.text)) current.push(p);
    else if (current.length) close(k);
  });
  if (current.length) close(paras.length);
  return tables;
}

/** A cell of words with a number in it (按增量部分的10%给予补助, 最高200万元): read as text of its own. */
export interface TextCell extends Paragraph {
  row: { start: number; end: number };
  /** The row's label (its first cell). */
  label: string;
}

/** The number a cell holds: a plain number, or a band with its bound or its upper end. */
function cellNumber(
  cell: Cell,
): { digits: string; end: number; valueMax: number | null; qualifier: string | null } | null {
  if (isNumber(cell)) {
    const digits = cell.text.endsWith('%') ? cell.text.slice(0, -1) : cell.text;
    return { digits, end: cell.start + digits.length, valueMax: null, qualifier: null };
  }
  const band = BAND.exec(cell.text);
  if (!band) return null;
  const [, low, high, bound] = band;
  if (high !== undefined)
    return { digits: low!, end: cell.end, valueMax: Number(high.replace(/,/g, '')), qualifier: null };
  return { digits: low!, end: cell.start + low!.length, valueMax: null, qualifier: bound! };
}

export function readTables(
  text: string,
  from: number,
  to: number,
  periods: readonly PeriodMention[],
): { figures: TableFigure[]; textCells: TextCell[]; rows: Set<number> } {
  const figures: TableFigure[] = [];
  const textCells: TextCell[] = [];
  const rows = new Set<number>();
  for (const table of tablesOf(text, from, to)) {
    const grid = table.rows.map(cellsOf);
    const headed = !grid[0]!.slice(1).some((c) => isNumber(c));
    const header = headed ? grid[0]! : [];
    const captionUnit = table.caption ? CAPTION_UNIT.exec(table.caption.text)?.[1] : undefined;
    const dates = tableDates(table, header, periods);
    const unitColumn = header.findIndex((h) => UNIT_HEADER.test(h.text));
    table.rows.forEach((row, r) => {
      rows.add(row.start);
      if (headed && r === 0) return;
      const cells = grid[r]!;
      const label = cells[0]!;
      cells.forEach((cell, j) => {
        // A row label that is a band (500—2000, 2000以上) is a rule's threshold, in the first column's unit.
        const number = j > 0 ? cellNumber(cell) : BAND.test(cell.text) && headed ? cellNumber(cell) : null;
        if (j > 0 && !number && /\d/.test(cell.text)) textCells.push({ ...cell, row, label: label.text });
        if (!number) return;
        const column = header[j]?.text ?? '';
        const percent = cell.text.endsWith('%');
        const unit = percent
          ? '%'
          : (unitOf(label.text) ?? unitOf(column) ?? rowUnit(cells[unitColumn]) ?? captionUnit ?? null);
        const kind = kindOf(column, unit === '%');
        const noted = dates.noted.get(j);
        const own = noted
          ? notedPeriod(noted, kind)
          : kind === 'target' && !isQuota(column)
            ? deadlineOf(dates.dated[j])
            : (dates.dated[j] ?? null);
        const period = j === 0 ? null : (own ?? (kind === 'actual' ? null : dates.latest) ?? dates.caption);
        const columnName = column.replace(UNIT_IN_LABEL, '').trim();
        const rowName = label.text.replace(UNIT_IN_LABEL, '').trim();
        const subject = own || !columnName || kind !== 'actual' ? rowName : `${rowName}${columnName}`;
        figures.push({
          start: cell.start,
          end: percent ? cell.end : number.end,
          value: Number(number.digits.replace(/,/g, '')),
          valueMax: number.valueMax,
          qualifier: number.qualifier,
          unit,
          kind,
          period,
          subject,
          row: { start: row.start, end: row.end },
        });
      });
    });
  }
  return { figures, textCells, rows };
}
