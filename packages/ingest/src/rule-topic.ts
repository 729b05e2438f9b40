/**
 * What a policy's parameter is about, so that a rule restated (the table, the answer, a 划重点 line,
 * an 一图读懂 box: 首次认定高企奖励 30 万元 … 对首次认定的国家高新技术企业奖励 30 万元) is one fact, while
 * two rules of the same amount (配套…最高 300 万元, 中试基地…最高 300 万元) stay two. The topic is the
 * words before the figure in its own item (since the previous figure, else since the last ；。： or
 * gap), with its row's or line's label, less the words every rule says (给予, 奖励, 最高 …).
 */

import { backTo, charTest } from './char-test';
import type { Span } from './figure-input';

/** Words and marks every rule says: they do not tell one rule from another. */
const GENERIC =
  /给予|奖励|补助|补贴|资助|支持|抵扣|贴息|最高|最多|不超过|不高于|以上|以下|一次性|单个企业|单个项目|单户企业|单户|单家企业|单家|每家|每年|合计|累计|综合|可获得|获得|[对的按其及和与]|[\d.%]+(万元|亿元|元|家|个|项)?|[\s\p{P}\p{S}]/gu;
const ITEM_BREAK = charTest(/[；;。：:\n ]/);
/** A line opened by its label (增量补助：…): the label names the rule. */
const LINE_LABEL = /^([\u4e00-\u9fff]{2,8})[:：]/;

const bare = (s: string) => s.replace(GENERIC, '');
/** A rule's own words are few; a longer run is a whole sentence, and its tail says most. */
const MAX_TOPIC = 40;

export interface TopicInput {
  text: string;
  /** The paragraph (or table cell) the figure is in. */
  para: Span;
  figure: Span;
  /** The end of the previous figure in the same paragraph, if any. */
  previousEnd: number | null;
  /** A table row's label (its first cell), for a cell. */
  rowLabel?: string;
}

export function ruleTopic({ text, para, figure, previousEnd, rowLabel }: TopicInput): string {
  const item = backTo(text, figure.start, para.start, ITEM_BREAK);
  const since = previousEnd !== null && previousEnd > item ? previousEnd : item;
  const own = bare(text.slice(since, figure.start)) || bare(text.slice(item, figure.start));
  // The label names the rule of the line's first item only (划重点：A　B　C labels none of them).
  const labelled = LINE_LABEL.exec(text.slice(para.start, para.end));
  const label = labelled && para.start + labelled[0].length === item ? labelled[1]! : '';
  return `${bare(rowLabel ?? '')}${bare(label)}${own.slice(-MAX_TOPIC)}`;
}

/** The longest run of characters two topics share. */
function commonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best;
}

/** Two rules are the same when one topic holds the other or they share a phrase of four characters. */
export function sameRule(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && (long.includes(short) || commonRun(short, long) >= 4);
}
