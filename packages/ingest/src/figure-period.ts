/**
 * The period of a figure, first rule that applies: its own sentence → earlier in its paragraph →
 * the intro's framing → unknown (README, Decisions). A policy's parameter (decision 010) is dated by
 * its own sentence only; an attribute of one object has no period. Offsets are normalised.
 */
import type { Period } from '@ipb/domain';
import { backTo, charTest, forwardTo } from './char-test';
import type { ArticleFigureInput, Span } from './figure-input';
import type { RawFigure } from './find-figures';
import type { Paragraph } from './paragraphs';
import type { PeriodMention } from './periods';
import { lastEndingBy } from './span-search';

const CLAUSE_BREAK = charTest(/[，,；;:：]/);
const GROUP_BREAK = charTest(/[；;]/);
export function periodFor(
  f: RawFigure,
  sentence: { start: number; end: number },
  para: Paragraph,
  input: ArticleFigureInput,
): PeriodMention | null {
  const { periods } = input;
  let k = lastEndingBy(periods, f.start);
  while (k >= 0 && ownedByRule(periods[k]!, f, input.text)) k--;
  const last = k >= 0 ? periods[k]! : null;
  if (last && last.start >= sentence.start) {
    // 每年/年均 under an earlier deadline (到2027年 … 年均服务 500 万人次) is a rate within the goal;
    // after a span of years opening its sentence (近三年年均增长 10%; 五年间，入库数年均增长 21%) it is
    // the average over that span.
    // A standing budget (市财政每年安排…) and a yearly quota (每年新增 300 人, 年均新增 300 家) are
    // yearly whatever goal stands before them.
    // …only in the figure's own clause: 年均新增 500 家，覆盖率达到 50% leaves the 50% to the goal's date.
    const budget =
      YEARLY.test(input.text.slice(last.start, f.start)) && clauseBreaks(input.text, last.end, f.start) === 0;
    for (let j = k - 1; isRecurring(last.period) && !budget && j >= 0 && periods[j]!.start >= para.start; j--) {
      const earlier = periods[j]!;
      if (earlier.period.type === 'deadline') return earlier;
      if (earlier.period.type === 'multi_year' && (last.start - earlier.end <= 1 || earlier.start >= sentence.start))
        return earlier;
    }
    // 从2019年的…增加到2024年的…，年均增长 11.1%: a yearly average over the years just named.
    if (isRecurring(last.period)) {
      const span = namedSpan(inSentenceBefore(periods, k, sentence.start));
      if (span) return span;
    }
    // 2024年新增…，占当年…的 31.5%: 当年 is the year the sentence has named.
    if (last.period.text === '当年') {
      for (let j = k - 1; j >= 0 && periods[j]!.start >= sentence.start; j--)
        if (periods[j]!.period.type === 'full_year' && periods[j]!.period.start) return periods[j]!;
    }
    // A stock word (在孵, 现有) names no date: a dated period earlier in the sentence gives it
    // (力争到2026年…在孵企业达到 2000 家; 截至12月底，在孵企业 830 家).
    if (isUndatedStock(last)) {
      for (let j = k - 1; j >= 0 && periods[j]!.start >= sentence.start; j--)
        if (periods[j]!.period.type === 'deadline' || isDatedPoint(periods[j]!)) return periods[j]!;
    }
    return last;
  }
  // Earlier in the paragraph: the nearest period, passing over a forecast's date (预计到年底).
  for (let j = k; j >= 0 && periods[j]!.start >= para.start; j--)
    if (!isForecastDate(periods[j]!, sentence, input.text)) return periods[j]!;
  // With nothing earlier in the paragraph, a yearly rate in the next clause covers the figure.
  const later = laterYearlyRate(f, sentence, periods, input.text);
  if (later) return later;
  // The intro's look-back (今年以来…) frames what has happened, not the plans after a lead-in.
  const planned = input.planStart !== null && f.start >= input.planStart;
  const framed = f.start >= input.introEnd || (input.framing !== null && f.start > input.framing.end);
  return framed && !planned ? input.framing : null;
}

/** The words of a rule (a cap, a subsidy): 单个企业每年最高补助 300 万元. */
const RULE_WORDS = /(最高|最多|不超过|不高于|补助|补贴|奖励|资助|贴息|给予)/;

/**
 * 每年 inside a rule's clause (每年最高补助 300 万元，确保…达到 2.5%) is how often the rule applies:
 * it dates that rule, not the figures of the clauses after it.
 */
function ownedByRule(m: PeriodMention, f: RawFigure, text: string): boolean {
  if (!isRecurring(m.period) || clauseBreaks(text, m.end, f.start) === 0) return false;
  return RULE_WORDS.test(text.slice(m.start, forwardTo(text, m.end, f.start, CLAUSE_BREAK)));
}

/** 预计到年底…: the date of a forecast in an earlier sentence does not date the next one. */
function isForecastDate(m: PeriodMention, sentence: Span, text: string): boolean {
  return (
    m.start < sentence.start &&
    m.period.type === 'deadline' &&
    /(预计|有望|预期)$/.test(text.slice(m.start - 3, m.start))
  );
}

const YEARLY =
  /每年(安排|投入|统筹)|(每年|年均)[^，,；;。]{0,6}(新增|遴选|发布|引进|认定|培育|组织|新建|举办|入库|促成|转化|选派|评选|实施)/;

/**
 * A policy's parameter — a subsidy rate, a cap, a threshold (按投入的 30% 给予补助，最高 300 万元;
 * 对交易额超过 1 亿元的机构) — is a rule, not an observation: it is dated only by its own sentence
 * (每年最高…), never by the paragraph or the intro, and a plan does not make it a goal.
 */
const PARAMETER_BEFORE = /(按|给予|奖励|补助|补贴|资助|贴息|配套|减免|允许|^对)/;
const PARAMETER_AFTER = /^(以上|以下|左右)?的?(给予|奖励|补助|补贴|资助|贴息|配套|减免|支持)/;
const CAPS = new Set(['最高', '最多', '不超过', '不高于']);

/** A list item's number (2. 对年度…) is not part of its clause. */
const ITEM_NUMBER = /^\s*(\d{1,2}[.、．]|[(（]\d{1,2}[)）])\s*/;

/** 出资比例不超过子基金规模的 30%: a cap said before what it caps. */
const CAP_IN_CLAUSE = /(不超过|不高于|最高|最多)/;

export function isPolicyParameter(f: RawFigure, clause: string, text: string): boolean {
  if ((f.qualifier !== null && CAPS.has(f.qualifier)) || CAP_IN_CLAUSE.test(clause)) return true;
  return PARAMETER_BEFORE.test(clause.replace(ITEM_NUMBER, '')) || PARAMETER_AFTER.test(text.slice(f.end, f.end + 8));
}

/**
 * A rule's own words: its clause group (a ；-separated item of a sentence), so 每年 in 一是…每年遴选…；
 * does not date 二是…给予奖励 20 万元 in the next item.
 */
export function ownSentencePeriod(f: RawFigure, sentence: Span, input: ArticleFigureInput): PeriodMention | null {
  const { periods, text } = input;
  const group = clauseGroup(text, sentence, f);
  const k = lastEndingBy(periods, f.start);
  const last = k >= 0 ? periods[k]! : null;
  if (last && last.start >= group.start) return last;
  return laterYearlyRate(f, group, periods, text);
}

/** The ；-separated part of a sentence that holds the figure. */
function clauseGroup(text: string, sentence: Span, f: Span): Span {
  return {
    start: backTo(text, f.start, sentence.start, GROUP_BREAK),
    end: forwardTo(text, f.end, sentence.end, GROUP_BREAK),
  };
}

/** 按增量的 10% 给予补助，每年最高 500 万元: a yearly rate in the next clause covers the figure too. */
function laterYearlyRate(f: RawFigure, sentence: Span, periods: readonly PeriodMention[], text: string) {
  // From the figure on only (a binary search), so a long text is not rescanned per figure.
  let later: PeriodMention | undefined;
  for (let j = lastEndingBy(periods, f.end) + 1; j < periods.length && periods[j]!.start < sentence.end; j++)
    if (periods[j]!.start >= f.end && isRecurring(periods[j]!.period)) {
      later = periods[j];
      break;
    }
  return later && clauseBreaks(text, f.end, later.start) <= 1 ? later : null;
}

/** An attribute of one object (a project's 总投资, a fund's 总规模 or 基金规模) has no reporting period. */
export const OBJECT_ATTRIBUTE =
  /(总投资|投资总额|总规模|(?:设立|组建|发起|成立|基金)规模|注册资本|出资|首期(?:到位)?|占地面积?|建筑面积|建设面积)(为|达|约|超过?|近)?$/;
/** 总数达到 8600 家 in a year: a count standing at the year's end, not a flow over the year. */
export const STOCK_WORDS = /(总数|总量|存量|保有量)(将|有望|预计)*(达到?|为|突破|超过?|增至|增加到)?$/;
/** 仍有 11 个, 共有 41 家: what stands at the period's end, a year so far's too (gold README, rule 1). */
const HAS_STOCK = /(仍有|共有)$/;
export function asStock(period: Period, clause: string): Period {
  const stock =
    (period.type === 'full_year' && STOCK_WORDS.test(clause)) ||
    ((period.type === 'full_year' || period.type === 'year_to_date') && HAS_STOCK.test(clause));
  return stock ? { ...period, type: 'point', start: period.end } : period;
}

/** 目前, 现有, 在孵: a stock word that names no date of its own. */
const isUndatedStock = (m: PeriodMention) => m.period.type === 'point' && !/\d|年|月/.test(m.period.text ?? '');
export function nextYear(p: Period): Period {
  const y = Number(p.start!.slice(0, 4)) + 1;
  return { ...p, start: `${y}-01-01`, end: `${y}-12-31` };
}

// 现有 2 家: today's count; 每年安排 2 亿元: a standing budget commitment (an actual, not a goal).
const isDatedPoint = (m: PeriodMention) => m.period.type === 'point' && /\d|年|月/.test(m.period.text ?? '');
/** Two named years earlier in the sentence (从2019年…到2024年…) as one span of years. */
/** The mentions before index `k` that start inside the sentence, in order: a walk back, not a scan of the text. */
function inSentenceBefore(periods: readonly PeriodMention[], k: number, from: number): PeriodMention[] {
  let j = k;
  while (j > 0 && periods[j - 1]!.start >= from) j--;
  return periods.slice(j, k);
}

function namedSpan(mentions: readonly PeriodMention[]): PeriodMention | null {
  const years = mentions.filter(
    (m) => m.period.type === 'full_year' && m.period.start && /\d{4}/.test(m.period.text ?? ''),
  );
  if (years.length < 2) return null;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (first.period.start! >= last.period.start!) return null;
  return {
    start: first.start,
    end: last.end,
    period: {
      text: `${first.period.text}…${last.period.text}`,
      type: 'multi_year',
      start: first.period.start,
      end: last.period.end,
    },
  };
}

/** 每年, 年均, 年度: a year that recurs (not 全年, one whole year that the text has not dated). */
const isRecurring = (p: Period) => p.type === 'full_year' && p.start === null && /每|年均|年度/.test(p.text ?? '');

function clauseBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (CLAUSE_BREAK(text.charCodeAt(i))) n++;
  return n;
}

export function clauseBefore(text: string, from: number, to: number): string {
  return text.slice(backTo(text, to, from, CLAUSE_BREAK), to);
}
