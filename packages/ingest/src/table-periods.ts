/**
 * Dates of a table's columns beyond their headers. A note by the table (（2025年为1-11月数据）,
 * 2025年数据截至11月) says that a year's column holds the months so far, not the whole year. And a
 * caption's period (按上年度营业收入分档…) dates a table only when no header dates a column: once
 * the headers carry dates (上年度营业收入 | 奖励金额), an undated column (the reward) is dated by its
 * own cells, which name none.
 */
import type { PeriodMention } from './periods';

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
