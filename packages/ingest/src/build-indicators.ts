/**
 * Stages 7–9 for one article: figures found in the body get their period (own sentence → earlier
 * in the paragraph → the intro's framing → unknown), kind, subject, catalogue indicator, measure
 * and confidence. Offsets stay normalised here; extract.ts maps them back to the decoded text.
 */
import {
  axesOfKind,
  type ExtractedIndicator,
  type FigureAxes,
  isChangeClause,
  kindOfAxes,
  normaliseUnit,
  type ObservationKind,
  type Period,
  scaleExact,
  targetAimOf,
} from '@ipb/domain';
import { classifyAxes, classifyKind } from './classify-kind';
import { findFigures, type RawFigure, type SkippedNumber } from './find-figures';
import { type IndicatorLinker, isPlaceAggregate, type LinkContext } from './link-indicator';
import { type Paragraph, paragraphsOf, sentencesOf } from './paragraphs';
import { type PeriodMention, UNKNOWN_PERIOD } from './periods';
import type { QuoteRange } from './quotes';
import { readTables, type TableFigure } from './read-tables';
import type { MeasureSlice } from './segment-measures';
import { lastEndingBy, spanAt } from './span-search';
import { findSubject, subjectWindow } from './subject';

/** An indicator whose spans are still normalised offsets. */
export type NormalisedIndicator = ExtractedIndicator;

export interface ArticleFigureInput {
  text: string;
  bodyStart: number;
  end: number;
  introEnd: number;
  /** Where the measures that are plans begin (after 我们将重点抓好以下工作), if any: their figures are goals. */
  planStart: number | null;
  quotes: readonly QuoteRange[];
  periods: readonly PeriodMention[];
  /** The intro's framing period (今年以来, 近年来) that later figures fall back on. */
  framing: PeriodMention | null;
  measures: readonly MeasureSlice[];
  linker: IndicatorLinker;
  /** The article is about a province: 全省 is its own aggregate there. */
  provinceArticle: boolean;
  /** The year the source speaks from: a plan's figure dated before it is reported, not planned. */
  sourceYear: number | null;
}

/** The figure's own clause up to the number, as written: a list item (…、) is a clause of its own. */
function ownClause(text: string, floor: number, at: number): string {
  let i = at;
  while (i > floor && !/[，,；;。：:、（(\n]/.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

function linkContext(
  input: ArticleFigureInput,
  f: { start: number; end: number },
  floor: number,
  fields: Pick<LinkContext, 'subject' | 'window' | 'unit' | 'kind' | 'periodType' | 'previous'>,
): LinkContext {
  return {
    ...fields,
    clause: ownClause(input.text, floor, f.start),
    after: input.text.slice(f.end, f.end + 16),
    provinceArticle: input.provinceArticle,
    sentence: input.text.slice(floor, f.start),
  };
}

const CLAUSE_BREAK = /[，,；;:：]/;
const GROWTH_TAIL =
  /(同比|环比|较上年同期|较上年|比上年|较去年|同期)?(增长|增幅|增速|提高|提升|下降|降低|减少|上升|增加)[了为达约近超]*$/;

function periodFor(
  f: RawFigure,
  sentence: { start: number; end: number },
  para: Paragraph,
  input: ArticleFigureInput,
): PeriodMention | null {
  const { periods } = input;
  const k = lastEndingBy(periods, f.start);
  const last = k >= 0 ? periods[k]! : null;
  if (last && last.start >= sentence.start) {
    // 每年/年均 under an earlier deadline (到2027年 … 年均服务 500 万人次) is a rate within the goal;
    // right after a span of years (近三年年均增长 10%) it is the average over that span.
    // A standing budget (市财政每年安排…) and a yearly quota (每年新增 300 人, 年均新增 300 家) are
    // yearly whatever goal stands before them.
    const budget = YEARLY.test(input.text.slice(last.start, f.start));
    for (let j = k - 1; isRecurring(last.period) && !budget && j >= 0 && periods[j]!.start >= para.start; j--) {
      const earlier = periods[j]!;
      if (earlier.period.type === 'deadline') return earlier;
      if (earlier.period.type === 'multi_year' && last.start - earlier.end <= 1) return earlier;
    }
    // 从2019年的…增加到2024年的…，年均增长 11.1%: a yearly average over the years just named.
    if (isRecurring(last.period)) {
      const span = namedSpan(periods.slice(0, k).filter((p) => p.start >= sentence.start));
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
  if (last && last.start >= para.start) return last;
  // With nothing earlier in the paragraph, a yearly rate in the next clause covers the figure.
  const later = laterYearlyRate(f, sentence, periods, input.text);
  if (later) return later;
  return f.start >= input.introEnd ? input.framing : null;
}

const YEARLY = /每年(安排|投入|统筹)|(每年|年均)[^，,；;。]{0,6}(新增|遴选|发布|引进|认定|培育|组织|新建|举办)/;

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

function isPolicyParameter(f: RawFigure, clause: string, text: string): boolean {
  if ((f.qualifier !== null && CAPS.has(f.qualifier)) || CAP_IN_CLAUSE.test(clause)) return true;
  return PARAMETER_BEFORE.test(clause.replace(ITEM_NUMBER, '')) || PARAMETER_AFTER.test(text.slice(f.end, f.end + 8));
}

function ownSentencePeriod(f: RawFigure, sentence: Span, input: ArticleFigureInput): PeriodMention | null {
  const { periods, text } = input;
  const k = lastEndingBy(periods, f.start);
  const last = k >= 0 ? periods[k]! : null;
  if (last && last.start >= sentence.start) return last;
  return laterYearlyRate(f, sentence, periods, text);
}

/** 按增量的 10% 给予补助，每年最高 500 万元: a yearly rate in the next clause covers the figure too. */
function laterYearlyRate(f: RawFigure, sentence: Span, periods: readonly PeriodMention[], text: string) {
  const later = periods.find((p) => p.start >= f.end && p.start < sentence.end && isRecurring(p.period));
  return later && clauseBreaks(text, f.end, later.start) <= 1 ? later : null;
}

/** A fall is a negative growth rate (下降 5% → -5), so rates compare on one axis. */
const DECLINE =
  /((下降|降低|减少|回落|下滑|缩减|(?<![至最])少)了?(约|近|超过|超|达)?|\b(down|fell|declined?|decreased?)\s*(by\s*)?)$/i;

/** An attribute of one object (a project's 总投资, a fund's 总规模) has no reporting period. */
const OBJECT_ATTRIBUTE =
  /(总投资|投资总额|总规模|(?:设立|组建|发起|成立)规模|注册资本|出资|首期(?:到位)?|占地面积?|建筑面积|建设面积)(为|达|约|超过?|近)?$/;
/** Quoted names and titles do not speak: 计划 in ‘…计划’ is a name, not a plan. */
const withoutQuotes = (s: string) => s.replace(/[“‘《「][^”’》」]{0,40}[”’》」]/g, '');

/** 总数达到 8600 家 in a year: a count standing at the year's end, not a flow over the year. */
const STOCK_WORDS = /(总数|总量|存量|保有量)(达到?|为|突破|超过?|增至|增加到)?$/;
function asStock(period: Period, clause: string): Period {
  if (period.type !== 'full_year' || !period.end || !STOCK_WORDS.test(clause)) return period;
  return { ...period, type: 'point', start: period.end };
}

/** 目前, 现有, 在孵: a stock word that names no date of its own. */
const isUndatedStock = (m: PeriodMention) => m.period.type === 'point' && !/\d|年|月/.test(m.period.text ?? '');
function nextYear(p: Period): Period {
  const y = Number(p.start!.slice(0, 4)) + 1;
  return { ...p, start: `${y}-01-01`, end: `${y}-12-31` };
}

// 现有 2 家: today's count; 每年安排 2 亿元: a standing budget commitment (an actual, not a goal).
const STANDING = /(现有|已有|目前|截至|现阶段|每年(安排|投入|统筹))/;
const isDatedPoint = (m: PeriodMention) => m.period.type === 'point' && /\d|年|月/.test(m.period.text ?? '');
/** Two named years earlier in the sentence (从2019年…到2024年…) as one span of years. */
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

const isRecurring = (p: Period) => p.type === 'full_year' && p.start === null;

function clauseBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (CLAUSE_BREAK.test(text[i]!)) n++;
  return n;
}

function clauseBefore(text: string, from: number, to: number): string {
  let i = to;
  while (i > from && !CLAUSE_BREAK.test(text[i - 1]!)) i--;
  return text.slice(i, to);
}

function confidenceOf(
  subject: string | null,
  link: { strong: boolean } | null,
  period: Period,
  unit: string | null,
): number {
  let c = 0.35;
  if (subject) c += 0.15;
  if (link) c += link.strong ? 0.25 : 0.1;
  if (period.type !== 'unknown') c += 0.15;
  if (unit === null || normaliseUnit(unit)) c += 0.05;
  return Math.round(Math.min(c, 0.95) * 100) / 100;
}

type Span = { start: number; end: number };

/** Period (with the mention it came from) and kind of a figure, from its sentence and paragraph. */
function classifyFigure(f: RawFigure, sentence: Span, para: Paragraph, input: ArticleFigureInput) {
  const { text } = input;
  const clause = clauseBefore(text, sentence.start, f.start);
  const parameter = isPolicyParameter(f, clause, text);
  const attribute = OBJECT_ATTRIBUTE.test(clause);
  const mention = attribute
    ? null
    : parameter
      ? ownSentencePeriod(f, sentence, input)
      : periodFor(f, sentence, para, input);
  const period = asStock(mention?.period ?? UNKNOWN_PERIOD, clause);
  const kindInput = {
    unit: f.unit,
    text: text.slice(f.start, f.end),
    after: text.slice(f.end, f.end + 16),
    fraction: f.fraction,
    before: withoutQuotes(text.slice(sentence.start, f.start)),
    clauseBefore: withoutQuotes(clause),
    periodType: period.type,
  };
  const kind = classifyKind(kindInput);
  const axes = classifyAxes(kindInput, kind);
  const decline = (axes.measure === 'rate' || axes.measure === 'change') && DECLINE.test(clause);
  // In a plan, 现有 2 家孵化器 is still today's count, and a year already over is reported, not planned.
  const inPlan =
    input.planStart !== null &&
    f.start >= input.planStart &&
    !STANDING.test(clause) &&
    !parameter &&
    !attribute &&
    !isPast(period, input.sourceYear);
  // The plan part of a 工作总结和计划 looks ahead: its 全年 is the year after the one reported on.
  const ahead = inPlan && period.text === '全年' && period.start ? nextYear(period) : period;
  const status = inPlan && axes.status === 'actual' ? ('target' as const) : axes.status;
  const goalPeriod = periodOfGoal(ahead, clause, axes.measure, status, input.sourceYear);
  // `kind` stays the linker's reading (a goal only when it is a level); the output kind comes from the axes.
  const linkKind = inPlan && kind === 'actual' ? ('target' as const) : kind;
  return { period: goalPeriod, kind: linkKind, axes: { measure: axes.measure, status }, sign: decline ? -1 : 1 };
}

const HORIZON = /^(今后|未来)/;
const ADDITION = /(新增|新建|建设|建成|引进|集聚|培育|累计|布局|打造)/;

/**
 * The settled calls on goals (gold README): within 今后五年 an addition is summed over the window
 * (multi_year from the source's year) while a level is reached at its end (deadline); a planned
 * growth rate with no date is a yearly rate (full_year).
 */
function periodOfGoal(
  period: Period,
  clause: string,
  measure: FigureAxes['measure'],
  status: FigureAxes['status'],
  sourceYear: number | null,
): Period {
  if (period.type === 'deadline' && HORIZON.test(period.text ?? '') && ADDITION.test(clause) && sourceYear !== null)
    return { ...period, type: 'multi_year', start: `${sourceYear}-01-01` };
  if (status === 'target' && measure === 'rate' && period.type === 'unknown')
    return { text: null, type: 'full_year', start: null, end: null };
  return period;
}

/**
 * A year the text names as over (2024年, 去年 in a 2025 plan): reported, not planned. A bare 全年 in
 * a plan part is the year planned for (nextYear), whatever year the report looks back on.
 */
function isPast(period: Period, sourceYear: number | null): boolean {
  if (sourceYear === null || period.end === null || period.type === 'deadline') return false;
  return /\d{4}|去年|上年/.test(period.text ?? '') && Number(period.end.slice(0, 4)) < sourceYear;
}

/** A target's deadline: the end of its deadline, year or window; what it aims at follows from its measure. */
function targetOf(axes: FigureAxes, period: Period): ExtractedIndicator['target'] {
  if (axes.status !== 'target') return null;
  const dated = ['deadline', 'full_year', 'multi_year'].includes(period.type);
  return { deadline: dated ? period.end : null, aim: targetAimOf(axes.measure) };
}

/**
 * The subject phrase; a growth rate, a comparison (较年初增加…) or a bare breakdown (其中 7 个)
 * takes the subject of the figure before it in the same sentence.
 */
function subjectFor(
  f: RawFigure,
  sentence: Span,
  previous: NormalisedIndicator | null,
  kind: string,
  period: Period,
  text: string,
) {
  const sameSentence = previous !== null && previous.sentenceStart === sentence.start;
  const floor = sameSentence ? Math.max(sentence.start, previous.end) : sentence.start;
  const ctx = { text, start: f.start, end: f.end, floor, ceiling: sentence.end, periodText: period.text };
  let subject = findSubject(ctx);
  const comparison = subject !== null && /^(较|比|同比|环比)/.test(subject);
  if (kind === 'growth' || comparison) {
    const stripped = (subject?.replace(GROWTH_TAIL, '') ?? '').replace(/(年均|平均|每年|全年)$/, '');
    // 规上工业增加值增长 9.2%: a growth rate that names its own subject is that subject's, not the
    // previous figure's; a bare 同比增长 is the previous figure's.
    const named = stripped.length >= 2 && !/^(同比|环比|较|比|增速|增幅|其中|分别|年均|平均)/.test(stripped);
    subject = named ? stripped : sameSentence ? previous.subject : null;
  } else if (subject === null && sameSentence) {
    subject = previous.subject;
  }
  return { subject, window: subjectWindow(ctx) };
}

function buildOne(
  f: RawFigure,
  para: Paragraph,
  sentences: Span[],
  previous: NormalisedIndicator | null,
  input: ArticleFigureInput,
): NormalisedIndicator {
  const sentence = spanAt(sentences, f.start) ?? para;
  const classified = classifyFigure(f, sentence, para, input);
  const built = buildFields(f, sentence, previous, input, classified);
  const { kind } = classified;
  LINK_KIND.set(built, kind);
  return built;
}

/** The kind the linker read a figure with (a change of a count is read against its stock). */
const LINK_KIND = new WeakMap<NormalisedIndicator, ObservationKind>();

function buildFields(
  f: RawFigure,
  sentence: Span,
  previous: NormalisedIndicator | null,
  input: ArticleFigureInput,
  { period, kind, axes, sign }: ReturnType<typeof classifyFigure>,
): NormalisedIndicator {
  const { text } = input;
  const { subject, window } = subjectFor(f, sentence, previous, kind, period, text);
  const norm = f.unit ? normaliseUnit(f.unit) : null;
  // 营收 1125.1 亿元，同比增长 28.6%: a growth rate is of the figure it follows, so it takes that
  // figure's indicator (none here), not one found again in the subject words (高新技术企业).
  const carried = previous !== null && previous.sentenceStart === sentence.start && subject === previous.subject;
  const inherited = kind === 'growth' && carried;
  // A change in percentage points is of a share: 增速回落 3.4 个百分点 is not a growth of 研发投入.
  const ppOfNonShare = norm?.unit === 'pp' && previous?.indicator && input.linker.unitOf(previous.indicator) !== '%';
  // 比上年末净增 97 家，增长 5.5%: after a change against last year, the growth rate is the stock's.
  const afterChange =
    inherited && previous.indicator && isChangeClause(ownClause(text, sentence.start, previous.start), 'actual');
  const inheritedId =
    previous?.indicator && afterChange
      ? (input.linker.stockOf(previous.indicator) ?? previous.indicator)
      : previous?.indicator;
  const link = inherited
    ? inheritedId && !ppOfNonShare
      ? { id: inheritedId, strong: true, term: subject ?? '' }
      : null
    : isPolicyParameter(f, clauseBefore(text, sentence.start, f.start), text)
      ? null
      : input.linker.link(
          linkContext(input, f, sentence.start, {
            subject,
            window,
            unit: norm?.unit ?? null,
            kind,
            periodType: period.type,
            previous: carried ? previous.indicator : undefined,
          }),
        );
  const measure = spanAt(input.measures, f.start);
  return {
    text: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    subject: link && !link.strong ? link.term : subject,
    indicator: link ? link.id : null,
    value: sign * f.value,
    valueMax: f.valueMax === null ? null : sign * f.valueMax,
    unit: f.unit,
    normalized: norm ? { value: scaleExact(sign * f.value, norm.factor), unit: norm.unit } : null,
    kind: kindOfAxes(axes.measure, axes.status),
    measure: axes.measure,
    status: axes.status,
    target: targetOf(axes, period),
    qualifier: f.qualifier,
    period,
    measureOrdinal: measure?.ordinal ?? null,
    ...(isPlaceAggregate({
      clause: ownClause(text, sentence.start, f.start),
      sentence: text.slice(sentence.start, f.start),
      provinceArticle: input.provinceArticle,
    })
      ? {}
      : { placeAggregate: false }),
    confidence: confidenceOf(subject, link, period, f.unit),
    sentence: text.slice(sentence.start, sentence.end),
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
  };
}

/**
 * 2015—2017年…分别为 25.27 亿元、41.16 亿元、46.50 亿元: one value per year of the span, in order.
 * Applies only when the sentence says 分别 and the figures after it are exactly one per year.
 */
function perYearOfSpan(figures: NormalisedIndicator[], text: string): void {
  const bySentence = new Map<number, NormalisedIndicator[]>();
  for (const f of figures) {
    const key = f.sentenceStart ?? -1;
    bySentence.set(key, [...(bySentence.get(key) ?? []), f]);
  }
  for (const [start, group] of bySentence) {
    const span = group[0]!.period;
    if (start < 0 || span.type !== 'multi_year' || !span.start || !span.end) continue;
    if (!/^\d{4}.*\d{4}年$/.test(span.text ?? '')) continue;
    const first = Number(span.start.slice(0, 4));
    const years = Number(span.end.slice(0, 4)) - first + 1;
    const at = text.indexOf('分别', start);
    if (at < 0 || at >= (group[0]!.sentenceEnd ?? start)) continue;
    const sameSpan = (f: NormalisedIndicator) => f.period.text === span.text && f.period.start === span.start;
    const listed = group.filter((f) => f.start > at && sameSpan(f));
    if (years < 2 || listed.length !== years) continue;
    listed.forEach((f, k) => {
      const y = first + k;
      f.period = { text: span.text, type: 'full_year', start: `${y}-01-01`, end: `${y}-12-31` };
    });
  }
}

/**
 * 高新技术企业、科技型中小企业分别突破 1.3 万家、2.9 万家: the listed subjects pair with the
 * figures after 分别, in order, when the counts match; each is then linked to the catalogue again.
 */
const LISTED_SUBJECTS = /([\u4e00-\u9fffA-Za-z&]{2,16}(?:、[\u4e00-\u9fffA-Za-z&]{2,16})+)分别/;

function pairListedSubjects(figures: NormalisedIndicator[], input: ArticleFigureInput): void {
  const bySentence = new Map<number, NormalisedIndicator[]>();
  for (const f of figures) {
    const key = f.sentenceStart ?? -1;
    bySentence.set(key, [...(bySentence.get(key) ?? []), f]);
  }
  for (const [start, group] of bySentence) {
    const sentence = input.text.slice(start, group[0]!.sentenceEnd ?? start);
    const m = LISTED_SUBJECTS.exec(sentence);
    if (start < 0 || !m) continue;
    // The list is the last clause's: 今年以来，高企、科小分别… keeps only 高企、科小.
    const names = m[1]!.split('、').map((n) => n.replace(/^(其中|全市|全区|全县|全省)/, ''));
    const after = start + m.index + m[0].length;
    const stop = sentence.slice(after - start).search(/[；;。]/);
    const end = stop < 0 ? Number.POSITIVE_INFINITY : after + stop;
    const listed = group.filter((f) => f.start >= after && f.end <= end);
    if (listed.length !== names.length) continue;
    listed.forEach((f, k) => {
      const subject = names[k]!;
      const link = input.linker.link(
        linkContext(input, f, start, {
          subject,
          window: subject,
          unit: f.normalized?.unit ?? f.unit,
          kind: LINK_KIND.get(f) ?? f.kind,
          periodType: f.period.type,
        }),
      );
      f.subject = link && !link.strong ? link.term : subject;
      f.indicator = link?.id ?? null;
    });
  }
}

/** A figure read from a table cell: the row is its sentence. */
function tableIndicator(t: TableFigure, input: ArticleFigureInput): NormalisedIndicator {
  const norm = t.unit ? normaliseUnit(t.unit) : null;
  const period = t.period?.period ?? UNKNOWN_PERIOD;
  const link = input.linker.link({
    subject: t.subject,
    window: t.subject ?? '',
    clause: t.subject ?? '',
    after: '',
    unit: norm?.unit ?? null,
    kind: t.kind,
    periodType: period.type,
    provinceArticle: input.provinceArticle,
    sentence: '',
  });
  return {
    text: input.text.slice(t.start, t.end),
    start: t.start,
    end: t.end,
    subject: link && !link.strong ? link.term : t.subject,
    indicator: link?.id ?? null,
    value: t.value,
    valueMax: null,
    unit: t.unit,
    normalized: norm ? { value: scaleExact(t.value, norm.factor), unit: norm.unit } : null,
    kind: t.kind,
    ...axesOfKind(t.kind, t.unit),
    target: null,
    qualifier: null,
    period,
    measureOrdinal: spanAt(input.measures, t.start)?.ordinal ?? null,
    confidence: confidenceOf(t.subject, link, period, t.unit),
    sentence: input.text.slice(t.row.start, t.row.end),
    sentenceStart: t.row.start,
    sentenceEnd: t.row.end,
  };
}

export function buildIndicators(input: ArticleFigureInput): {
  indicators: NormalisedIndicator[];
  skipped: SkippedNumber[];
} {
  const indicators: NormalisedIndicator[] = [];
  const skipped: SkippedNumber[] = [];
  const tables = readTables(input.text, input.bodyStart, input.end, input.periods);
  for (const para of paragraphsOf(input.text, input.bodyStart, input.end)) {
    if (tables.rows.has(para.start)) {
      for (const t of tables.figures) if (t.row.start === para.start) indicators.push(tableIndicator(t, input));
      continue;
    }
    const found = findFigures(input.text, para.start, para.end, input.quotes);
    skipped.push(...found.skipped);
    let previous: NormalisedIndicator | null = null;
    const sentences = found.figures.length > 0 ? sentencesOf(input.text, para.start, para.end) : [];
    const built: NormalisedIndicator[] = [];
    for (const f of found.figures) {
      previous = buildOne(f, para, sentences, previous, input);
      built.push(previous);
    }
    perYearOfSpan(built, input.text);
    pairListedSubjects(built, input);
    indicators.push(...built);
  }
  return { indicators, skipped };
}
