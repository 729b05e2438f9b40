/**
 * The subject of a figure in its sentence (subject.ts finds the phrase): a growth rate, a comparison
 * (较年初增加…), a bare breakdown (其中 7 个) or a bare total (总数达到 412 家) takes the subject of the
 * figure before it in the same sentence; a breakdown that names its own population with a verb
 * (其中 2 家入选国家级“小巨人”) does not.
 */
import type { Period } from '@ipb/domain';
import type { NormalisedIndicator, Span } from './figure-input';
import type { RawFigure } from './find-figures';
import { findSubject, subjectWindow } from './subject';

/**
 * A growth verb at the end of a subject, with the base it compares against (同比, 较上年, 较2024年,
 * 在2023年基础上): what is left names what grew.
 */
const GROWTH_TAIL =
  /(同比|环比|(?:较|比)[^，,；;。]{0,8}?|在[^，,；;。]{0,10}?基础上)?(增长|增幅|增速|提高|提升|下降|降低|减少|上升|增加)[了为达约近超]*$/;
/** A total or count of what the previous figure counted: 高新技术企业净增 41 家，截至年底总数达到 412 家. */
const BARE_TOTAL = /^(总数|总量|数量|总计|存量)$/;
/** 距2025年规划目标 1.1%: the goal of what the figure before it measured. */
const BARE_GOAL = /^(距|离)?(规划|预期|年度)?目标值?$/;
/** 其中 2 家入选…, 其中 5 个获批…: the breakdown names its own population after a verb. */
const OWN_POPULATION = /^(入选|获评|获批|获得|被|进入|列入|认定为|成为|为|是|属于)/;

export function subjectFor(
  f: RawFigure,
  sentence: Span,
  previous: NormalisedIndicator | null,
  kind: string,
  period: Period,
  text: string,
) {
  const sameSentence = previous !== null && previous.sentenceStart === sentence.start;
  const floor = sameSentence ? Math.max(sentence.start, previous.end) : sentence.start;
  const ctx = { text, start: f.start, end: f.end, floor, ceiling: sentence.end, periodText: period.text };
  // The left clause, stripped, is both the window and where a subject left of the number is read.
  const window = subjectWindow(ctx);
  let subject = findSubject(ctx, window);
  const comparison = subject !== null && /^(较|比|同比|环比)/.test(subject);
  if (kind === 'growth' || comparison) {
    const stripped = (subject?.replace(GROWTH_TAIL, '') ?? '').replace(/(年均|平均|每年|全年)$/, '');
    // 规上工业增加值增长 9.2%: a growth rate that names its own subject is that subject's, not the
    // previous figure's; a bare 同比增长 is the previous figure's.
    const named = stripped.length >= 2 && !/^(同比|环比|较|比|增速|增幅|其中|分别|年均|平均)/.test(stripped);
    subject = named ? stripped : sameSentence ? previous.subject : null;
  } else if (
    sameSentence &&
    (subject === null || BARE_TOTAL.test(subject.replace(/^.*?(年底|年末)/, '')) || BARE_GOAL.test(subject))
  ) {
    subject = OWN_POPULATION.test(text.slice(f.end, f.end + 4)) ? null : previous.subject;
  }
  return { subject, window };
}
