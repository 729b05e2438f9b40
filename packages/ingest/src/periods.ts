/**
 * Period expressions and their resolution against the date the source speaks from.
 * 截至目前 → point (end = source date); 截至2023年底 → point 2023-12-31; 1-5月 / 上半年 / 今年以来
 * → year_to_date; 2023年 / 每年 → full_year; 两年来 / 近三年 / “十四五”以来 → multi_year;
 * 到2027年 → deadline. A single month (6月) is found so that it hides older context, but its
 * type is unknown: a month's flow is neither a stock nor a year-to-date figure.
 */
import type { Period, PeriodType } from '@ipb/domain';
import { parseChineseInteger } from './chinese-numerals';
import { firstChars } from './first-chars';

export interface SourceDate {
  year: number | null;
  /** YYYY-MM-DD or null. */
  date: string | null;
  /**
   * The year a look-back document reports on (常州市2024年…统计公报 published in 2025): its 全年
   * and 年末 are that year's. Null when the title names no earlier year.
   */
  reportYear?: number | null;
}

export interface PeriodMention {
  start: number;
  end: number;
  period: Period;
}

const N = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const PATTERNS: Array<{ re: RegExp; resolve: (m: RegExpExecArray, s: SourceDate) => Omit<Period, 'text'> }> = [
  { re: /截至(?:目前|当前|现在|今天|日前)/, resolve: (_m, s) => point(s.date) },
  { re: /截至(\d{4}|今|去)年(?:底|末)/, resolve: (m, s) => point(`${yearOf(m[1]!, s)}-12-31`) },
  {
    re: /截至(\d{4}|今|去)?年?(\d{1,2})月(?:底|末)?/,
    resolve: (m, s) => point(monthEnd(m[1] ? yearOf(m[1], s) : implicitYear(s), Number(m[2]))),
  },
  { re: /截至(?:年底|年末)/, resolve: (_m, s) => point(implicitYear(s) ? `${implicitYear(s)}-12-31` : null) },
  // 年底前, 到年底: the end of the source's year, a date to reach (not 截至年底, a count standing then).
  { re: /(?:今年|年)(?:底|末)前|(?:到|至)(?:今年)?年(?:底|末)/, resolve: (_m, s) => deadlineOf(s.year) },
  // 有效期至2027年 is how long a policy runs, not a goal's deadline.
  { re: /(?<!有效期)(?:力争|争取|预计)?(?:到|至)(\d{4})年(?:底|末)?/, resolve: (m, s) => reachedBy(Number(m[1]), s) },
  { re: /(\d{4}|今|去)年(\d{1,2})(?:[-—~至到])(\d{1,2})月/, resolve: (m, s) => months(yearOf(m[1]!, s), m[2]!, m[3]!) },
  { re: /(\d{1,2})(?:[-—~至到])(\d{1,2})月/, resolve: (m, s) => months(implicitYear(s), m[1]!, m[2]!) },
  {
    re: /(\d{4}|今|去)?年?(上半年|前三季度|一季度|第一季度)/,
    resolve: (m, s) => quarterly(m[1] ? yearOf(m[1], s) : implicitYear(s), m[2]!),
  },
  // 下半年(以来), 三季度: a part of the year that does not start in January is neither the year so far
  // nor a whole year; found so that it hides older context (今年… in an earlier sentence).
  {
    re: /(\d{4}|今|去|明)?年?(下半年|第?[二三四]季度)(?:以来)?/,
    resolve: (m, s) => laterPart(m[1] ? yearOf(m[1], s) : implicitYear(s), m[2]!),
  },
  { re: /今年以来|年初以来|今年来|当年/, resolve: (_m, s) => ytd(s.year, s.date) },
  // Q1 / H1 in a bilingual release: the first quarter or half of the year, so far.
  {
    re: /(?:(\d{4})\s*)?\b(Q1|H1|1Q)\b/,
    resolve: (m, s) => quarterly(m[1] ? Number(m[1]) : implicitYear(s), m[2] === 'H1' ? '上半年' : '一季度'),
  },
  // 自2021年启动改革以来: a few words may stand between the year and 以来.
  {
    re: /(?:自|从)(\d{4})年[\u4e00-\u9fff]{0,8}?以来|(\d{4})年(?:初|底)?以来/,
    resolve: (m, s) => multi(`${m[1] ?? m[2]}-01-01`, s.date),
  },
  // 2015—2017年: a span of named years (每年 values of it are read with 分别 in build-indicators).
  {
    re: /(\d{4})\s*(?:[-—–~～]|至|到)\s*(\d{4})年/,
    resolve: (m) => multi(`${m[1]}-01-01`, `${m[2]}-12-31`),
  },
  // 过去一年 in a work report is last year, like 去年 (a report looks back on the year before).
  { re: /过去(?:的)?一年(?:来|里|中)?|上一年度?/, resolve: (_m, s) => yearLike(yearOf('去', s), '去', s) },
  // 今后三年 / 未来五年 from a 2025 text: 2025 to 2027, a horizon for goals.
  { re: new RegExp(`(?:今后|未来)(${N})年`), resolve: (m, s) => horizon(m[1]!, s) },
  // A plan period is a time span only with 以来/期间/时期/前两年; bare, “十四五”规划 is a plan's name.
  // 五年间 looks back over the years just ended, like 五年来.
  {
    re: new RegExp(
      `(?:近|过去)?${N}年来|近${N}年|${N}年间|近年来|多年来|“?十[一二三四五六]五”?(?:以来|期间|时期|前${N}年|头${N}年)`,
    ),
    resolve: (_m, s) => multi(null, s.date),
  },
  {
    re: /截至|目前|当前|现有|共有|拥有|还有|已有|仅有|只有|建有|已建成|已(?:集聚|聚集|汇聚)|(?<!新增|新|[名家个位人户])入驻|(?<!新增|新)在孵|眼下|现阶段/,
    resolve: (_m, s) => point(s.date),
  },
  // 确保2026年底…突破 3000 家: a named year's end with no 到 or 截至 before it, a date to reach; a year
  // already over is the count standing then (not 较2025年底, a comparison base).
  { re: /(?<![截至到较比同上\d])(\d{4})年(?:底|末)(?![前以])/, resolve: (m, s) => yearEnd(Number(m[1]), s) },
  // 年末全市拥有…: the end of the year reported on (not 上年末, a comparison base; not 年底前, a deadline).
  {
    re: /(?<![截至今去明上\d])年(?:末|底)(?![前以])/,
    resolve: (_m, s) => point(s.reportYear ? `${s.reportYear}-12-31` : null),
  },
  // 全年任务, 年度目标: the year's goal is named, not the period of the figure. 年内 (a notice's 年内完成…)
  // is the year too; 一年内, 3年内 are durations.
  {
    re: /全年(?!任务|目标|计划|指标)|(?<![一二两三四五\d个])年内(?![外容])/,
    resolve: (_m, s) => (s.reportYear ? wholeYear(s.reportYear) : { type: 'full_year', start: null, end: null }),
  },
  {
    re: /每年|年均|每一年|年度(?!目标|任务|计划|指标)/,
    resolve: () => ({ type: 'full_year', start: null, end: null }),
  },
  { re: /(?<![较比同])(\d{4}|今|去|上|明)年(?![以底末初\d])/, resolve: (m, s) => yearLike(yearOf(m[1]!, s), m[1]!, s) },
  { re: /(\d{1,2})月(?!\d{0,2}日?[-—~至到])/, resolve: (m, s) => monthOnly(s.year, Number(m[1])) },
];

const COMBINED = new RegExp(PATTERNS.map((p) => `(${p.re.source.replace(/\((?!\?)/g, '(?:')})`).join('|'), 'g');
/** The same, tried at one position only (lastIndex), where a match can start. */
const AT = new RegExp(COMBINED.source, 'y');
/**
 * The characters a period expression can start with (年, digits, 截, 今, 到…), read from the
 * patterns themselves: the scan tries the regex only there, not at each of an article's
 * characters (most start none). Null if a pattern used syntax the reader does not know.
 */
export const PERIOD_STARTS = firstChars(COMBINED);

/**
 * PERIOD_STARTS as a bit set by char code (8 KB where the byte table is 64 KB): the scan reads it
 * at every character of an article, and a text's characters, spread over the CJK block, touched a
 * cache line of the byte table for nearly each of them.
 */
const START_BITS = PERIOD_STARTS === null ? null : new Uint32Array(0x800);
if (PERIOD_STARTS !== null && START_BITS !== null)
  PERIOD_STARTS.forEach((starts, code) => {
    if (starts !== 0) START_BITS[code >>> 5]! |= 1 << (code & 31);
  });

/** The leftmost match of COMBINED in `slice` at or after `from`, as a global scan finds it. */
function nextMatch(slice: string, from: number): RegExpExecArray | null {
  if (START_BITS === null) {
    COMBINED.lastIndex = from;
    return COMBINED.exec(slice);
  }
  for (let i = from; i < slice.length; i++) {
    const code = slice.charCodeAt(i);
    if ((START_BITS[code >>> 5]! & (1 << (code & 31))) === 0) continue;
    AT.lastIndex = i;
    const m = AT.exec(slice);
    if (m !== null) return m;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Worked out once per year and month: every period mention asks, and a Date per question added up. */
const monthEnds = new Map<number, string>();
function monthEnd(year: number | null, month: number): string | null {
  if (year === null || month < 1 || month > 12) return null;
  const key = year * 100 + month;
  let end = monthEnds.get(key);
  if (end === undefined) {
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    end = `${year}-${pad(month)}-${pad(day)}`;
    monthEnds.set(key, end);
  }
  return end;
}
/** The year of an expression that names none (截至12月底, 1-5月): the year reported on, else the source's. */
const implicitYear = (s: SourceDate): number | null => s.reportYear ?? s.year;

function yearOf(written: string, s: SourceDate): number | null {
  if (/^\d{4}$/.test(written)) return Number(written);
  if (s.year === null) return null;
  if (written === '明') return s.year + 1;
  return written === '去' || written === '上' ? s.year - 1 : s.year;
}
const wholeYear = (year: number): Omit<Period, 'text'> => ({
  type: 'full_year',
  start: `${year}-01-01`,
  end: `${year}-12-31`,
});
const point = (end: string | null): Omit<Period, 'text'> => ({ type: 'point', start: end, end });
const deadline = (year: number): Omit<Period, 'text'> => ({ type: 'deadline', start: null, end: `${year}-12-31` });
const deadlineOf = (year: number | null): Omit<Period, 'text'> =>
  year === null ? { type: 'deadline', start: null, end: null } : deadline(year);
const multi = (start: string | null, end: string | null): Omit<Period, 'text'> => ({ type: 'multi_year', start, end });
const ytd = (year: number | null, date: string | null): Omit<Period, 'text'> => ({
  type: 'year_to_date',
  start: year ? `${year}-01-01` : null,
  end: date && year && date.startsWith(String(year)) ? date : null,
});

/** 到2027年 is a deadline; 到2020年 in a 2024 text is a past year reached (从…增长到2020年的…). */
function reachedBy(year: number, s: SourceDate): Omit<Period, 'text'> {
  if (s.year !== null && year < s.year) return { type: 'full_year', start: `${year}-01-01`, end: `${year}-12-31` };
  return deadline(year);
}

function yearEnd(year: number, s: SourceDate): Omit<Period, 'text'> {
  return s.year !== null && year < s.year ? point(`${year}-12-31`) : deadline(year);
}

function horizon(count: string, s: SourceDate): Omit<Period, 'text'> {
  const n = /^\d+$/.test(count) ? Number(count) : parseChineseInteger(count);
  if (s.year === null || n === null) return { type: 'deadline', start: null, end: null };
  return deadline(s.year + n - 1);
}

function months(year: number | null, from: string, to: string): Omit<Period, 'text'> {
  const a = Number(from);
  const type: PeriodType = a === 1 ? 'year_to_date' : 'unknown';
  return { type, start: year ? `${year}-${pad(a)}-01` : null, end: monthEnd(year, Number(to)) };
}
function quarterly(year: number | null, which: string): Omit<Period, 'text'> {
  const last = which === '上半年' ? 6 : which === '前三季度' ? 9 : 3;
  return { type: 'year_to_date', start: year ? `${year}-01-01` : null, end: monthEnd(year, last) };
}
function yearLike(year: number | null, written: string, s: SourceDate): Omit<Period, 'text'> {
  // 今年 is the year so far even when the source's date is not known.
  if (year === null) return written === '今' ? ytd(null, null) : { type: 'unknown', start: null, end: null };
  if (written === '今' && s.year === year) return ytd(year, s.date);
  // 明年新认定 120 家: a year ahead is the year of the plan (a stock to reach in it becomes a
  // deadline once the figure is known to be a goal, classify-figure.ts).
  if (s.year !== null && year > s.year) return { type: 'full_year', start: `${year}-01-01`, end: `${year}-12-31` };
  return { type: 'full_year', start: `${year}-01-01`, end: `${year}-12-31` };
}
function laterPart(year: number | null, part: string): Omit<Period, 'text'> {
  const months: Record<string, [number, number]> = {
    下半年: [7, 12],
    二季度: [4, 6],
    三季度: [7, 9],
    四季度: [10, 12],
  };
  const span = months[part.replace(/^第/, '')];
  if (year === null || !span) return { type: 'unknown', start: null, end: null };
  return { type: 'unknown', start: `${year}-${pad(span[0])}-01`, end: monthEnd(year, span[1]) };
}
function monthOnly(year: number | null, month: number): Omit<Period, 'text'> {
  return {
    type: 'unknown',
    start: year && month <= 12 ? `${year}-${pad(month)}-01` : null,
    end: monthEnd(year, month),
  };
}

/** Every period expression in text[from, to), leftmost-longest, non-overlapping. */
export function findPeriods(text: string, from: number, to: number, s: SourceDate): PeriodMention[] {
  const out: PeriodMention[] = [];
  const slice = text.slice(from, to);
  // No pattern matches the empty string (firstChars says null for one that can), so each next
  // search starts after the last match, as matchAll's would.
  for (let m = nextMatch(slice, 0); m !== null; m = nextMatch(slice, m.index + m[0].length)) {
    // 较前三季度回落, 比上半年提高, 在2023年基础上: a comparison base, not the period of the figure.
    // Read in place, by char code and startsWith: a string and an array cut per period were most of
    // this loop's own time.
    const before = text.charCodeAt(from + m.index - 1);
    if (before === 0x8f83 /* 较 */ || before === 0x6bd4 /* 比 */) continue;
    const after = from + m.index + m[0].length;
    if (text.startsWith('基础上', after) || text.startsWith('的基础上', after)) continue;
    // The pattern is the alternative whose group matched: the first defined group.
    let k = -1;
    for (let g = 1; g < m.length; g++)
      if (m[g] !== undefined) {
        k = g - 1;
        break;
      }
    const p = PATTERNS[k];
    const local = p ? p.re.exec(m[0]) : null;
    if (!p || !local) continue;
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      period: { text: m[0], ...p.resolve(local, s) },
    });
  }
  return out;
}

export const UNKNOWN_PERIOD: Period = { text: null, type: 'unknown', start: null, end: null };
