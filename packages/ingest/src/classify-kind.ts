/**
 * Kind of a figure: growth (a rate of change: 同比增长 14.6%, 提高 2 个百分点), target (a goal:
 * a deadline period, or 力争/目标/计划… before the figure in its sentence), share (a percentage or
 * fraction of a whole: 占比 57.14%, 三分之一), else actual. Looks only at the figure's own sentence.
 */
import type { FigureAxes, FigureMeasure, FigureStatus, ObservationKind, PeriodType } from '@ipb/domain';
import { lastAnswer } from './last-answer';

const GROWTH_WORDS = /(增长|增幅|增速|提高|提升|下降|降低|减少|上升|增加|回落|翻)[了]?(?:约|近|超过|超|达)?$/;
const GROWTH_NEAR = /(同比|环比|较上年|比上年|较去年|比去年|增长|增幅|增速|提高|提升|下降|降低|减少|上升|增加)/;
/**
 * Goal words: anywhere earlier in the sentence, or (weaker words) in the figure's own clause.
 * 预计 alone is a forecast of an outcome (预计全年完成 58.6 亿元: an estimated actual); it
 * make a target only with a future deadline, which the period already says.
 */
// 完成年度目标任务的 112%, 完成目标值的 64%: the tasks assigned, counted against (a share), not a goal set.
// 双方约定…不少于 15 项, 承诺…: what parties agree or commit to do is a goal (not 按约定给予, a rule's terms).
const TARGET_WORDS = /(力争|目标(?!考核|责任|任务|值的)|力求|计划到|规划到|下一步|(?<!按|按照|依|依照)约定|承诺)/;
// 计划 as a verb (计划新建 5 家), not the noun of 科技计划项目; 还将/将新建…: the future tense.
// 拟立项/拟支持/拟认定/拟对…给予/拟安排资金 is an administrative proposal (a 公示 list), not a goal.
// 争取上级资金 860 万元, 争取到…: the verb "obtain" (funds won from a higher level), a result, not a goal.
const TARGET_CLAUSE_WORDS =
  /(争取(?!到|上级|中央|国家|省级?|各级)|确保|预期(?=增长|达到|实现|完成|提高|突破|控制)|计划(?!项目|体系|管理|资金|经费|类)|将达|将超|将实现|拟(?!立项|支持|认定|推荐|入选|命名|授予|表彰|录用|对|安排|给予|奖补|补助|资助|奖励|下达|拨付)|还将|也将|即将|将新建|将新增|将建成|将培育|将引进|将打造|将完成|将突破)/;
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

/** 按增长部分的 20%, 金额的 50%: a percentage of something named before it is a share, whatever the noun. */
const OF_A_BASE = /的$/;

export function classifyKind(f: KindInput): ObservationKind {
  const rate =
    f.unit !== null && RATE_UNITS.has(f.unit) && !REACHES.test(f.clauseBefore) && !OF_A_BASE.test(f.clauseBefore);
  // A sign or an English change word makes a growth of a rate only: not asked of other figures.
  const signedOrEnglish =
    rate &&
    (/^[+\-−]/.test(f.text ?? '') ||
      ENGLISH_CHANGE_BEFORE.test(f.clauseBefore) ||
      ENGLISH_CHANGE_AFTER.test(f.after ?? ''));
  if (signedOrEnglish) return 'growth';
  if (rate && (GROWTH_WORDS.test(f.clauseBefore) || (f.unit !== '%' && GROWTH_NEAR.test(f.clauseBefore))))
    return 'growth';
  if (rate && GROWTH_NEAR.test(f.clauseBefore.slice(-12)) && !SHARE_WORDS.test(f.clauseBefore)) return 'growth';
  if (isGoal(f)) return 'target';
  if (f.fraction || f.unit === '%' || f.unit === '成') return 'share';
  return 'actual';
}

/**
 * An absolute change in the figure's own unit (较上年增加 29 家, 同比增加 4238 家, 净增 859 家, 比上年少
 * 3 家, 余额较年初新增 8 亿元): a difference from an earlier value of the same quantity, not a level. 新增 is a level of
 * additions; 增加到 is the level reached.
 */
const CHANGE_OF_COUNT =
  /(净增加?|净减少?|增量(?:为|达)?|(?:同比|环比|比|较)[^，,；;。]{0,8}?(?:增加|增长|减少|下降|多出|多|少|提高|提升|新增)了?|(?<!新)(?:增加|增长|减少|下降)了?)(?:约|近|超过|超|达|逾)?$/;
/** 净增高新技术企业 100 家: the net change names what it counts between the verb and the number. */
const NET_CHANGE_OF = /净(?:增加?|减少?)[^，,；;。\d]{2,14}$/;
/** A value given as expected, not yet counted (预计全年完成 58.6 亿元). Qualifiers such as 约 are not estimates. */
// 预期 sets an expected level (预期增长 3% 左右, the 预期性 goals of a plan or budget): a goal, not a forecast.
const ESTIMATE_WORDS = /(预计|预估|初步测算|测算|估算|估计|有望)/;
/** Words that set a goal whatever else the clause says (力争到…, 确保…): a forecast beside them is still a goal. */
const GOAL_WORDS = /(力争|目标(?!考核|责任|任务)|力求|计划到|规划到|争取(?!到|上级|中央|国家|省级?|各级)|确保)/;

/** The ；-separated part of the sentence before the figure: 预计 covers its own clause group. */
const groupOf = (before: string) => before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);

/**
 * What the sentence before a figure says of goals and estimates: a figure's classifyKind and
 * classifyAxes ask it of the same string up to five times (isGoal twice, the estimate words three
 * times), each a scan of the sentence so far; it is read once (lastAnswer).
 * - target: TARGET_WORDS anywhere before the figure;
 * - estimate: ESTIMATE_WORDS in the figure's clause group;
 * - forecast: estimate words in the group and no goal words there. 预计到年底总数将达到 870 家, 有望突破
 *   2000 家: a forecast, not a goal — a date to reach or the future tense (将达) makes a goal only when
 *   nobody forecasts it.
 */
const wordsBefore = lastAnswer((before: string) => {
  const group = groupOf(before);
  const estimate = ESTIMATE_WORDS.test(group);
  return { target: TARGET_WORDS.test(before), estimate, forecast: estimate && !GOAL_WORDS.test(group) };
});

function isGoal(f: KindInput): boolean {
  const { target, forecast } = wordsBefore(f.before);
  if (target && !forecast) return true;
  if (forecast) return false;
  return f.periodType === 'deadline' || TARGET_CLAUSE_WORDS.test(f.clauseBefore);
}
const POINTS = new Set(['个百分点', '百分点']);

/**
 * The two axes of a figure (issue 9), from its own sentence: the measure (level, change, rate,
 * share) and whether it is a goal or an estimate. `kind` is the single kind classifyKind gives (the
 * linker's view, where a change of a count is still read against its stock); a plan's lead-in
 * makes a figure a goal later, in build-indicators.
 */
export function classifyAxes(f: KindInput, kind: ObservationKind): FigureAxes {
  const goal = kind === 'target' || isGoal(f);
  // 预计 covers its own clause group: …预计达到 58.6 亿元，同比增长 15.3%；研发投入强度达到 1.42% (counted).
  const status: FigureStatus = goal ? 'target' : wordsBefore(f.before).estimate ? 'estimate' : 'actual';
  return { measure: measureOf(f, kind), status };
}

function measureOf(f: KindInput, kind: ObservationKind): FigureMeasure {
  // A difference of two percentages is a change of a share, whatever the verb.
  if (f.unit !== null && POINTS.has(f.unit)) return 'change';
  if (kind === 'growth') return 'rate';
  const rate = f.unit !== null && RATE_UNITS.has(f.unit);
  if (!rate && !f.fraction && (CHANGE_OF_COUNT.test(f.clauseBefore) || NET_CHANGE_OF.test(f.clauseBefore)))
    return 'change';
  if (f.fraction || f.unit === '%' || f.unit === '成') return 'share';
  return 'level';
}
