/**
 * Mentions that only quote a fact stated elsewhere in the source: a digest line (划重点：…, 要点：…,
 * 一图读懂：…, 温馨提示：…) restating the body's rules and headline figures, a total quoted as the base
 * of a share (占全市…5.36 亿元的 39.9%), a question that quotes a figure
 * back (刚才介绍…达到 1.9 万家，请问…; 问：今年新增 300 家，…？), a figure pointed back at (刚才提到的
 * 1.2 万人中…), and a past result a plan builds on (在去年净增 8 家的基础上，力争…). Such a mention
 * states nothing new, so
 * it never makes an observation of its own when the same amount is stated once elsewhere: it is one
 * more span of that observation. Its own reading (period, kind) is not trusted: a question's 请问 is
 * no plan, a digest line drops the period.
 */
import type { ExtractedIndicator } from '@ipb/domain';

type Figure = ExtractedIndicator;

/** A bullet opening a digest's line: marks, and the arrows a 公众号's editor puts before each point (▶, ➤). */
const BULLETS = '■□●○◆◇▲△★☆•▪▶▷►▸➤➢';
const LABEL = '(?:划重点|温馨提示|特别提示|核心要点|要点|[\u4e00-\u9fff]{0,4}速览|一图读懂|一句话读懂|摘要)';
const OPENER = `(?:\\s|\\p{Extended_Pictographic}|\\uFE0F|[${BULLETS}【[])*`;
/** A digest's label opening its line, after any bullet or emoji (🔥划重点:, 【要点】…, 一图读懂：). */
const DIGEST_LABEL = new RegExp(`^${OPENER}${LABEL}(?:[】\\]]\\s*[:：]?|\\s*[:：]|\\s)`, 'u');
/**
 * A digest's label alone on its line, heading the bullets below it (划重点, 【核心指标速览】); or
 * ending a line a byline was run into (…发表于江西划重点), for the labels no title ends with (not 工作要点).
 */
const DIGEST_HEAD = new RegExp(
  `^${OPENER}${LABEL}[】\\]]?\\s*[:：]?\\s*$|(?:划重点|速览|一图读懂|一句话读懂)[】\\]]?\\s*[:：]?\\s*$`,
  'u',
);
export const BULLET = new RegExp(`^\\s*[${BULLETS}]`);
/** How far up a box of bullets its head is looked for. */
const MAX_BOX_LINES = 8;
/** A question: a reporter's or an asker's turn (请问…, …吗？, …？). */
const QUESTION = /请问|[？?]\s*$/;

/** 占全市科学技术支出 5.36 亿元的 39.9%: a total quoted as the base of a share. */
const BASE_BEFORE = /占[^，,。；;]{1,24}$/;
const BASE_AFTER = /^的(?:比重|比例)?(?:为|达)?\s*\d+(?:\.\d+)?%/;
const isDenominator = (f: Figure, text: string) =>
  BASE_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start)) && BASE_AFTER.test(text.slice(f.end, f.end + 16));

/** 在…净增 8 家的基础上: a result already reported, quoted as the base a plan builds on. */
const BUILT_ON = /^的?基础上/;
/** 刚才提到的 1.2 万人, 上述 300 家: a figure pointed back at is the one said before, whatever words follow. */
const POINTED_BACK = /(?:(?:刚才|刚刚|前面|上面|您|你)(?:提到|说到?|介绍|讲)的?|上述)$/;
const pointedBack = (f: Figure, text: string) => POINTED_BACK.test(text.slice(Math.max(0, f.start - 8), f.start));

/** How far back a line's start is looked for: a digest's line is short, and no search may rescan the text. */
const MAX_LOOK_BACK = 400;

/** The start of the line holding `at`, if it is within MAX_LOOK_BACK characters; else -1. */
function lineStartNear(text: string, at: number): number {
  const from = Math.max(0, at - MAX_LOOK_BACK);
  const k = text.slice(from, at).lastIndexOf('\n');
  return k >= 0 ? from + k + 1 : from === 0 ? 0 : -1;
}

/** A bullet line under a digest head: the run of bullets above it is headed by one. */
function inDigestBox(text: string, lineStart: number): boolean {
  let start = lineStart;
  for (let k = 0; k < MAX_BOX_LINES && start > 0; k++) {
    const above = lineStartNear(text, start - 1);
    if (above < 0) return false;
    const line = text.slice(above, start - 1);
    if (DIGEST_HEAD.test(line)) return true;
    if (!BULLET.test(line)) return false;
    start = above;
  }
  return false;
}

/**
 * How a mention quotes: a 'digest' (a line a digest label opens, a box of bullets under one) restates
 * the body; a 'quote' (the base of a share, a question) may also state a new amount (对研发费用超过
 * 500 万元的企业能否申请？), so it restates a fact only when their subjects do not differ.
 */
export function quoting(f: Figure, text: string): 'digest' | 'quote' | null {
  const lineStart = lineStartNear(text, f.sentenceStart ?? f.start);
  const line = lineStart < 0 ? '' : text.slice(lineStart, f.sentenceEnd ?? f.end);
  if (DIGEST_LABEL.test(line) || (BULLET.test(line) && inDigestBox(text, lineStart)) || pointedBack(f, text))
    return 'digest';
  // A base quoted by a plan names no subject of its own (…的基础上): the only fact of its amount is it.
  if (BUILT_ON.test(text.slice(f.end, f.end + 4))) return 'digest';
  if (isDenominator(f, text)) return 'quote';
  return QUESTION.test(f.sentence ?? '') ? 'quote' : null;
}

const amountOf = (f: Figure) =>
  f.normalized ? `${f.normalized.value}|${f.normalized.unit}|${f.valueMax}` : `${f.value}|${f.unit}|${f.valueMax}`;

/**
 * The fact a quoting mention restates: the only other fact of its amount (for a 'quote', unless
 * their subjects differ), or, among several, the one whose subject is the same. None when it
 * cannot be told which: the mention stays a fact of its own.
 */
export function restatedFact(
  quoted: Figure,
  how: 'digest' | 'quote',
  facts: ReadonlyMap<string, Figure[][]>,
  subjects: (a: Figure, b: Figure) => 'same' | 'other' | 'unknown',
): Figure[] | undefined {
  const same = facts.get(amountOf(quoted)) ?? [];
  if (same.length === 1 && (how === 'digest' || subjects(same[0]![0]!, quoted) !== 'other')) return same[0];
  const bySubject = same.filter((g) => subjects(g[0]!, quoted) === 'same');
  return bySubject.length === 1 ? bySubject[0] : undefined;
}

/** The facts of a mention's amount. */
export const factsOfAmount = (f: Figure, facts: ReadonlyMap<string, Figure[][]>): readonly Figure[][] =>
  facts.get(amountOf(f)) ?? [];

/** The facts (groups of mentions) by amount, for restatedFact. */
export function factsByAmount(groups: readonly Figure[][]): Map<string, Figure[][]> {
  const byAmount = new Map<string, Figure[][]>();
  for (const g of groups) {
    const key = amountOf(g[0]!);
    const same = byAmount.get(key);
    // In place: a copy per group was quadratic in facts of one amount.
    if (same) same.push(g);
    else byAmount.set(key, [g]);
  }
  return byAmount;
}
