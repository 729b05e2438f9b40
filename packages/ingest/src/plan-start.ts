/**
 * Where an article's plans begin: its figures from there on are goals (build-indicators). A plan is
 * announced by the lead-in right before a measure (我们将重点抓好以下工作, 下一步, 今年要…: a 政府工作报告,
 * the plan part of a 工作总结和计划), by a lead-in that names a policy document just issued (印发《…
 * 若干措施》，主要内容如下), or by the title: a policy document itself (…若干措施, …实施方案) or the
 * notice publishing one (its measures are then the document's provisions), or a work plan
 * (…工作要点: its measures are the work planned).
 */

import { backTo, charTest } from './char-test';
import type { Paragraph } from './paragraphs';
import type { MeasureSlice } from './segment-measures';

const PLAN_LEAD_IN =
  /(我们将|我们要|将重点|将着力|将围绕|将继续|将全力|下一步|下一阶段|下阶段|今年要|明年要|重点抓好|重点做好|主要任务|重点任务|主要目标|工作安排|工作计划|制定本方案|如下措施|以下措施)/;
const DOCUMENT = '(?:措施|方案|意见|计划|规划|政策|办法|细则)';
/**
 * A lead-in naming a policy document issued and opening its content: 印发《…若干措施》，主要内容如下：
 * (not 出台《…若干措施》，全区重点做了三方面工作: what was done under it).
 */
const ISSUED_DOCUMENT = new RegExp(
  `(印发|出台|发布|制定|出炉)[^。]{0,20}《[^》]{2,60}${DOCUMENT}[^》]{0,12}》[^。]{0,16}?(主要内容|如下|要点|[:：]$)`,
);
/** A title that is a policy document (…若干措施（摘编）) or the notice publishing one (关于印发…方案的通知). */
const POLICY_TITLE = new RegExp(
  `(若干措施|若干政策|政策措施|实施方案|行动方案|工作方案|行动计划|实施意见|指导意见|实施细则)([（(][^）)]{1,12}[）)])?$|印发[^，。；]{0,60}${DOCUMENT}》?的通知$`,
);

/** A title that is a work plan (…工作要点, 2026年…工作计划): its measures are the year's work, so goals. */
const WORK_PLAN_TITLE = /(工作要点|工作计划|工作安排|工作思路|重点工作|工作任务)([（(][^）)]{1,12}[）)])?$/;
/** …工作总结和2025年工作计划, …运行情况及下步工作安排: a look-back first; its lead-ins say where plans begin. */
const LOOK_BACK_TITLE = /(总结|情况|回顾|报告|成效)/;
const isWorkPlan = (title: string) => WORK_PLAN_TITLE.test(title) && !LOOK_BACK_TITLE.test(title);

/** A part's heading naming the work ahead (四、2026年重点工作, 三、明年工作打算). */
const PLAN_HEADING = /(重点工作|工作打算|工作思路|工作安排)$/;

/**
 * A lead-in telling what was done (主要采取了以下措施, 重点抓了三项工作): a look-back, whatever list
 * words it shares with a plan's lead-in, unless it also says what will be done (将, 要).
 */
const DONE_LEAD_IN = /(采取|实施|开展|推出|出台|做|抓|落实|推进)了/;
const AHEAD = /(将|(?<![主需重])要|拟|计划|力争)/;
/**
 * A notice assigning the year's work (现就做好…工作通知如下, 现将有关事项通知如下): its numbered
 * paragraphs are tasks to do, so goals.
 */
const NOTICE_OF_WORK = /(做好|开展|加强|推进|抓好|组织)[^。]{0,40}(通知|要求)如下[:：]?$/;

function announcesPlan(lead: string): boolean {
  const sentences = lead.split(/[。！？!?\n]+/).filter((t) => t.trim().length > 0);
  const last = sentences[sentences.length - 1];
  if (last === undefined) return false;
  if (DONE_LEAD_IN.test(last) && !AHEAD.test(last)) return false;
  return (
    PLAN_LEAD_IN.test(last) || ISSUED_DOCUMENT.test(last) || PLAN_HEADING.test(last.trim()) || NOTICE_OF_WORK.test(last)
  );
}

export interface PlanStart {
  start: number;
  /**
   * The plan is a policy document's provisions (…若干措施, 印发《…方案》，主要内容如下), not a work
   * plan (我们将重点抓好以下工作): what it sets up (a fund of 5 亿元) is a rule, not a goal.
   */
  policy: boolean;
}

/** The first measure whose lead-in (the paragraph before it) announces plans; the first measure of a policy document. */
export function planStartOf(text: string, bodyStart: number, slices: MeasureSlice[], title: string): PlanStart | null {
  if (slices.length > 0 && POLICY_TITLE.test(title.trim())) return { start: slices[0]!.start, policy: true };
  if (slices.length > 0 && isWorkPlan(title.trim())) return { start: slices[0]!.start, policy: false };
  let from = bodyStart;
  for (const m of slices) {
    const lead = lineBefore(text, bodyStart, m.start);
    const gap = text.slice(from, m.start);
    // A measure's slice runs to the next one, over a part heading between them: read from its start.
    from = m.start + 1;
    // An item inside a paragraph (…部署了下一阶段重点工作：（一）…；（二）…) is planned only to the
    // paragraph's end (plannedInParagraph): the article's next paragraph reports again.
    if (text[m.start - 1] !== '\n' && WORK_LIST_LEAD.test(lead)) continue;
    if (announcesPlan(lead)) return { start: m.start, policy: ISSUED_DOCUMENT.test(lead) && !PLAN_LEAD_IN.test(lead) };
    if (headsPlan(gap)) return { start: m.start, policy: false };
  }
  return null;
}

/** A paragraph that opens with a plan's lead-in naming the work and lists it inline (…重点工作：（一）…). */
const WORK_LIST_LEAD = /^[^。！？!?]*(下一步|下一阶段|下阶段|部署)[^。！？!?]*(工作|任务|举措|措施)[:：]/;

/** The last non-blank line before `at` (not before `from`), read without copying the text before it. */
function lineBefore(text: string, from: number, at: number): string {
  let end = at;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  const start = Math.max(from, text.lastIndexOf('\n', end - 1) + 1);
  return text.slice(start, end);
}

/**
 * A part heading naming the work ahead above the part's own intro (二、2026年主要预期目标和重点工作 /
 * 今年是…开局之年。主要预期目标是：… / （一）…): the heading, not the paragraph right before the
 * first item, announces the plan. Only the text since the last measure's start is read.
 */
function headsPlan(gap: string): boolean {
  return gap.split('\n').some((line) => {
    const t = line.trim();
    return t.length > 0 && t.length <= 30 && PLAN_HEADING.test(t);
  });
}

/** The work a plan sentence announces (重点做好三方面工作, 抓好以下几项任务, 做好三件事). */
const NAMES_WORK = /(工作|任务|举措|措施|事项|件事|方面|行动|以下|如下)[。：:]?$/;

const ANNOUNCES_WORK = (t: string) => PLAN_LEAD_IN.test(t) && NAMES_WORK.test(t.trim());
const SENTENCE_END = charTest(/[。！？!?：:]/);
/**
 * Per paragraph, where its first sentence announcing work ends (Infinity if none): read once, not
 * per figure. The figures of a paragraph ask in turn, so the last paragraph and its answer are
 * all that is kept; a paragraph asked about again later is read again (same answer). A WeakMap
 * by paragraph cost more than the reading: its set (an identity hash and an ephemeron entry per
 * paragraph object) was 2 % of a 200 KB issue's extraction.
 */
let lastPara: Paragraph | null = null;
let lastEnd = Number.POSITIVE_INFINITY;

function firstAnnouncementEnd(text: string, para: Paragraph): number {
  if (para === lastPara) return lastEnd;
  let end = Number.POSITIVE_INFINITY;
  // Sentence by sentence, each up to and with its end mark (cut by char codes, not split by a
  // lookbehind regex); the words after the last mark end no sentence.
  let from = para.start;
  for (let i = para.start; i < para.end; i++) {
    if (!SENTENCE_END(text.charCodeAt(i))) continue;
    const t = text.slice(from, i + 1);
    from = i + 1;
    if (ANNOUNCES_WORK(t)) {
      end = i + 1;
      break;
    }
  }
  lastPara = para;
  lastEnd = end;
  return end;
}

/**
 * A sentence inside the paragraph, before the figure, that announces the work to come (下半年，我们将
 * 重点做好三方面工作。第一，…), or its first part up to a colon (我们重点做好三件事：第一，…): the
 * rest of the paragraph is a plan.
 */
export function plannedInParagraph(
  text: string,
  para: Paragraph,
  sentenceStart: number,
  figureStart = sentenceStart,
): boolean {
  if (figureStart > para.start && firstAnnouncementEnd(text, para) <= figureStart) return true;
  if (sentenceStart <= para.start) return false;
  // The words since the last sentence end before the figure's sentence (a clause cut off by ；).
  const from = backTo(text, sentenceStart, para.start, SENTENCE_END);
  return from < sentenceStart && ANNOUNCES_WORK(text.slice(from, sentenceStart));
}
