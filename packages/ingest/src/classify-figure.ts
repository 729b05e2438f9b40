/**
 * Period, kind and the two axes of one figure (issue 9), from its sentence and paragraph: the
 * linker's single kind (classify-kind.ts), the measure and status, the plan that makes a figure a
 * goal (except a standing count, a year already over, a policy parameter, an object's attribute),
 * and the settled calls on a goal's period (gold README).
 */
import { type ExtractedIndicator, type FigureAxes, type Period, targetAimOf } from '@ipb/domain';
import { charTest } from './char-test';
import { classifyAxes, classifyKind } from './classify-kind';
import type { ArticleFigureInput, Span } from './figure-input';
import {
  asStock,
  clauseBefore,
  isPolicyParameter,
  nextYear,
  OBJECT_ATTRIBUTE,
  ownSentencePeriod,
  periodFor,
  STOCK_WORDS,
} from './figure-period';
import type { RawFigure } from './find-figures';
import type { Paragraph } from './paragraphs';
import { type PeriodMention, UNKNOWN_PERIOD } from './periods';
import { plannedInParagraph } from './plan-start';

/** A fall is a negative growth rate (下降 5% → -5), so rates compare on one axis. */
const DECLINE =
  /((下降|降低|减少|回落|下滑|缩减|(?<![至最])少)了?(约|近|超过|超|达)?|\b(down|fell|declined?|decreased?)\s*(by\s*)?)$/i;

/** Quoted names and titles do not speak: 计划 in ‘…计划’ is a name, not a plan. */
const withoutQuotes = (s: string) => s.replace(/[“‘《「][^”’》」]{0,40}[”’》」]/g, '');

/** The opening marks withoutQuotes starts a removal with. */
const OPENING_MARK = charTest(/[“‘《「]/);

/**
 * Where the sentence's first opening mark is (its end if none): withoutQuotes of any part of the
 * sentence before it removes nothing. Read once per sentence — its figures ask in turn, and
 * withoutQuotes read the sentence up to each of them — keyed by the sentence's span object (one
 * per sentence of an extraction) and the text.
 */
let markSpan: Span | null = null;
let markText: string | null = null;
let firstMark = 0;
function firstOpeningMark(text: string, sentence: Span): number {
  if (sentence !== markSpan || text !== markText) {
    let i = sentence.start;
    while (i < sentence.end && !OPENING_MARK(text.charCodeAt(i))) i++;
    firstMark = i;
    markSpan = sentence;
    markText = text;
  }
  return firstMark;
}

// 现有 2 家: today's count; 每年安排 2 亿元: a standing budget commitment (an actual, not a goal).
const STANDING = /(现有|已有|目前|截至|现阶段|每年(安排|投入|统筹))/;

/** Period (with the mention it came from) and kind of a figure, from its sentence and paragraph. */
export function classifyFigure(
  f: RawFigure,
  sentence: Span,
  para: Paragraph,
  input: ArticleFigureInput,
  ownTextOnly = false,
) {
  const { text } = input;
  const clause = clauseBefore(text, sentence.start, f.start);
  const parameter = isPolicyParameter(f, clause, text);
  const attribute = OBJECT_ATTRIBUTE.test(clause) || EQUIPMENT.test(clause);
  // A table's cell, like a policy's parameter, is dated by its own words only.
  const mention = attribute
    ? null
    : parameter || ownTextOnly
      ? ownSentencePeriod(f, sentence, input)
      : periodFor(f, sentence, para, input);
  const written = cumulative(mention, clause, sentence) ?? mention?.period ?? UNKNOWN_PERIOD;
  const unquoted = f.start <= sentence.end && firstOpeningMark(text, sentence) >= f.start;
  const kindInput = {
    unit: f.unit,
    text: text.slice(f.start, f.end),
    after: text.slice(f.end, f.end + 16),
    fraction: f.fraction,
    // No opening mark before the figure (the clause is part of the same words): nothing to remove.
    before: unquoted ? text.slice(sentence.start, f.start) : withoutQuotes(text.slice(sentence.start, f.start)),
    clauseBefore: unquoted ? clause : withoutQuotes(clause),
    periodType: written.type,
  };
  const kind = classifyKind(kindInput);
  const axes = classifyAxes(kindInput, kind);
  const decline = (axes.measure === 'rate' || axes.measure === 'change') && DECLINE.test(clause);
  // In a plan, 现有 2 家孵化器 is still today's count, and a year already over is reported, not planned.
  // What a plan sets up (a fund of 5 亿元, a centre of 1.2 万平方米) is described, not aimed at: the
  // object is the goal, its size an attribute (gold README).
  // A table's cell of words (给予 30 万元支持, 30 万元 under 支持标准) states a rule, not a goal.
  // The facts already known are asked first: whether the paragraph announces a plan is not asked of
  // a rule, an attribute or a cell.
  const inPlan =
    !ownTextOnly &&
    !parameter &&
    !attribute &&
    ((input.planStart !== null && f.start >= input.planStart) ||
      plannedInParagraph(text, para, sentence.start, f.start)) &&
    !STANDING.test(clause) &&
    !isPast(written, input.sourceYear, input.sourceDate ?? null);
  // A yearly quota (每年遴选 200 家左右) is a goal wherever it stands; a budget line (每年安排) is not.
  const quota = !parameter && QUOTA_BOUNDS.has(f.qualifier ?? '') && QUOTA.test(clause) && !STANDING.test(clause);
  // The plan part of a 工作总结和计划 looks ahead: its 全年 is the year after the one reported on.
  const ahead = inPlan && written.text === '全年' && written.start ? nextYear(written) : written;
  const status = (inPlan || quota) && axes.status === 'actual' ? ('target' as const) : axes.status;
  const period = periodOfFact(ahead, clause, axes.measure, status, input.sourceYear);
  // `kind` stays the linker's reading (a goal only when it is a level); the output kind comes from the axes.
  const linkKind = (inPlan || quota) && kind === 'actual' ? ('target' as const) : kind;
  return { period, kind: linkKind, axes: { measure: axes.measure, status }, sign: decline ? -1 : 1, parameter };
}

const QUOTA = /每年/;
/** 配置窑炉、检测等设备 60 余台（套）: what one facility is equipped with, an attribute of it. */
const EQUIPMENT = /^(配置|配备)[^，,；;。]*(设备|仪器|装置|设施)$/;
const QUOTA_BOUNDS = new Set(['左右', '不少于']);

/**
 * 累计孵化企业 17 家 dated only by its paragraph (全年…): a total over the years, not the year's.
 * A 累计 in a sentence that dates itself (截至年底累计…, 今年以来累计…) keeps that date.
 */
function cumulative(mention: PeriodMention | null, clause: string, sentence: Span): Period | null {
  if (!/累计/.test(clause) || !mention || mention.start >= sentence.start) return null;
  if (mention.period.type !== 'full_year' && mention.period.type !== 'year_to_date') return null;
  return { text: null, type: 'multi_year', start: null, end: mention.period.end };
}

const HORIZON = /^(今后|未来)/;
const SINCE_YEAR_START = /(较|比)年初/;
/** A balance to reach (贷款余额突破 100 亿元): a stock, reached by the goal's date. */
const BALANCE = /余额(将|有望)*(达到?|突破|超过?|增至|增加到)?$/;
const YEAR_END = /^(今年)?年(底|末)$/;
const YEAR_GOAL = /\d{4}年(规划|预期)?目标值?/;
const ADDITION = /(新增|新建|建设|建成|引进|集聚|培育|累计|布局|打造)/;

/**
 * The settled calls on a figure's period (gold README): within 今后五年 an addition is summed over
 * the window (multi_year from the source's year) while a level is reached at its end (deadline); a
 * planned growth rate with no date is a yearly rate (full_year); a goal for 今年 is for the whole
 * year, and a stock to reach in it is reached by its end (deadline); a change against the last
 * year-end (比上年末净增 97 家, after 截至年底) is the flow up to that point, not a stock.
 */
function periodOfFact(
  period: Period,
  clause: string,
  measure: FigureAxes['measure'],
  status: FigureAxes['status'],
  sourceYear: number | null,
): Period {
  if (period.type === 'deadline' && HORIZON.test(period.text ?? '') && ADDITION.test(clause) && sourceYear !== null)
    return { ...period, type: 'multi_year', start: `${sourceYear}-01-01` };
  if (status === 'target') {
    if (measure === 'rate' && period.type === 'unknown')
      return { text: null, type: 'full_year', start: null, end: null };
    // 确保年底…达到 60 家: a goal's 年底 is the end of the year it is set for, a date to reach.
    if (period.type === 'point' && YEAR_END.test(period.text ?? '') && sourceYear !== null)
      return { ...period, type: 'deadline', start: null, end: period.end ?? `${sourceYear}-12-31` };
    const year = period.type === 'year_to_date' && period.text === '今年' ? wholeYearOf(period) : period;
    if (year.type === 'full_year' && (STOCK_WORDS.test(clause) || BALANCE.test(clause)))
      return { ...year, type: 'deadline', start: null };
    // 2025年规划目标 1.1%, 2025年目标值: a plan's goal for a year is to be reached by its end.
    if (year.type === 'full_year' && YEAR_GOAL.test(clause)) return { ...year, type: 'deadline', start: null };
    return year;
  }
  // A rate against the year's start (余额较年初增长 20.3%, at 截至2月末) is the change over that stretch too.
  if ((measure === 'change' || (measure === 'rate' && SINCE_YEAR_START.test(clause))) && period.type === 'point')
    return flowTo(period);
  return asStock(period, clause);
}

function wholeYearOf(p: Period): Period {
  const y = p.start?.slice(0, 4);
  return { ...p, type: 'full_year', start: y ? `${y}-01-01` : null, end: y ? `${y}-12-31` : null };
}

/** The flow from the start of the year up to a point: the whole year when the point is its end. */
function flowTo(p: Period): Period {
  const y = p.end?.slice(0, 4);
  const start = y ? `${y}-01-01` : null;
  return { ...p, type: !p.end || p.end.endsWith('-12-31') ? 'full_year' : 'year_to_date', start };
}

/**
 * A year the text names as over (2024年, 去年 in a 2025 plan): reported, not planned. A bare 全年 in
 * a plan part is the year planned for (nextYear), whatever year the report looks back on.
 */
function isPast(period: Period, sourceYear: number | null, sourceDate: string | null): boolean {
  if (sourceYear === null || period.end === null || period.type === 'deadline') return false;
  // 今年上半年 in a July plan: a part of the year already over is reported too.
  if (period.type === 'year_to_date' && sourceDate !== null && period.end < sourceDate) return true;
  // 截至目前…已建成 42 个 in a plan: a count standing on the source's date (or before) is reported.
  if (period.type === 'point' && sourceDate !== null && period.end <= sourceDate) return true;
  return /\d{4}|去年|上年/.test(period.text ?? '') && Number(period.end.slice(0, 4)) < sourceYear;
}

/** A target's deadline: the end of its deadline, year or window; what it aims at follows from its measure. */
export function targetOf(axes: FigureAxes, period: Period): ExtractedIndicator['target'] {
  if (axes.status !== 'target') return null;
  const dated = ['deadline', 'full_year', 'multi_year'].includes(period.type);
  return { deadline: dated ? period.end : null, aim: targetAimOf(axes.measure) };
}
