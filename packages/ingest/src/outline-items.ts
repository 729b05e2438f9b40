/**
 * Items of a document's outline that sit inside a paragraph or behind a bullet, for the measure
 * segmenter: inline lists (…。一是…；二是…, 主要包括：（一）…；（二）…, ①…②…) and a bulleted list
 * (● ■ ◆ ▲ -) after a lead-in that names the work (主要做法如下：). A bulleted list after a lead-in
 * naming results or features (评估结果显示：, 呈现以下特点：) is not a list of measures.
 */
import { parseChineseInteger } from './chinese-numerals';
import type { Paragraph } from './paragraphs';

export interface Opening {
  start: number;
  title: string;
  paragraph: number;
  /** An item inside a paragraph: it ends with its paragraph at the latest. */
  inline?: boolean;
}

const CN = '[一二三四五六七八九十]{1,3}';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The number of a circled digit (① → 1), or null. */
export function circledNumber(ch: string): number | null {
  const k = CIRCLED.indexOf(ch);
  return k < 0 ? null : k + 1;
}

/** Inline list markers after a sentence or clause break, each family counted on its own. */
const INLINE_FAMILIES: Array<{ re: RegExp; ordinal: (m: RegExpMatchArray) => number | null }> = [
  { re: new RegExp(`(?:^|[。；;:：])(${CN})是`, 'g'), ordinal: (m) => parseChineseInteger(m[1]!) },
  { re: new RegExp(`(?:^|[。；;:：，,])[(（](${CN})[)）]`, 'g'), ordinal: (m) => parseChineseInteger(m[1]!) },
  { re: new RegExp(`(?:^|[。；;:：，,])([${CIRCLED}])`, 'g'), ordinal: (m) => circledNumber(m[1]!) },
];

/** Items of an inline list are clauses: their title is the first clause. */
function clauseTitle(text: string): string {
  return (text.split(/[，,；;。]/)[0] ?? text).trim();
}

function inlineOf(paras: Paragraph[], family: (typeof INLINE_FAMILIES)[number]): Opening[] {
  const out: Opening[] = [];
  let count = 0;
  paras.forEach((p, k) => {
    for (const m of p.text.matchAll(family.re)) {
      const ordinal = family.ordinal(m);
      // A list may start again at 一是 in a later paragraph (the next answer of a 问答).
      const restart = ordinal === 1 && out.length > 0 && out[out.length - 1]!.paragraph < k;
      if (restart) count = 0;
      if (ordinal !== count + 1) continue;
      count++;
      const marker = m[0].replace(/^[。；;:：，,]/, '');
      const at = m.index + m[0].length - marker.length;
      out.push({
        start: p.start + at,
        title: clauseTitle(p.text.slice(at + marker.length)),
        paragraph: k,
        inline: true,
      });
    }
  });
  return out;
}

/** The inline list with the most items, of whichever family. */
export function inlineEnumerated(paras: Paragraph[]): Opening[] {
  return INLINE_FAMILIES.map((f) => inlineOf(paras, f)).reduce((a, b) => (b.length > a.length ? b : a));
}

const BULLET = /^\s*[●■◆▲►•▪◇□○◎√\-–*]\s*/;
/** A lead-in naming work (做法, 措施, 工作…), not results or features. */
const WORK_LEAD_IN = /(做法|措施|举措|工作|任务|行动|经验|办法|路径|重点|如下|以下|包括)[^。]{0,12}[:：]\s*$/;
const NOT_WORK = /(结果|显示|数据|特点|特征|名单|统计|情况)/;

/** Bullets after a lead-in naming the work: each bullet is a measure, titled by its first clause. */
export function bulleted(paras: Paragraph[]): Opening[] {
  const out: Opening[] = [];
  paras.forEach((p, k) => {
    const m = BULLET.exec(p.text);
    if (!m || p.text.length - m[0].length < 4) return;
    const inList = out.length > 0 && out[out.length - 1]!.paragraph === k - 1;
    const lead = paras[k - 1]?.text.trim() ?? '';
    if (!inList && !(WORK_LEAD_IN.test(lead) && !NOT_WORK.test(lead.slice(-20)))) return;
    out.push({ start: p.start + m[0].length, title: clauseTitle(p.text.slice(m[0].length)), paragraph: k });
  });
  return out.length >= 2 ? out : [];
}
