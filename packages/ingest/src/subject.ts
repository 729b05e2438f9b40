/**
 * The subject of a figure: the noun phrase the number counts. Chinese puts it after the measure
 * word (共有 160 家上市企业) or before the number (高企 215 家, 发放贷款 8824 笔). A catalogue term
 * found near the figure wins; otherwise the phrase right of the unit, else the left clause with
 * time words and verbs stripped. Only the figure's own clause is read.
 */
import { backTo, charTest, forwardTo } from './char-test';

const DELIMITER = charTest(/[，,、；;。：:！？!?（(）)\n]/);
/** Words that end a noun phrase on the right: verbs, prepositions, particles. */
const RIGHT_STOP =
  /(与|在|和|及|等|已|来自|开展|实现|获得|获|进入|成功|提供|的|为|参与|完成|超|通过|签订|签约|入选|落户|落地|达|其中|是|被|将|用于|覆盖|助力|推动|带动|加快|促进|帮助|开启|投入|增长|增加|提高|下降|减少|较|比|同比|仍|尚|还|依然)/;
// 完成, 实现, 仅 (为) before the number say how the value came out (生产总值完成…, 研发经费仅为…).
const TRAILING =
  /((?:扩大|增加|增长|提高|提升|降低|下降|减少|控制)?(?:至|到|在)|完成|实现|仅|只|不少于|不低于|不超过|超过|突破|将近|接近|达到|约|近|超|逾|达|为|是|共计|共|累计|预计|有望|将|可|净增加?|净减少?|有|计|的|从|由|自)$/;
/** Verbs and adverbs that precede the counted noun on the left; the subject starts after the last one. */
const LEFT_VERBS =
  /(累计|共计|合计|共有|现有|拥有|培育|发放|实现|新增|完成|建成|引进|达到|签约|开展|组织|推荐|走访|接待|挖掘|洽谈|服务|提供|提出|聘任|登记|吸纳|获批|兑现|办理|上报|支持|对接|集成|依托|筛选|推出|发布|认定|新获批|带队|形成|涵盖|落地|举行|成立|建设|创建|建成|引育|入驻|为|有(?!效)|共|达|超过|其中|全市|全区|全省|全县|目前|截至|力争|争取|确保|力求|将|拟|新建|新引进|已建成|在建)/g;
const MAX_SUBJECT = 14;
const COMPARISON_BASE = /在[^，,；;。]{0,10}?基础上|(?:较|比)\d{4}年(?:末|底)?/g;

function clauseLeft(text: string, from: number, floor: number): string {
  return text.slice(backTo(text, from, floor, DELIMITER), from);
}

function clauseRight(text: string, from: number, ceiling: number): string {
  return text.slice(from, forwardTo(text, from, ceiling, DELIMITER));
}

export function rightPhrase(text: string, end: number, ceiling: number): string {
  const right = clauseRight(text, end, ceiling)
    .replace(/^(以上|以下|以内|左右|之多)?的?/, '')
    .replace(/[“”"‘’]/g, '');
  const stop = RIGHT_STOP.exec(right);
  const phrase = (stop ? right.slice(0, stop.index) : right).slice(0, MAX_SUBJECT);
  return /^[\u4e00-\u9fffA-Za-z]/.test(phrase) && phrase.length >= 2 ? phrase : '';
}

/**
 * The clause left of the figure without the period, the verbs and qualifiers right before the
 * number (达到, 突破, 提高到 …): what remains ends with the counted noun when it is on the left.
 * A period with digits (到2025年) is removed wherever it stands; a word period (拥有) only at the
 * edges, since it may be part of the noun (发明专利拥有量).
 */
export function leftTail(text: string, start: number, floor: number, periodText: string | null): string {
  // 在2023年基础上, 较2024年: the base a change is measured from is not what changed.
  let left = clauseLeft(text, start, floor)
    .replace(/[“”"‘’]/g, '')
    .replace(COMPARISON_BASE, '');
  if (periodText && /\d/.test(periodText)) left = left.replace(periodText, '');
  if (periodText && left.startsWith(periodText)) left = left.slice(periodText.length);
  for (let guard = 0; guard < 4; guard++) {
    const before = left;
    left = left.replace(TRAILING, '');
    if (periodText && left.endsWith(periodText)) left = left.slice(0, -periodText.length);
    if (left === before) break;
  }
  return left.replace(/^[和及与、]/, '');
}

/** The subject left of the number: `left` (leftTail's answer) after its last verb. */
function leftPhrase(left: string): string {
  let cut = 0;
  // A verb inside a noun (有效发明专利拥有量) leaves a tail of one character: not a cut.
  // exec in a loop, not matchAll: the same matches without an iterator and a regex copy per figure.
  LEFT_VERBS.lastIndex = 0;
  for (let m = LEFT_VERBS.exec(left); m !== null; m = LEFT_VERBS.exec(left))
    if (m.index + m[0].length < left.length - 1) cut = m.index + m[0].length;
  const tail = left.slice(cut);
  return tail.length > MAX_SUBJECT ? tail.slice(-MAX_SUBJECT) : tail;
}

export interface SubjectContext {
  text: string;
  start: number;
  end: number;
  floor: number;
  ceiling: number;
  periodText: string | null;
}

/** Where a catalogue term may name the subject: the left clause up to the number (verbs stripped). */
export function subjectWindow(c: SubjectContext): string {
  return leftTail(c.text, c.start, c.floor, c.periodText);
}

/** Words that can stand left of a number without being what it counts. */
const NOT_A_SUBJECT =
  /^(其中|在建|已建成|合计|共计|总计|分别|累计|新增|同比|另有|力争|争取|确保|力求|预计|有望|(年均)?(增长|增加|提高|提升|下降|减少|降低))$/;

/** `window` is subjectWindow(c), when the caller has it already (it reads the same clause). */
export function findSubject(c: SubjectContext, window?: string): string | null {
  const right = rightPhrase(c.text, c.end, c.ceiling);
  if (right) return right;
  const left = leftPhrase(window ?? subjectWindow(c));
  return left.length >= 2 && !NOT_A_SUBJECT.test(left) ? left : null;
}
