/**
 * Link a figure to the indicator catalogue — or leave it unlinked, with its raw subject: a wrong
 * link is worse than none (docs/decisions/011). In order:
 *
 * 1. Figures that are not the place's aggregate are never linked: recipients of a service
 *    (为 312 家企业发放贷款), effects (带动企业研发投入), a named programme's results (“科技贷”为…),
 *    national or provincial totals in a lower place's text (全国, 国产, 全省).
 * 2. A share names its numerator and denominator (研发投入占 GDP 比重 → rd_intensity); a ratio
 *    phrase that matches no share indicator is unlinked.
 * 3. The catalogue term must be the head of the subject (高新技术企业研发中心 is a 研发中心) and,
 *    of several, the one ending nearest the number wins (全社会研发投入强度 → 强度, not 研发投入).
 *    Two indicators named together (孵化器和众创空间) or a narrowing modifier (钛产业高新技术企业,
 *    企业研发投入, 数字领域人才) leave it unlinked.
 * 4. The fit rules of @ipb/domain (unit, entity, register, contract side, stock vs added, change,
 *    per 10 000 people, balance vs flow, multi-year totals). An addition to a stock (新认定国家高新
 *    技术企业) goes to the stock's `newOf` sibling whose markers the clause says.
 */
import {
  type Indicator,
  isChangeClause,
  isRealGrowthOf,
  misfit,
  type ObservationKind,
  type PeriodType,
  unitMisfit,
} from '@ipb/domain';
import { lastAnswer } from './last-answer';
import { collect, suffixTrie } from './term-trie';

export interface IndicatorLink {
  id: string;
  term: string;
  /** Found in the subject phrase (true) or only in the clause around the figure (false). */
  strong: boolean;
}

export interface LinkContext {
  subject: string | null;
  /** The clause left of the figure, period and verbs stripped: a term found there must end it. */
  window: string;
  /** The figure's own clause up to the number, as written (breaks at ，、；): its verb. */
  clause: string;
  /** Text right after the figure (件/万人). */
  after: string;
  /** Canonical unit of the figure. */
  unit: string | null;
  kind: ObservationKind;
  periodType: PeriodType;
  /** The article's place is a province: 全省 is its own aggregate. */
  provinceArticle: boolean;
  /** The figure's clause group is about another named place (长沙县… in a province's text): not the article's. */
  otherPlace?: boolean;
  /** The sentence up to the figure, as written: its topic (该公司…, 参评实验室…) and what 其中 breaks down. */
  sentence: string;
  /**
   * The subject is the previous figure's in the same sentence: its indicator (or null). A change
   * (较上年增加 29 家) is then a change of that figure — an addition to it only when it is a stock.
   */
  previous?: string | null;
}

export interface IndicatorLinker {
  link(ctx: LinkContext): IndicatorLink | null;
  unitOf(id: string): string | null;
  /** Whether the indicator counts what exists at a date (a stock), is a flow over a period, … */
  quantityOf(id: string): Indicator['quantityType'] | null;
  /** The stock an indicator of additions adds to (new_national_high_tech_enterprises_added → high_tech_enterprises). */
  stockOf(id: string): string | null;
  /**
   * Can a growth or change said right after a figure take that figure's indicator? Not a change in
   * percentage points (a different quantity), nor real growth of a value at current prices.
   */
  inherits(id: string, f: { unit: string | null; kind: ObservationKind; sentence: string }): boolean;
}

/**
 * Is the figure about the place as a whole? Not when it is one company's, institute's, fund's or
 * programme's (该公司…, “科技贷”为…, 撬动社会资本), nor a national or provincial total quoted in a
 * lower place's text. Such a figure is never linked, and a goal of it is not the place's target.
 */
export function isPlaceAggregate(
  ctx: Pick<LinkContext, 'clause' | 'sentence' | 'provinceArticle' | 'otherPlace'>,
): boolean {
  const { clause } = ctx;
  if (ctx.otherPlace) return false;
  if (EFFECT.test(clause) || PROGRAMME_ACTOR.test(clause)) return false;
  if (NATIONAL.test(clause) || (!ctx.provinceArticle && PROVINCE_WIDE.test(clause))) return false;
  return !entityTopic(ctx.sentence) && !ENTITY_TOPIC.test(clause.replace(LEADING_FRAME, ''));
}

/**
 * Whether the sentence up to a figure opens on one entity (ENTITY_TOPIC, COMPLETED_ENTITY past its
 * leading frame). A figure's fields and its link both ask it of the same string (lastAnswer).
 */
const entityTopic = lastAnswer((sentence: string) => {
  const topic = sentence.replace(LEADING_FRAME, '');
  return ENTITY_TOPIC.test(topic) || COMPLETED_ENTITY.test(topic);
});

interface Term {
  term: string;
  indicator: Indicator;
  /**
   * How the term may be written, full form first: 发明专利授权 1106 件 names 发明专利授权量, so a
   * count word at a term's end may be left unsaid. Worked out once per catalogue, not per figure.
   */
  written?: readonly string[];
}

/**
 * Recipients, effects and a programme's own results: not the place's aggregate. 惠及 and 覆盖 name
 * who was reached however long the noun after them (惠及科技型企业 316 家).
 */
const RECIPIENT = /((惠及|覆盖)[^，,；;。]{0,10}|(辐射|吸引|服务)[^，,；;。]{0,3})$/;
/** A change against the same period of last year (较上年同期, 同比): twelve months back, not since the year's start. */
const YEAR_ON_YEAR = /(上年同期|去年同期|同比)/;
/** 为 312 家科技型企业发放贷款: 为/向/给 before a count of entities that receive something (not 为 as "is"). */
const RECIPIENT_FOR = /(为|向|给|帮助)$/;
const RECEIVING =
  /^[^，,；;。]{0,10}(企业|单位|机构|团队|个人|户|人次?)[^，,；;。]{0,4}(发放|提供|办理|解决|兑现|授信|贷款|融资|补助|奖励)/;
const EFFECT = /带动|撬动|拉动|促成|推动[^，,；;。]{0,6}新增/;
const PROGRAMME_ACTOR = /[“"「][^”"」]{1,12}[”"」](累计|已|共|为|向|发放|撬动|支持)/;
const NATIONAL = /全国|国产|国内|国家[^级]{0,4}(批准|公布|发布)/;
const PROVINCE_WIDE = /全省|全自治区/;
/**
 * A subset of the place's population named right before the term: a part of the economy, a sector
 * (农业科技进步贡献率 is farming's contribution, not the whole economy's), one kind of patent
 * (实用新型专利授权量 is a part of 专利授权量).
 */
const NARROWING =
  /(领域|产业|行业|板块|集群|企业|园区|基地|实验室|项目|团队|街道|高校|院所|联合体|单位|培育库|入库企业|农业|林业|畜牧业|实用新型|外观设计)$/;
/** Words that may follow the head term without changing what is counted (技术合同成交额完成 38.6 亿元). */
const HEAD_SUFFIX_PARTS = [
  ['的'],
  ['每年', '年均', '全年'],
  [
    '总数',
    '总量',
    '数量',
    '家数',
    '个数',
    '存量',
    '数',
    '入库数',
    '入库',
    '评价入库',
    '认定数',
    '投入',
    '支出',
    '总额',
  ],
];
const HEAD_SUFFIX = new RegExp(`^${HEAD_SUFFIX_PARTS.map((words) => `(${words.join('|')})?`).join('')}$`);
/** The longest text HEAD_SUFFIX matches (的 + 每年 + 评价入库): a head term ends at most this far from the end. */
const HEAD_SUFFIX_MAX = HEAD_SUFFIX_PARTS.reduce((sum, words) => sum + Math.max(...words.map((w) => w.length)), 0);
const RATIO = /占|比重|比例|占比|相当于/;
/** The count word a catalogue term may end with (发明专利授权量, 技术合同登记数). */
const COUNT_END = /(数量|总量|量|数)$/;
/**
 * Jointly built or agreed with others (与高校共建新型研发机构 9 家, 吸引院所共建研发机构 5 家): a
 * partnership count. 共建成/共建设 is 共 (in all) + 建成, not 共建.
 */
const JOINT = /与[^，,；;。]{1,24}(共建|合作|联合|签约|签订)|共建(?![成设])/;
/** A sentence about one entity or a selected group (该公司…, 参评实验室…, 本次评估…). */
const ENTITY_TOPIC =
  /^(参评|入选|该(?![市区县省州盟旗])|这家|此(?![外前后])|本次)|^(?![全我本各])[\u4e00-\u9fa5A-Za-z]{0,10}(研究院|研究所|公司|集团|联合体|基金)(?!数|总数)/;
/**
 * A sentence opened by one named facility that has just been completed (某某实验室一期建成投用，集聚
 * 研发人员 320 名): its figures are that facility's.
 */
const COMPLETED_ENTITY =
  /^(?![全我本各])[\u4e00-\u9fa5A-Za-z“”"]{2,16}(实验室|研究院|研究所|中心|基地|园|平台|谷)[一二三四五六七八九十]?期?(已|正式|顺利|全面)?(建成|投用|投运|揭牌|成立|开园|落成|启用|挂牌|开工)/;
/** 其中 … after a pool or list (培育库入库企业 3200 家，其中…): a breakdown of the pool, not the place. */
const POOL = /(库|名单|培育对象|储备|梯队)[^，,；;。]{0,8}\d/;
const LEADING_FRAME =
  /^(\s|[●■◆▲★•·\-—]|【[^】]*】|\d{4}年[^，,]{0,8}[，,]|截至[^，,]{1,12}[，,]|今年以来[，,]?|去年[，,]?|目前[，,]?|近年来[，,]?)+/;

/**
 * Where the first of two words occurs in `text` (-1 if neither): what `search(/a|b/)` answers when
 * the words start with different characters, without a regex object made per call.
 */
function firstOfEither(text: string, a: string, b: string): number {
  const atA = text.indexOf(a);
  const atB = text.indexOf(b);
  return atA < 0 ? atB : atB < 0 ? atA : Math.min(atA, atB);
}

/** Whether ratioLink can find a ratio's indicator in `text`: only after 占 or 相当于. */
const mayBeRatio = (text: string) => firstOfEither(text, '占', '相当于') >= 0;

function ratioLink(terms: Term[], text: string): IndicatorLink | null | 'ratio' {
  const at = firstOfEither(text, '占', '相当于');
  if (at < 0) return RATIO.test(text) ? 'ratio' : null;
  const numerator = text.slice(0, at);
  const denominator = text.slice(at);
  for (const { indicator } of terms) {
    const r = indicator.ratio;
    if (!r) continue;
    if (r.numerator.some((n) => numerator.includes(n)) && r.denominator.some((d) => denominator.includes(d)))
      return { id: indicator.id, term: text, strong: true };
  }
  return 'ratio';
}

/** A catalogue term found as the head of a text, as written there, and where. */
interface HeadTerm {
  term: string;
  indicator: Indicator;
  at: number;
}

/** Terms found in `text` as its head (at its end, or followed only by 总数/数量 …), nearest the end first. */
function headTerms(terms: readonly Term[], text: string): HeadTerm[] {
  const found: HeadTerm[] = [];
  for (const t of terms) {
    // A term without other spellings is asked as it is (no one-element array made per term per figure).
    if (!t.written) {
      const at = text.lastIndexOf(t.term);
      if (at >= 0 && HEAD_SUFFIX.test(text.slice(at + t.term.length)))
        found.push({ term: t.term, indicator: t.indicator, at });
      continue;
    }
    for (const written of t.written) {
      const at = text.lastIndexOf(written);
      if (at < 0 || !HEAD_SUFFIX.test(text.slice(at + written.length))) continue;
      // Only what the callers read (no copy of the term's other fields: this runs per candidate per figure).
      found.push({ term: written, indicator: t.indicator, at });
      break;
    }
  }
  // Sorting none or one changes nothing (and a sort call with its comparator is not free).
  if (found.length < 2) return found;
  return found.sort((a, b) => b.at + b.term.length - (a.at + a.term.length) || b.term.length - a.term.length);
}

/** HEAD_SUFFIX from a position: where a head term may end. */
const HEAD_SUFFIX_AT = new RegExp(HEAD_SUFFIX.source.replace(/^\^/, ''), 'y');

/**
 * The catalogue's terms by how they are written (a trie read right to left), so a text is matched
 * against the few terms that end where a head may end instead of every term (headTerms ran once
 * or more per figure over all of them). Only a lookup: the terms it finds go through headTerms, in catalogue order, so the
 * answer is the same.
 */
function createHeadIndex(terms: readonly Term[]) {
  const written = suffixTrie(
    terms.flatMap((t, i) => (t.written ?? [t.term]).map((w): [string, number] => [w, i])),
    collect<number>,
  );
  return (text: string): HeadTerm[] => {
    const candidates: number[] = [];
    const add = (_: number, found: number[]) => {
      for (const i of found) candidates.push(i);
    };
    // HEAD_SUFFIX is anchored at the text's end: further left than its longest match it cannot match.
    for (let end = text.length; end >= Math.max(0, text.length - HEAD_SUFFIX_MAX); end--) {
      HEAD_SUFFIX_AT.lastIndex = end;
      if (HEAD_SUFFIX_AT.test(text)) written.eachEndingAt(text, end, add);
    }
    if (candidates.length === 0) return [];
    return headTerms(
      catalogueOrder(candidates).map((i) => terms[i] as Term),
      text,
    );
  };
}

/**
 * Term numbers in ascending order, each once, sorted in place: a figure has a handful of candidates,
 * so an insertion sort beats a Set, a copy and `sort` with a comparator per figure.
 */
export function catalogueOrder(list: number[]): number[] {
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i - 1;
    for (; j >= 0 && list[j]! > x; j--) list[j + 1] = list[j]!;
    list[j + 1] = x;
  }
  let kept = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) list[kept++] = list[i]!;
  list.length = kept;
  return list;
}

function writtenForms(term: string): string[] {
  const bare = term.replace(COUNT_END, '');
  return bare.length >= 4 && bare !== term ? [term, bare] : [term];
}

export function createIndicatorLinker(indicators: readonly Indicator[]): IndicatorLinker {
  const terms: Term[] = [];
  for (const indicator of indicators)
    for (const term of new Set([indicator.nameZh, ...indicator.synonyms]))
      if (term.length >= 2) terms.push({ term, indicator, written: writtenForms(term) });
  const headsOf = createHeadIndex(terms);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const additionsOf = (id: string) => indicators.filter((i) => i.newOf?.indicator === id);
  const units = new Map(indicators.map((i) => [i.id, i.unit]));
  /**
   * Whether any indicator of the catalogue takes a figure of this unit and kind (unitMisfit, the
   * first thing misfit asks). When none does, every candidate term and addition sibling misfits,
   * so the link can only be a ratio's (ratioLink does not ask the unit). Worked out once per unit
   * and kind of a catalogue, not per figure.
   */
  const unitTaken = new Map<ObservationKind, Map<string | null, boolean>>();
  const anyTakes = (unit: string | null, kind: ObservationKind): boolean => {
    let byUnit = unitTaken.get(kind);
    if (byUnit === undefined) {
      byUnit = new Map();
      unitTaken.set(kind, byUnit);
    }
    let taken = byUnit.get(unit);
    if (taken === undefined) {
      taken = indicators.some((i) => !unitMisfit(i, { unit, kind }));
      byUnit.set(unit, taken);
    }
    return taken;
  };

  function fitted(found: HeadTerm, text: string, ctx: LinkContext): Indicator | null {
    // Register words may stand before a list (国家级、省级科技型中小企业): read them in the sentence.
    const inSentence = ctx.sentence.lastIndexOf(found.term);
    const subject =
      inSentence >= 0
        ? ctx.sentence.slice(0, inSentence + found.term.length)
        : text.slice(0, found.at + found.term.length);
    const figure = {
      unit: ctx.unit,
      kind: ctx.kind,
      subject,
      term: found.term,
      clause: ctx.clause,
      after: ctx.after,
      periodType: ctx.periodType,
    };
    const problem = misfit(found.indicator, figure);
    if (!problem) return found.indicator;
    if ((problem !== 'new_vs_stock' && problem !== 'change') || found.indicator.quantityType !== 'stock') return null;
    const sibling = additionsOf(found.indicator.id).find((s) => !misfit(s, { ...figure, asAddition: true }));
    return sibling ?? null;
  }

  function fromText(text: string, ctx: LinkContext, strong: boolean): IndicatorLink | null | undefined {
    const [best] = headsOf(text);
    if (!best) return undefined;
    const before = text.slice(0, best.at);
    // 孵化器和众创空间 46 家: two indicators counted together.
    const joined = /[和及与、]$/.test(before) ? before.slice(0, -1) : null;
    if (joined && terms.some((t) => t.indicator.id !== best.indicator.id && joined.endsWith(t.term))) return null;
    if (NARROWING.test(before)) return null;
    const indicator = fitted(best, text, ctx);
    return indicator ? { id: indicator.id, term: best.term, strong } : null;
  }

  /** The catalogue term that ends with `subject` and whose remaining words the sentence said earlier. */
  function ellipsis(subject: string, sentence: string): string | null {
    const owner = terms
      .filter((t) => t.term.length > subject.length && t.term.endsWith(subject))
      .map((t) => t.term.slice(0, t.term.length - subject.length))
      .filter((o) => o.length >= 2 && sentence.slice(0, sentence.length - subject.length).includes(o))
      .sort((a, b) => b.length - a.length)[0];
    return owner ? `${owner}${subject}` : null;
  }

  /**
   * 较上年增加 210 家 after a stock's figure: the addition to that stock, if the catalogue has it. A
   * year-on-year change (较上年同期增加 9 家, 同比增加) spans twelve months ending mid-year, not the
   * window the additions are counted in: no link (gold README).
   */
  function changeOf(ctx: LinkContext): IndicatorLink | null {
    const stock = ctx.previous ? byId.get(ctx.previous) : undefined;
    if (stock?.quantityType !== 'stock' || YEAR_ON_YEAR.test(ctx.clause)) return null;
    const figure = {
      unit: ctx.unit,
      kind: ctx.kind,
      subject: '',
      clause: ctx.clause,
      after: ctx.after,
      asAddition: true,
    };
    const sibling = additionsOf(stock.id).find((s) => !misfit(s, figure));
    return sibling ? { id: sibling.id, term: sibling.nameZh, strong: false } : null;
  }

  return {
    link(ctx) {
      // No indicator takes the unit (次, 平方米, a growth in 家): only a ratio phrase (占, 相当于,
      // which ratioLink needs) could still link, and only when the figure is not a growth rate.
      if (!anyTakes(ctx.unit, ctx.kind) && (ctx.kind === 'growth' || !mayBeRatio(`${ctx.window}${ctx.subject ?? ''}`)))
        return null;
      const { clause } = ctx;
      if (!isPlaceAggregate(ctx) || RECIPIENT.test(clause) || JOINT.test(clause)) return null;
      if (RECIPIENT_FOR.test(clause) && RECEIVING.test(ctx.after)) return null;
      if (/^其中/.test(clause) && POOL.test(ctx.sentence.slice(0, ctx.sentence.length - clause.length))) return null;
      if (ctx.previous !== undefined && isChangeClause(clause, ctx.kind)) return changeOf(ctx);
      const subject = ctx.subject ?? '';
      if (ctx.kind !== 'growth') {
        const ratio = ratioLink(terms, `${ctx.window}${subject}`);
        if (ratio === 'ratio') return null;
        if (ratio) return ratio;
      }
      // A subject left of the number is the end of the window: read the whole window for the longest term.
      const text = subject && ctx.window.endsWith(subject) ? ctx.window : subject;
      const inSubject = text ? fromText(text, ctx, true) : undefined;
      if (inSubject !== undefined) return inSubject;
      // 登记技术合同 1426 项，成交额 47.8 亿元: an attribute whose owner the sentence named before.
      // Not in a sentence about a named programme or product (“科创积分贷”为…): its figures are its own.
      const attribute = subject.length >= 2 && /(额|贷款|值|量|收入|投入|支出)$/.test(subject);
      const owned = attribute && !/[“"「]/.test(ctx.sentence) ? ellipsis(subject, ctx.sentence) : null;
      if (owned) return fromText(owned, { ...ctx, clause: `${ctx.sentence} ${ctx.clause}` }, false) ?? null;
      return fromText(ctx.window, ctx, false) ?? null;
    },
    unitOf: (id) => units.get(id) ?? byId.get(id)?.unit ?? null,
    quantityOf: (id) => byId.get(id)?.quantityType ?? null,
    stockOf: (id) => byId.get(id)?.newOf?.indicator ?? null,
    inherits(id, f) {
      const indicator = byId.get(id);
      if (!indicator || unitMisfit(indicator, f)) return false;
      return !isRealGrowthOf(indicator, { kind: f.kind, subject: '', clause: f.sentence });
    },
  };
}
