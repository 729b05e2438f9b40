/**
 * The period that frames an article's items when they name none of their own: the intro's look-back
 * (今年以来, 近年来), or — nearer, so first — the period of the lead-in line right before the list
 * (全年重点抓了三项工作：, 上半年主要做了以下工作：), whatever its kind: the items are that year's work.
 */
import type { PeriodMention } from './periods';

const LOOK_BACK_TYPES = new Set(['year_to_date', 'multi_year']);
const LEAD_IN_TYPES = new Set(['full_year', 'year_to_date', 'multi_year']);
/** A lead-in line: one sentence announcing the list, ending with a colon. */
const LEAD_IN_END = /[:：]\s*$/;

export function introFraming(
  periods: PeriodMention[],
  text: string,
  bodyStart: number,
  introEnd: number,
): PeriodMention | null {
  // Only the article's own intro is read: slicing from the text's start would be quadratic in articles.
  const before = text.slice(bodyStart, introEnd).trimEnd();
  const leadStart = bodyStart + before.lastIndexOf('\n') + 1;
  const leadEnd = bodyStart + before.length;
  if (LEAD_IN_END.test(before) && !/[。；;]/.test(text.slice(leadStart, leadEnd))) {
    const own = periods.filter((p) => p.start >= leadStart && p.end <= leadEnd);
    if (own.length === 1 && LEAD_IN_TYPES.has(own[0]!.period.type)) return own[0]!;
  }
  return periods.find((p) => p.end <= introEnd && LOOK_BACK_TYPES.has(p.period.type)) ?? null;
}
