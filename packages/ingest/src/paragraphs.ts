/**
 * Paragraphs and sentences of the normalised text, with their normalised offsets. Shared by the
 * splitter, the measure segmenter and the figure extractor so they cut the text the same way.
 */
import { charTest } from './char-test';

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export function paragraphsOf(text: string, from = 0, to = text.length): Paragraph[] {
  const out: Paragraph[] = [];
  let start = from;
  // Line to line by indexOf, not a test per character: this runs over every article more than once.
  while (start <= to) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > to ? to : newline;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

const HEADING_MARKS = /^(#{1,6}\s*)?(\*\*)?/;

/** A markdown heading or bold line: its inner text span (markers removed) and depth. */
export function headingMarkup(p: Paragraph): {
  start: number;
  end: number;
  text: string;
  level: number;
  bold: boolean;
} {
  const lead = HEADING_MARKS.exec(p.text)?.[0] ?? '';
  const hashes = /^#+/.exec(lead)?.[0].length ?? 0;
  let inner = p.text.slice(lead.length);
  const bold = lead.endsWith('**') || /^\*\*/.test(inner);
  inner = inner.replace(/^\*\*/, '');
  const start = p.start + (p.text.length - inner.length);
  const text = trimEndChars(inner, ' \t*#');
  return { start, end: start + text.length, text, level: hashes, bold };
}

const SENTENCE_END = charTest(/[。！？!?\n]/);
const CLOSING = charTest(/["”’」』)]/);

/** Sentence spans inside [from, to); a closing quote after the terminator stays with the sentence. */
export function sentencesOf(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    // By char code: text[i] made a string per character.
    const code = text.charCodeAt(i);
    if (SENTENCE_END(code)) {
      const newline = code === 10;
      let end = i + 1;
      while (end < to && CLOSING(text.charCodeAt(end))) end++;
      if (newline) end = i;
      if (end > start) out.push({ start, end });
      start = newline ? i + 1 : end;
      i = Math.max(i, end - 1);
    }
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

/** Letters and digits only: for comparing titles across TOC and body. */
export function compact(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Bylines, sources and datelines: lines about the text, never headings or measures. */
export const META_LINE = new RegExp(
  // One anchor around the whole alternation: the engine then tries the line's start only, not
  // every position of the line (each alternative's own ^ made it fail late, at every character).
  `^(?:${[
    '^[(（]?(本报记者|记者|通讯员)',
    // 报：/送：/抄送： are a 公文's distribution list; 共印40份 its print run.
    '^[(（]?(来源|作者|编辑|责任编辑|发布时间|发布日期|日期|时间|供稿|通讯员|摄影|图片|审核|校对|电话|联系电话|联系人|地址|邮编|邮箱|E-?mail|传真|报送|抄送|抄报|主送|分送|印发|主编|审稿)\\s*[:：\\s]',
    '^(报|送|发)[:：]',
    '^[(（]?共印\\s*\\d+\\s*份',
    // A 公文's furniture: the red header (XX人民政府办公室文件), its number (洛政办〔2025〕12号),
    // its addressees (各县（市、区）人民政府，…：) and its publication note (（此件公开发布）).
    '^[\\u4e00-\\u9fff]{4,24}文件$',
    '^[\\u4e00-\\u9fff]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\s*\\d{1,4}\\s*号$',
    '^各[^。；]{1,80}[:：]$',
    '^[(（]此件[\\u4e00-\\u9fff]{2,8}[)）]$',
    // A table's caption (表1 …); its rows are told by isTableRow (normalise.ts).
    '^表\\s*\\d{1,2}(?![\\d.])',
    // A web page's and a newspaper's furniture: breadcrumb, page line (人民日报 2025年05月20日
    // 第07版), source line at the end (《人民日报》（…）), print and navigation links, footer.
    '^(当前位置|您的位置|您现在的位置|所在位置)[:：]',
    // …with the weekday between (大众日报 2025年3月4日 星期二 第05版).
    '^[\\u4e00-\\u9fff]{2,10}\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*((星期|周)[一二三四五六日天]\\s*)?第?\\s*\\d{1,3}\\s*版',
    '^《\\s*[\\u4e00-\\u9fff]{2,10}\\s*》\\s*[(（]',
    '^【(字体|打印|关闭)',
    '^(上一篇|下一篇|主办单位|承办单位|网站标识码|地址|浏览次数|阅读次数|附件)[:：]',
    // More of a web page's tools and footer: a breadcrumb from 首页 or with two arrows, font size,
    // share, print and close links, QR prompt, counters, copyright and licence lines; a printed page count.
    '^(首页|网站首页|主页)\\s*[>＞»›/]',
    '^[^，。；,;]{1,30}[>＞»›][^，。；,;]{1,30}[>＞»›]',
    '^[【\\[]?(字号|字体)\\s*[:：]',
    '^[【\\[]?(分享到|扫一扫|打印本页|关闭窗口|返回顶部|收藏本页|我要纠错)',
    // The heading of a page's related links (相关链接：); the link lines under it are told by RELATED_LINKS.
    '^[【\\[]?(相关链接|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读)[】\\]]?[:：]?$',
    '^(阅读|点击|访问|浏览)(量|数|次数)[:：]',
    '^[^。]{0,20}(版权所有|Copyright|©|ICP备|公网安备)[^。]*$',
    '^第\\s*\\d{1,3}\\s*页(\\s*[/，,]?\\s*共\\s*\\d{1,3}\\s*页)?$',
    // An issuer's line with its date alone (2025年3月) under a report's title.
    '^\\d{4}年\\d{1,2}月$',
    // An editor's note on the whole text: （节选）, （摘编）.
    '^[(（](节选|摘编|摘要|摘录|有删节)[)）]$',
    // An issuer with the date it signed: 国家统计局常州调查队 2025年3月26日.
    '^[^，。；,;]{2,24}\\s*\\d{4}年\\d{1,2}月\\d{1,2}日$',
    // A web page's furniture: 【纠错】【责任编辑：…】, and a date-time line (2025-06-12 16:08 来源：…).
    '^【(纠错|责任编辑|编辑|打印|关闭)',
    '^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*(\\d{1,2}:\\d{2}(:\\d{2})?)?\\s*(来源|作者|编辑|$)',
  ].join('|')})`,
  'i',
);

/**
 * The opening of a wire or newspaper report (新华社合肥6月12日电（记者…）, 本报讯): who filed it
 * and where from, not what the text is about.
 */
export const WIRE_DATELINE =
  /^[\s\u3000]*(?:(?:新华社|中新社|中新网|人民网|央视网|本报|本台)[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月\d{1,2}日)?电|本报讯|本台讯)(?:[(（][^)）]{0,40}[)）])?/;

/**
 * s without trailing characters from the set. A loop, not /[…]+$/: that regex retries from every
 * position and is quadratic on a long run of the characters followed by something else.
 */
export function trimEndChars(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/** Sentence punctuation: a line with none is a heading, not text. */
const PUNCTUATED = /[。，,；;：:！？!?、]/;
/**
 * Where a sub-headline under the title ends (科技贷款余额较年初增长 20.3% on a line of its own, then
 * the lede): short unpunctuated lines with a figure, right under the title and before a paragraph of
 * text. `bodyStart` when there is none.
 */
export function subHeadlineEnd(text: string, bodyStart: number, end: number): number {
  let at = bodyStart;
  for (const p of paragraphsOf(text, bodyStart, Math.min(end, bodyStart + 400))) {
    const t = p.text.trim();
    if (t.length > 30 || !/\d/.test(t) || PUNCTUATED.test(t) || META_LINE.test(t)) {
      return at > bodyStart && t.length >= 40 ? at : bodyStart;
    }
    at = p.end;
  }
  return bodyStart;
}
