/**
 * Whether two mentions in one article state the same fact (merge-repeats.ts groups them): value,
 * unit, measure, status and period agree, and so do their subjects — the same catalogue indicator,
 * one subject inside the other, or the same sentence word for word. Restatements (a box line, a total
 * line, a whole area's table row) join; a rule's two bounds of one amount and two rules stay apart.
 */
import type { ExtractedIndicator, Period } from '@ipb/domain';
import { BULLET } from './quoted-again';
import { restatedByRow } from './row-restated';
import { sameRule } from './rule-topic';

type Figure = ExtractedIndicator;

export const samePeriod = (a: Period, b: Period) => a.type === b.type && a.start === b.start && a.end === b.end;
/** A stock at a year's end (达到 3860 家 in 2022) and the same stock in that year's column of a table. */
const yearEndOf = (a: Period, b: Period) => a.type === 'point' && b.type === 'full_year' && a.end === b.end;
/** 全年 with no year to read it by (a lede's 我市全年新认定…) beside the year the body names. */
const undatedYear = (a: Period, b: Period) =>
  a.type === 'full_year' && b.type === 'full_year' && (a.start === null) !== (b.start === null);
function sameDate(a: Figure, b: Figure): boolean {
  if (samePeriod(a.period, b.period) || undatedYear(a.period, b.period)) return true;
  const stock = a.indicator !== null && a.indicator === b.indicator;
  return stock && (yearEndOf(a.period, b.period) || yearEndOf(b.period, a.period));
}
const LATIN = /[A-Za-z]/;
const HAN = /[\u4e00-\u9fff]/;
/** Place and time words that open a subject without changing what is counted. */
const FRAME = /^(全市|全区|全县|全省|全旗|全州|我市|我区|本市|全年(?!任务|目标|计划)|今年|去年|当年|累计|其中)+/;

const subjectOf = (f: Figure) => (f.subject ?? '').replace(FRAME, '').replace(/\s+/g, '');

/** Written precisely enough that two equal values are not a coincidence: a decimal, or three digits. */
export function precise(f: Figure): boolean {
  const digits = f.text.replace(/[^\d.]/g, '');
  return digits.includes('.') || digits.replace(/^0+/, '').length >= 3;
}

export function sameAmount(a: Figure, b: Figure): boolean {
  if (a.measure !== b.measure || a.status !== b.status) return false;
  if (a.normalized && b.normalized)
    return (
      a.normalized.value === b.normalized.value && a.normalized.unit === b.normalized.unit && a.valueMax === b.valueMax
    );
  return a.value === b.value && a.valueMax === b.valueMax && a.unit === b.unit;
}

/**
 * A sentence repeated word for word elsewhere (a duplicated paragraph), at the same place in it. A
 * "sentence" of the figure alone (a list's cell 20万元 in row after row) says nothing else to repeat:
 * each row is its own entry.
 */
function sameSentenceAgain(a: Figure, b: Figure): boolean {
  if (!a.sentence || a.sentence !== b.sentence || a.sentenceStart === b.sentenceStart) return false;
  if (!WORDS.test(a.sentence.replace(a.text, ''))) return false;
  return a.start - (a.sentenceStart ?? 0) === b.start - (b.sentenceStart ?? 0);
}
const WORDS = /[\p{L}]{2}/u;

/**
 * A highlights box's bullet line (■…, ●…) is a digest of the body: a box line quoting a body figure
 * without its period (划重点 ■服务企业178家 over 今年以来…服务企业178家) is that figure again, when the
 * subjects agree.
 */
const boxedAgain = (a: Figure, b: Figure) =>
  BULLET.test(a.sentence ?? '') !== BULLET.test(b.sentence ?? '') && subjects(a, b) === 'same';

/** A total line (合计：14个项目，…) restates the totals announced before it. */
const TOTAL_LINE = /^\s*(合计|总计)\s*[:：]?/;
const isTotalLine = (f: Figure) => TOTAL_LINE.test(f.sentence ?? '');
/**
 * A rule's bound: 不低于 200 万元 (at least) and 超过 200 万元 (more than) are two conditions of one
 * amount (an eligibility threshold and a subsidy band's edge), never one fact said twice.
 */
const BOUND: Record<string, string> = {
  不低于: '≥',
  不少于: '≥',
  超过: '>',
  高于: '>',
  不超过: '≤',
  不高于: '≤',
  低于: '<',
};
const RULE_BOUNDS = new Set(['不低于', '不少于', '不超过', '不高于']);
function otherBounds(a: Figure, b: Figure): boolean {
  const [x, y] = [a.qualifier ?? '', b.qualifier ?? ''];
  if (!(RULE_BOUNDS.has(x) || RULE_BOUNDS.has(y)) || !BOUND[x] || !BOUND[y]) return false;
  return BOUND[x] !== BOUND[y];
}

/** 'same', 'other', or 'unknown' when the subjects cannot be compared (another script, none found). */
export function subjects(a: Figure, b: Figure): 'same' | 'other' | 'unknown' {
  if (a.indicator && b.indicator) return a.indicator === b.indicator ? 'same' : 'other';
  if (sameSentenceAgain(a, b)) return 'same';
  const [x, y] = [subjectOf(a), subjectOf(b)];
  // 项目, 企业: a bare noun says too little (3 个项目已竣工投产，3 个项目已完成备案 are two facts).
  if (x.length < 3 || y.length < 3) return 'unknown';
  if (HAN.test(x) !== HAN.test(y) || LATIN.test(x) !== LATIN.test(y))
    return HAN.test(x) && HAN.test(y) ? 'other' : 'unknown';
  return x.includes(y) || y.includes(x) ? 'same' : 'other';
}

/** What a policy parameter is about (rule-topic.ts), when the figure is one. */
export type TopicOf = (f: Figure) => string | undefined;

export function sameFact(a: Figure, b: Figure, topicOf: TopicOf = () => undefined): boolean {
  // A sentence does not state one fact twice.
  if (a.sentenceStart !== undefined && a.sentenceStart === b.sentenceStart) return false;
  if (!sameAmount(a, b) || otherBounds(a, b)) return false;
  // A goal stated with its year and again without one (确保…达到 2.5%) is one, when both name the indicator.
  const undatedAgain = (a.period.type === 'unknown') !== (b.period.type === 'unknown');
  if (!sameDate(a, b))
    return undatedAgain && ((a.indicator !== null && a.indicator === b.indicator) || boxedAgain(a, b));
  if (isTotalLine(a) !== isTotalLine(b) || restatedByRow(a, b)) return true;
  if (undatedYear(a.period, b.period)) return subjects(a, b) === 'same';
  // A rule restated (a table, the answer, a 划重点 line) is one rule; two rules of one amount are two.
  const [ta, tb] = [topicOf(a), topicOf(b)];
  if (ta !== undefined && tb !== undefined) return sameRule(ta, tb) || sameSentenceAgain(a, b);
  // Undated figures are mostly a policy's caps and thresholds (最高 300 万元 twice are two rules):
  // one only when the sentence is repeated or both name the same indicator.
  if (a.period.type === 'unknown')
    return sameSentenceAgain(a, b) || (a.indicator !== null && a.indicator === b.indicator);
  const s = subjects(a, b);
  if (s !== 'unknown') return s === 'same';
  return precise(a) && a.period.start !== null;
}
