/**
 * Stages 7–9 for one article: figures found in the body get their period (own sentence → earlier
 * in the paragraph → the intro's framing → unknown), kind, subject, catalogue indicator, measure
 * and confidence. Offsets stay normalised here; extract.ts maps them back to the decoded text.
 */
import { isChangeClause, kindOfAxes, type ObservationKind, scaleExact } from '@ipb/domain';
import { backTo, charTest } from './char-test';
import { classifyFigure, targetOf } from './classify-figure';
import type { ArticleFigureInput, NormalisedIndicator, Span } from './figure-input';
import { clauseBefore } from './figure-period';
import { subjectFor } from './figure-subject';
import { findFigures, type RawFigure, type SkippedNumber } from './find-figures';
import { isPlaceAggregate, type LinkContext } from './link-indicator';
import { META_LINE, type Paragraph, paragraphsOf, sentencesOf } from './paragraphs';
import { readTables, type TextCell } from './read-tables';
import { ruleTopic } from './rule-topic';
import { spanAt } from './span-search';
import { confidenceOf, normalisedUnit, tableIndicator } from './table-indicators';

export type { ArticleFigureInput, NormalisedIndicator } from './figure-input';

const OWN_CLAUSE_BREAK = charTest(/[，,；;。：:、（(\n]/);
/** The figure's own clause up to the number, as written: a list item (…、) is a clause of its own. */
function ownClause(text: string, floor: number, at: number): string {
  return text.slice(backTo(text, at, floor, OWN_CLAUSE_BREAK), at);
}

/** 、: what makes a figure's clause a list item, which clauseWithListVerb gives its list's verb. */
const LIST_COMMA = 0x3001;

/** Verbs that say a list's items were added (新获批省级工程技术研究中心 4 个、省级重点实验室 2 个). */
const LIST_VERB = /(新增|新认定|新获批|新获|新培育|新入库|新备案|新引进|新建|新设立|首次入库|净增|引进)/;

/** The figure's own clause, with the verb of the list it is an item of (each item after a 、 has none of its own). */
function clauseWithListVerb(text: string, floor: number, at: number): string {
  const own = ownClause(text, floor, at);
  const start = at - own.length;
  if (text[start - 1] !== '、') return own;
  const first = clauseBefore(text, floor, at).split('、')[0] ?? '';
  return `${LIST_VERB.exec(first)?.[0] ?? ''}${own}`;
}

function linkContext(
  input: ArticleFigureInput,
  f: { start: number; end: number },
  floor: number,
  fields: Pick<LinkContext, 'subject' | 'window' | 'unit' | 'kind' | 'periodType' | 'previous'>,
  before?: string,
): LinkContext {
  // The caller's copy of the sentence up to the figure, if it cut one: the other-place check then
  // meets the same string object it answered for (its memory compares strings).
  const sentence = before ?? input.text.slice(floor, f.start);
  // Every field named (no spread of `fields`): one object shape for every caller, a fast path in V8.
  return {
    subject: fields.subject,
    window: fields.window,
    unit: fields.unit,
    kind: fields.kind,
    periodType: fields.periodType,
    previous: fields.previous,
    clause: clauseWithListVerb(input.text, floor, f.start),
    after: input.text.slice(f.end, f.end + 16),
    provinceArticle: input.provinceArticle,
    sentence,
    otherPlace: input.otherPlace(sentence),
  };
}

function buildOne(
  f: RawFigure,
  para: Paragraph,
  sentences: Span[],
  previous: NormalisedIndicator | null,
  input: ArticleFigureInput,
  cell: TextCell | null,
  linkKinds: Map<NormalisedIndicator, ObservationKind>,
): NormalisedIndicator {
  const sentence = spanAt(sentences, f.start) ?? para;
  const classified = classifyFigure(f, sentence, para, input, cell !== null);
  const built = buildFields(f, sentence, previous, input, classified);
  linkKinds.set(built, classified.kind);
  // A rule, a table's cell or an undated figure (mostly a rule's amount) is compared by what it is about.
  if (classified.parameter || cell || classified.period.type === 'unknown') {
    const previousEnd = previous && previous.start >= para.start ? previous.end : null;
    RULE_TOPIC.set(built, ruleTopic({ text: input.text, para, figure: f, previousEnd, rowLabel: cell?.label }));
  }
  return built;
}

/** What a policy parameter or a table cell is about (rule-topic.ts): a rule restated is one fact. */
const RULE_TOPIC = new WeakMap<NormalisedIndicator, string>();
export const ruleTopicOf = (f: NormalisedIndicator): string | undefined => RULE_TOPIC.get(f);

function buildFields(
  f: RawFigure,
  sentence: Span,
  previous: NormalisedIndicator | null,
  input: ArticleFigureInput,
  { period, kind, axes, sign, parameter }: ReturnType<typeof classifyFigure>,
): NormalisedIndicator {
  const { text } = input;
  const { subject, window } = subjectFor(f, sentence, previous, kind, period, text);
  const norm = f.unit ? normalisedUnit(f.unit) : null;
  // 营收 1125.1 亿元，同比增长 28.6%: a growth rate is of the figure it follows, so it takes that
  // figure's indicator (none here), not one found again in the subject words (高新技术企业).
  const carried = previous !== null && previous.sentenceStart === sentence.start && subject === previous.subject;
  const inherited = kind === 'growth' && carried;
  // 比上年末净增 97 家，增长 5.5%: after a change against last year, the growth rate is the stock's.
  const afterChange =
    inherited && previous.indicator && isChangeClause(ownClause(text, sentence.start, previous.start), 'actual');
  const inheritedId =
    previous?.indicator && afterChange
      ? (input.linker.stockOf(previous.indicator) ?? previous.indicator)
      : previous?.indicator;
  const clause = ownClause(text, sentence.start, f.start);
  /** The sentence up to the figure: cut once for the inheritance, place and link checks. */
  const before = text.slice(sentence.start, f.start);
  // 提高 0.15 个百分点 is not the share's value, 增长 6.3% of GDP is real growth: neither takes the indicator.
  const fits =
    inheritedId &&
    input.linker.inherits(inheritedId, {
      unit: norm?.unit ?? null,
      kind,
      sentence: before,
    });
  const aggregate = isPlaceAggregate({
    clause,
    sentence: before,
    provinceArticle: input.provinceArticle,
    otherPlace: input.otherPlace(before, text, sentence.start),
  });
  // 全省同期增速为 14.1%: a growth rate of another place is not the figure's it follows.
  const link = inherited
    ? inheritedId && fits && aggregate
      ? { id: inheritedId, strong: true, term: subject ?? '' }
      : null
    : // classifyFigure asked isPolicyParameter of the same figure and clause (clauseBefore up to it).
      // A figure that is not the place's aggregate is never linked: link() would ask isPlaceAggregate
      // first, of the same clause and sentence, unless a list item's verb is put before its clause.
      parameter || (!aggregate && text.charCodeAt(f.start - clause.length - 1) !== LIST_COMMA)
      ? null
      : input.linker.link(
          linkContext(
            input,
            f,
            sentence.start,
            {
              subject,
              window,
              unit: norm?.unit ?? null,
              kind,
              periodType: period.type,
              previous: carried ? previous.indicator : undefined,
            },
            before,
          ),
        );
  const measure = spanAt(input.measures, f.start);
  const value = sign * f.value;
  const figureText = text.slice(f.start, f.end);
  const figureSubject = link && !link.strong ? link.term : subject;
  const indicator = link ? link.id : null;
  const valueMax = f.valueMax === null ? null : sign * f.valueMax;
  const figureKind = kindOfAxes(axes.measure, axes.status);
  const target = targetOf(axes, period);
  const measureOrdinal = measure?.ordinal ?? null;
  const confidence = confidenceOf(subject, link, period, f.unit);
  const sentenceText = text.slice(sentence.start, sentence.end);
  return new BuiltFigure(
    aggregate,
    figureText,
    f.start,
    f.end,
    figureSubject,
    indicator,
    value,
    valueMax,
    f.unit,
    norm ? new Normalized(scaleExact(value, norm.factor), norm.unit) : null,
    figureKind,
    axes.measure,
    axes.status,
    target,
    f.qualifier,
    period,
    measureOrdinal,
    confidence,
    sentenceText,
    sentence.start,
    sentence.end,
  );
}

/*
 * A figure and its normalised value are made by constructors, not object literals. Every figure
 * lives to the end of its extraction, so V8 soon allocated each literal's objects straight in the
 * old generation (allocation-site pretenuring; a constructor's objects have no such site), and
 * every fresh string and object stored into them then went through the write barrier into the
 * remembered set: the figure's literal was 4–5 % of a synthetic issue's profile on its own line.
 * Made young, they are copied once or twice by the scavenger instead (which takes back part of
 * that: the collector's share rose 1–1.5 points). The fields and their order
 * are those of the literals they replace (JSON and every reader see the same object); placeAggregate
 * is set only when false, in its place, as before — not a spread (a spread in the middle of a literal
 * made V8 build each figure ~20× slower: a generic copy, then every later field stored one by one).
 */
class Normalized {
  declare value: number;
  declare unit: string;
  constructor(value: number, unit: string) {
    this.value = value;
    this.unit = unit;
  }
}

class BuiltFigure {
  declare text: string;
  declare start: number;
  declare end: number;
  declare subject: NormalisedIndicator['subject'];
  declare indicator: NormalisedIndicator['indicator'];
  declare value: number;
  declare valueMax: NormalisedIndicator['valueMax'];
  declare unit: NormalisedIndicator['unit'];
  declare normalized: NormalisedIndicator['normalized'];
  declare kind: NormalisedIndicator['kind'];
  declare measure: NormalisedIndicator['measure'];
  declare status: NormalisedIndicator['status'];
  declare target: NormalisedIndicator['target'];
  declare qualifier: NormalisedIndicator['qualifier'];
  declare period: NormalisedIndicator['period'];
  declare measureOrdinal: NormalisedIndicator['measureOrdinal'];
  declare placeAggregate?: boolean;
  declare confidence: number;
  declare sentence: string;
  declare sentenceStart: number;
  declare sentenceEnd: number;
  constructor(
    aggregate: boolean,
    text: string,
    start: number,
    end: number,
    subject: NormalisedIndicator['subject'],
    indicator: NormalisedIndicator['indicator'],
    value: number,
    valueMax: NormalisedIndicator['valueMax'],
    unit: NormalisedIndicator['unit'],
    normalized: NormalisedIndicator['normalized'],
    kind: NormalisedIndicator['kind'],
    measure: NormalisedIndicator['measure'],
    status: NormalisedIndicator['status'],
    target: NormalisedIndicator['target'],
    qualifier: NormalisedIndicator['qualifier'],
    period: NormalisedIndicator['period'],
    measureOrdinal: NormalisedIndicator['measureOrdinal'],
    confidence: number,
    sentence: string,
    sentenceStart: number,
    sentenceEnd: number,
  ) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.subject = subject;
    this.indicator = indicator;
    this.value = value;
    this.valueMax = valueMax;
    this.unit = unit;
    this.normalized = normalized;
    this.kind = kind;
    this.measure = measure;
    this.status = status;
    this.target = target;
    this.qualifier = qualifier;
    this.period = period;
    this.measureOrdinal = measureOrdinal;
    if (!aggregate) this.placeAggregate = false;
    this.confidence = confidence;
    this.sentence = sentence;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
  }
}

/**
 * 2015—2017年…分别为 25.27 亿元、41.16 亿元、46.50 亿元: one value per year of the span, in order.
 * Applies only when the sentence says 分别 and the figures after it are exactly one per year.
 */
function perYearOfSpan(figures: NormalisedIndicator[], text: string): void {
  const bySentence = new Map<number, NormalisedIndicator[]>();
  for (const f of figures) {
    const key = f.sentenceStart ?? -1;
    const group = bySentence.get(key);
    if (group) group.push(f);
    else bySentence.set(key, [f]);
  }
  for (const [start, group] of bySentence) {
    const span = group[0]!.period;
    if (start < 0 || span.type !== 'multi_year' || !span.start || !span.end) continue;
    if (!/^\d{4}.*\d{4}年$/.test(span.text ?? '')) continue;
    const first = Number(span.start.slice(0, 4));
    const years = Number(span.end.slice(0, 4)) - first + 1;
    // Only inside the sentence: indexOf on the rest of the text was a scan of it per sentence.
    const found = text.slice(start, group[0]!.sentenceEnd ?? start).indexOf('分别');
    if (found < 0) continue;
    const at = start + found;
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

function pairListedSubjects(
  figures: NormalisedIndicator[],
  input: ArticleFigureInput,
  linkKinds: ReadonlyMap<NormalisedIndicator, ObservationKind>,
): void {
  const bySentence = new Map<number, NormalisedIndicator[]>();
  for (const f of figures) {
    const key = f.sentenceStart ?? -1;
    const group = bySentence.get(key);
    if (group) group.push(f);
    else bySentence.set(key, [f]);
  }
  for (const [start, group] of bySentence) {
    const sentence = input.text.slice(start, group[0]!.sentenceEnd ?? start);
    // The regex backtracks at every character; without 分别 it cannot match, so it is not run.
    const m = sentence.includes('分别') ? LISTED_SUBJECTS.exec(sentence) : null;
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
          kind: linkKinds.get(f) ?? f.kind,
          periodType: f.period.type,
        }),
      );
      f.subject = link && !link.strong ? link.term : subject;
      f.indicator = link?.id ?? null;
    });
  }
}

const isFurniture = (p: Paragraph) => p.text.length <= 60 && META_LINE.test(p.text.trim());
/** A page's related-links heading (相关链接：): the short link lines under it are other pages' titles. */
const RELATED_LINKS = /^[【[]?(相关链接|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读)/;
const isLinkLine = (p: Paragraph) => p.text.trim().length <= 60 && !/[。；;！!？?]$/.test(p.text.trim());

/**
 * The figures of one paragraph of text, sentence by sentence. A table's text cell (按增量部分的 10%
 * 给予补助) is read the same way, as a paragraph of its own that nothing outside it dates.
 */
function textFigures(
  para: Paragraph,
  input: ArticleFigureInput,
  skipped: SkippedNumber[],
  cell: TextCell | null = null,
): NormalisedIndicator[] {
  const found = findFigures(input.text, para.start, para.end, input.quotes);
  skipped.push(...found.skipped);
  let previous: NormalisedIndicator | null = null;
  const sentences = found.figures.length > 0 ? sentencesOf(input.text, para.start, para.end) : [];
  const built: NormalisedIndicator[] = [];
  // The kind the linker read each figure with (a change of a count is read against its stock): a
  // paragraph's own map, not a WeakMap over every figure (its sets were 2 % of extraction).
  const linkKinds = new Map<NormalisedIndicator, ObservationKind>();
  for (const f of found.figures) {
    previous = buildOne(f, para, sentences, rateBase(f, built), input, cell, linkKinds);
    built.push(previous);
  }
  perYearOfSpan(built, input.text);
  pairListedSubjects(built, input, linkKinds);
  return built;
}

/**
 * What a rate after a change is read against: 入库…205家，同比增加38家，增长22.8% — the rate is the
 * count's growth, so it reads the count before an unlinked change, not the change.
 */
function rateBase(f: RawFigure, built: readonly NormalisedIndicator[]): NormalisedIndicator | null {
  const prior = built.at(-1) ?? null;
  const count = built.at(-2);
  const afterChange =
    f.unit === '%' && prior?.measure === 'change' && prior.indicator === null && prior.unit !== '%' && count;
  return afterChange && count.sentenceStart === prior.sentenceStart && count.subject === prior.subject ? count : prior;
}

export function buildIndicators(input: ArticleFigureInput): {
  indicators: NormalisedIndicator[];
  skipped: SkippedNumber[];
} {
  const indicators: NormalisedIndicator[] = [];
  const skipped: SkippedNumber[] = [];
  const tables = readTables(input.text, input.bodyStart, input.end, input.periods);
  let inLinks = false;
  for (const para of paragraphsOf(input.text, input.bodyStart, input.end)) {
    inLinks = (inLinks && isLinkLine(para)) || RELATED_LINKS.test(para.text.trim());
    if (inLinks) continue;
    if (tables.rows.has(para.start)) {
      for (const t of tables.figures) if (t.row.start === para.start) indicators.push(tableIndicator(t, input));
      for (const c of tables.textCells)
        if (c.row.start === para.start) indicators.push(...textFigures(c, input, skipped, c));
      continue;
    }
    // A page's furniture (下一篇：我省3个项目…, 浏览次数：1287) is not the article's text.
    if (isFurniture(para)) continue;
    indicators.push(...textFigures(para, input, skipped));
  }
  indicators.sort((a, b) => a.start - b.start);
  return { indicators, skipped };
}
