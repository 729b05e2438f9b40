/**
 * Kind of a figure: growth (a rate of change: 同比增长 14.6%, 提高 2 个百分点), target (a goal:
 * a deadline period, or 力争/目标/计划… before the figure in its sentence), share (a percentage or
 * fraction of a whole: 占比 57.14%, 三分之一), else actual. Looks only at the figure's own sentence.
 */
import type { ObservationKind, PeriodType } from '@ipb/domain';

const GROWTH_WORDS = /(增长|增幅|增速|提高|提升|下降|降低|减少|上升|增加|回落|翻)[了]?(?:约|近|超过|超|达)?$/;
const GROWTH_NEAR = /(同比|环比|较上年|比上年|较去年|比去年|增长|增幅|增速|提高|提升|下降|降低|减少|上升|增加)/;
/**
 * Goal words: anywhere earlier in the sentence, or (weaker words) in the figure's own clause.
 * 预计/预期 alone are forecasts of an outcome (预计全年完成 58.6 亿元: an estimated actual); they
 * make a target only with a future deadline, which the period already says.
 */
const TARGET_WORDS = /(力争|目标|力求|计划到|规划到)/;
// 计划 as a verb (计划新建 5 家), not the noun of 科技计划项目; 还将/将新建…: the future tense.
const TARGET_CLAUSE_WORDS =
  /(争取|确保|计划(?!项目|体系|管理|资金|经费|类)|将达|将超|将实现|拟|还将|也将|即将|将新建|将新增|将建成|将培育|将引进|将打造|将完成|将突破)/;
const RATE_UNITS = new Set(['%', '个百分点', '百分点', '倍', '成', '番']);
const SHARE_WORDS = /(占比|比重|占.{0,12}的?$|比例)/;

export interface KindInput {
  unit: string | null;
  /** The figure as written (+18.2%: a sign makes a change). */
  text?: string;
  /** A few characters after the figure (18.2% y/y). */
  after?: string;
  fraction: boolean;
  /** Sentence text from its start up to the figure. */
  before: string;
  /** The clause (since the last comma) up to the figure. */
  clauseBefore: string;
  periodType: PeriodType;
}

/** 提高到 5.5%: the level reached, not the change. */
const REACHES = /(增长|增加|提高|提升|下降|降低|减少|上升)(到|至)$/;

/** English growth words around a rate (GDP +7.4%, exports down 4.2%, 18.2% y/y). */
const ENGLISH_CHANGE_BEFORE = /\b(up|down|rose|fell|grew|growth|increased?|decreased?|declined?)\s*(by\s*)?$/i;
const ENGLISH_CHANGE_AFTER = /^\s*(y\/y|yoy|year-on-year|q\/q|mom)\b/i;

export function classifyKind(f: KindInput): ObservationKind {
  const rate = f.unit !== null && RATE_UNITS.has(f.unit) && !REACHES.test(f.clauseBefore);
  const signedOrEnglish =
    /^[+\-−]/.test(f.text ?? '') ||
    ENGLISH_CHANGE_BEFORE.test(f.clauseBefore) ||
    ENGLISH_CHANGE_AFTER.test(f.after ?? '');
  if (rate && signedOrEnglish) return 'growth';
  if (rate && (GROWTH_WORDS.test(f.clauseBefore) || (f.unit !== '%' && GROWTH_NEAR.test(f.clauseBefore))))
    return 'growth';
  if (rate && GROWTH_NEAR.test(f.clauseBefore.slice(-12)) && !SHARE_WORDS.test(f.clauseBefore)) return 'growth';
  if (f.periodType === 'deadline' || TARGET_WORDS.test(f.before) || TARGET_CLAUSE_WORDS.test(f.clauseBefore))
    return 'target';
  if (f.fraction || f.unit === '%' || f.unit === '成') return 'share';
  return 'actual';
}
