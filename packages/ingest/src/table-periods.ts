/**
 * Dates of a table's columns beyond their headers. A note by the table (（2025年为1-11月数据）,
 * 2025年数据截至11月) says that a year's column holds the months so far, not the whole year. And a
 * caption's period (按上年度营业收入分档…) dates a table only when no header dates a column: once
 * the headers carry dates (上年度营业收入 | 奖励金额), an undated column (the reward) is dated by its
 * own cells, which name none. A note under a table may date a column by its name (注：“新认定目标”为
 * 2026年度任务数；“有效期内总数目标”为截至2026年12月31日应达到的数量): that column only.
 */
import type { ObservationKind } from '@ipb/domain';
import type { PeriodMention } from './periods';
import { lastEndingBy } from './span-search';

/** A piece of the text: a header cell, a caption, a note. */
type Span = { start: number; end: number; text: string };

const NUMBER = '(\\d{4})年(?:数据)?';
/** 2025年为1-11月数据, 2025年数据为1—11月, 2025年系1至11月: the months so far of that year. */
const MONTHS_SO_FAR = new RegExp(`${NUMBER}(?:为|系|是)?\\s*(?:1|一)\\s*[-－—–~～至]\\s*(\\d{1,2})\\s*月`, 'g');
/** 2025年数据截至11月(底|末): the same, said as a cut-off. */
const CUT_OFF = new RegExp(`${NUMBER}(?:截至|截止到?)\\s*(\\d{1,2})\\s*月`, 'g');

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** The years a note says are partial, each with the last month it covers. */
export function partialYears(note: string): Map<number, number> {
  const years = new Map<number, number>();
  for (const re of [MONTHS_SO_FAR, CUT_OFF])
    for (const m of note.matchAll(re)) {
      const month = Number(m[2]);
      if (month >= 1 && month <= 12) years.set(Number(m[1]), month);
    }
  return years;
}

/** A year's column the note says is partial becomes the months so far of that year. */
export function asPartialYear(dated: PeriodMention | null, partial: Map<number, number>): PeriodMention | null {
  const start = dated?.period.start;
  if (dated?.period.type !== 'full_year' || !start) return dated;
  const year = Number(start.slice(0, 4));
  const month = partial.get(year);
  if (month === undefined || month === 12) return dated;
  return { ...dated, period: { ...dated.period, type: 'year_to_date', end: lastDay(year, month) } };
}

/** A column named in quotes in a note, and what the note says of it up to the next clause break. */
const NAMED_COLUMN = /[“"‘]([^”"’]{2,20})[”"’]([^；;。]{0,60})/g;

/**
 * The date a note under a table gives each column it names in quotes (“单个企业最高补助”一栏为2026年度
 * 标准), by the column's index; `find` is the period mention within a span of the text.
 */
export function noteDates(
  note: { start: number; text: string } | null,
  columns: readonly string[],
  find: (span: { start: number; end: number }) => PeriodMention | null,
): Map<number, PeriodMention> {
  const dates = new Map<number, PeriodMention>();
  if (!note) return dates;
  for (const m of note.text.matchAll(NAMED_COLUMN)) {
    const name = m[1]!.trim();
    const j = columns.findIndex((c, k) => k > 0 && c.includes(name));
    const from = note.start + m.index + m[0].length - m[2]!.length;
    const mention = j > 0 ? find({ start: from, end: from + m[2]!.length }) : null;
    if (mention) dates.set(j, mention);
  }
  return dates;
}

/** A goal column's year (2025年目标) is the goal's deadline: the end of that year. */
export function deadlineOf(dated: PeriodMention | null | undefined): PeriodMention | null {
  const year = dated?.period.end?.slice(0, 4);
  if (!dated || !year) return null;
  return { ...dated, period: { ...dated.period, type: 'deadline', start: null, end: `${year}-12-31` } };
}

function periodIn(periods: readonly PeriodMention[], span: { start: number; end: number } | undefined) {
  if (!span) return null;
  // From the span on (a binary search), not from the text's first mention per cell.
  for (let j = lastEndingBy(periods, span.start) + 1; j < periods.length && periods[j]!.start < span.end; j++)
    if (periods[j]!.start >= span.start && periods[j]!.end <= span.end) return periods[j]!;
  return null;
}

export interface TableDates {
  /** Each column's own date (its header's, as a note by the table corrects it). */
  dated: (PeriodMention | null)[];
  /** Columns a note under the table dates by name: a year's quota, or a stock due at a date. */
  noted: Map<number, PeriodMention>;
  /** The latest dated data column: what a growth or share column without a date speaks of. */
  latest: PeriodMention | null;
  /** The caption's period, when no header dates a column. */
  caption: PeriodMention | null;
}

export function tableDates(
  table: { caption: Span | null; note: Span | null },
  header: readonly Span[],
  periods: readonly PeriodMention[],
): TableDates {
  const partial = partialYears(table.caption?.text ?? '');
  const dated = header.map((h) => asPartialYear(periodIn(periods, h), partial));
  const noted = noteDates(
    table.note,
    header.map((h) => h.text),
    (span) => periodIn(periods, span),
  );
  // The first column's header (上年度研发费用增量) dates what its row labels measure, not the data.
  const latest = [...dated.slice(1)].reverse().find((p) => p !== null) ?? null;
  const headed = dated.some((p) => p !== null) || noted.size > 0;
  return { dated, noted, latest, caption: headed ? null : periodIn(periods, table.caption ?? undefined) };
}

/** A column's date from a note: a moment (截至…) is when a goal is due; a year dates a year's quota. */
export function notedPeriod(noted: PeriodMention, kind: ObservationKind): PeriodMention {
  if (kind !== 'target' || noted.period.type !== 'point') return noted;
  return { ...noted, period: { ...noted.period, type: 'deadline', start: null } };
}
