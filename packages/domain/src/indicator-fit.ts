/**
 * Can this figure be a value of that catalogue indicator? The one check every path that links a
 * figure to an indicator goes through (the extractor, the reference loader): a wrong link is worse
 * than no link, so any misfit leaves the figure unlinked with its raw subject.
 *
 * - unit: the figure's dimension must be the indicator's (a % is never a 元 indicator; 元 never 家);
 * - entity: the counted entity must be the indicator's (企业 in 家, not 款 products or 次 events);
 * - register: 国家 vs 省级 vs 市级 lists, and 省级以上 (several lists at once);
 * - contract: 登记 vs 输出 vs 吸纳 technology contracts;
 * - new_vs_stock: 新增/新认定/净增 … is what was added, not the stock;
 * - cumulative: 累计 over years is not a one-year list (科技型中小企业 are evaluated yearly);
 * - unit pp: a change in percentage points (提高 0.15 个百分点) is a different quantity from the share
 *   it changes; the dashboard derives changes from two levels, like for like, so it is never linked;
 * - real_growth: a growth rate of a value at current prices (地区生产总值增长 6.3%) is real growth at
 *   comparable prices unless the text says 现价/名义, so it is not the charted value's growth.
 * Register words are read right before the matched term (入库省科技型中小企业, 国家级、省级…); what
 * was added (新增) and 累计 only in the figure's own clause (its verb), never elsewhere in the sentence.
 */
import type { Indicator } from './indicators';
import type { ObservationKind, PeriodType } from './observations';

export type Misfit =
  | 'unit'
  | 'entity'
  | 'register'
  | 'contract'
  | 'new_vs_stock'
  | 'change'
  | 'cumulative'
  | 'per_capita'
  | 'stock_vs_flow'
  | 'real_growth';

export interface FigureContext {
  /** The canonical unit of the figure (家, 元, %, pp …), or null for a bare fraction. */
  unit: string | null;
  kind: ObservationKind;
  /** The words naming what is counted, ending with the catalogue term that matched (入库省科技型中小企业). */
  subject: string;
  /** The catalogue term the subject ends with, when known: register words are read right before it. */
  term?: string;
  /** The figure's own clause up to the number (全市新增…, 累计达): its verb. */
  clause: string;
  /** The text right after the number and unit (件/万人), when known. */
  after?: string;
  /** The figure's period type, when known: a 累计 over years is not a yearly flow. */
  periodType?: PeriodType;
  /**
   * The indicator is considered as the addition to a stock the text named (新认定国家高新技术企业 →
   * new_high_tech_enterprises_recognized): its markers, not its terms, must be in the clause.
   */
  asAddition?: boolean;
}

/** Count words that count the same kind of thing as the indicator's unit. */
const ENTITY_FAMILIES: Record<string, readonly string[]> = {
  家: ['家', '户', '个', '所'],
  个: ['个', '家', '所', '座', '处', '款', '种'],
  件: ['件', '项'],
  项: ['项', '件'],
  笔: ['笔'],
  人: ['人', '名', '位'],
  人次: ['人次'],
  位: ['位', '名'],
  index: ['index'],
};
/** Words that say a growth rate is nominal (at current prices), not real. */
const NOMINAL = /现价|名义|当年价格/;

/** Does the figure's unit fit the indicator's (a % never a 元 indicator, 件 never 家)? */
export function unitMisfit(indicator: Indicator, f: Pick<FigureContext, 'unit' | 'kind'>): Misfit | null {
  const target = indicator.unit;
  if (f.unit === 'pp') return 'unit';
  if (f.kind === 'growth') {
    return f.unit === '%' || f.unit === '倍' || f.unit === '番' ? null : 'unit';
  }
  if (f.unit === null || f.unit === '%') return target === '%' ? null : 'unit';
  if (target === '%') return 'unit';
  if (target === '元' || f.unit === '元') return target === f.unit ? null : 'unit';
  const family = ENTITY_FAMILIES[target];
  if (!family) return target === f.unit ? null : 'unit';
  return family.includes(f.unit) ? null : 'entity';
}

/** 地区生产总值增长 6.3%: real growth at comparable prices, not the growth of a value at current prices. */
export function isRealGrowthOf(indicator: Indicator, f: Pick<FigureContext, 'kind' | 'subject' | 'clause'>): boolean {
  return Boolean(indicator.scope.currentPrices) && f.kind === 'growth' && !NOMINAL.test(`${f.subject}${f.clause}`);
}

type Register = NonNullable<Indicator['scope']['register']>;
const REGISTER_MARKERS: Array<[Register, RegExp]> = [
  ['national', /国家级|国家|国字号/],
  ['provincial', /省级|自治区级|省/],
  ['municipal', /市级/],
];
/** The run of list words right before the term: 入库省…, 国家级、省级…, 省级以上… (not 云南省有效期内…). */
const MODIFIER_RUN = /((国家级|国家|省级|自治区级|(?<![全本我该])省|市级)(及以上|以上)?[、和及与]?)+$/;
const TERM_REGISTER = /^(国家级|国家|省级|省|自治区级|市级)/;

function registersIn(subject: string, term: string | undefined) {
  const prefix = term && subject.endsWith(term) ? subject.slice(0, subject.length - term.length) : subject;
  const run = MODIFIER_RUN.exec(prefix)?.[0] ?? '';
  const own = (term ?? '').match(TERM_REGISTER)?.[0] ?? '';
  const words = `${run}|${own}`;
  const found = new Set<Register>();
  for (const [register, marker] of REGISTER_MARKERS) if (marker.test(words)) found.add(register);
  return { found, andAbove: /以上/.test(run) || /^(省级|国家级)以上/.test(term ?? ''), run };
}

function registerMisfit(indicator: Indicator, subject: string, term: string | undefined): boolean {
  const wanted = indicator.scope.register;
  const { found, andAbove, run } = registersIn(subject, term);
  // An indicator of all levels (孵化器, 重点实验室): 国家级孵化器 or 省级以上 is a narrower population.
  if (!wanted) return run !== '';
  // 省级以上 / 国家级、省级: several lists counted together.
  if (andAbove || found.size > 1) return true;
  return found.size === 1 && !found.has(wanted);
}

const CONTRACT_MARKERS: Array<[NonNullable<Indicator['scope']['contract']>, RegExp]> = [
  ['absorbed', /吸纳/],
  ['output', /输出/],
  ['registered', /登记/],
];

function contractMisfit(indicator: Indicator, text: string): boolean {
  const wanted = indicator.scope.contract;
  if (!wanted) return false;
  const found = CONTRACT_MARKERS.filter(([, m]) => m.test(text)).map(([side]) => side);
  if (found.some((side) => side !== wanted && side !== 'registered')) return true;
  // 吸纳 and 输出 must be said; 登记 is the default reading of 技术合同成交额.
  return wanted !== 'registered' && !found.includes(wanted);
}

/**
 * 新增贷款 30 亿元, 新增授信: in banking a 新增 loan is the growth of the balance, not the amount lent
 * in the period (发放额), whatever the indicator's flow.
 */
const BALANCE_GROWTH = /新增[^，,；;。\d]{0,8}(贷款|授信|信贷|存款)/;

/** What was added in the period, not what exists: 新增 …; a goal to build or bring in is one too. */
const NEW_WORDS = /新增|新认定|新获批|新获|新培育|新入库|新备案|新引进|新登记|新建|新设立|首次入库|净增|当年认定|引进/;
const CREATE_WORDS = /建成|建设|创建|打造|布局|培育|组建|争创/;
/** A change against an earlier period right before the number (较上年增加 29 家, 同比增加 126 家): not a level. */
const CHANGE_BEFORE =
  /((较|比)(上年|去年|年初|上季度|上年同期|同期)(度|底|末)?(净增|净)?(增加|增长|多|减少|少|下降)?|(同比|环比)(净)?(增加|增长|多|减少|少|下降))了?$/;
const CUMULATIVE = /累计|历年|总计/;
const PER_10K = /每万人|万人口|万人/;
const BALANCE = /余额/;

/** 较上年增加 29 家: the figure is a change against an earlier period, not a level. */
export function isChangeClause(clause: string, kind: ObservationKind): boolean {
  return kind !== 'growth' && CHANGE_BEFORE.test(clause);
}

export function misfit(indicator: Indicator, f: FigureContext): Misfit | null {
  const unit = unitMisfit(indicator, f);
  if (unit) return unit;
  if (isRealGrowthOf(indicator, f)) return 'real_growth';
  if (registerMisfit(indicator, f.subject, f.term)) return 'register';
  if (contractMisfit(indicator, `${f.subject} ${f.clause}`)) return 'contract';
  const perTenThousand = PER_10K.test(f.subject) || PER_10K.test(f.clause) || /^\/?万人/.test(f.after ?? '');
  if (indicator.quantityType === 'rate' && /件/.test(indicator.unit) !== perTenThousand) return 'per_capita';
  if (indicator.quantityType !== 'rate' && perTenThousand) return 'per_capita';
  if (indicator.quantityType === 'flow' && (BALANCE.test(f.subject) || BALANCE.test(f.clause))) return 'stock_vs_flow';
  if (indicator.unit === '元' && BALANCE_GROWTH.test(`${f.clause}${f.subject}`)) return 'stock_vs_flow';
  // An indicator of additions (新认定高新技术企业) needs its addition said in the figure's own clause.
  if (indicator.newOf && f.kind !== 'growth' && !indicator.newOf.markers.some((m) => f.clause.includes(m)))
    return 'new_vs_stock';
  if (isChangeClause(f.clause, f.kind)) return f.asAddition ? null : 'change';
  // Only the figure's own clause: in 新增…3461家，累计达1.86万家 the 新增 is the first figure's.
  const added = NEW_WORDS.test(f.clause) || (f.kind === 'target' && CREATE_WORDS.test(f.clause));
  if (indicator.quantityType === 'stock' && added) return 'new_vs_stock';
  if (CUMULATIVE.test(f.clause)) {
    if (indicator.scope.annual) return 'cumulative';
    if (indicator.quantityType === 'flow' && (f.periodType === 'multi_year' || f.periodType === 'deadline'))
      return 'cumulative';
  }
  return null;
}
