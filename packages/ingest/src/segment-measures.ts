/**
 * Stage 5: cut an article body into measures. In order of preference:
 * 1. section headings inside the article (markdown/bold lines, or short stand-alone lines);
 * 2. enumerators opening paragraphs (一是, 一、, （一）, 第一, 1.) counted 1, 2, 3 … — Chinese
 *    families may alternate (一是, 二是, 三、); a marker that does not continue the count is a
 *    nested list and stays inside the current measure;
 * 3. enumerators inside one paragraph (…。一是…；二是…);
 * 4. lead sentences: a paragraph opened by a short sentence ("研发一批…产品。").
 * The article's intro (before the first measure) is never a measure. Offsets are normalised.
 */

import { parseChineseInteger } from './chinese-numerals';
import { isTableRow } from './normalise';
import { bulleted, circledNumber, inlineEnumerated, type Opening } from './outline-items';
import { expandParts } from './outline-parts';
import { headingMarkup, META_LINE, type Paragraph, paragraphsOf } from './paragraphs';
import { questionItems } from './qa-items';

export interface MeasureSlice {
  ordinal: number;
  title: string;
  start: number;
  end: number;
  /** How sure the cut is: explicit numbering > headings > inline numbering > lead sentences. */
  confidence: number;
}

const CONFIDENCE = [0.85, 0.9, 0.8, 0.8, 0.6];

const CN = '[一二三四五六七八九十]{1,3}';
const FAMILIES: Array<{ name: string; re: RegExp; chinese: boolean }> = [
  { name: 'shi', re: new RegExp(`^(${CN})是`), chinese: true },
  { name: 'dun', re: new RegExp(`^(${CN})、`), chinese: true },
  { name: 'paren', re: new RegExp(`^[(（](${CN})[)）]`), chinese: true },
  { name: 'di', re: new RegExp(`^第(${CN})[,，、:：是]`), chinese: true },
  { name: 'arabic', re: /^[(（]?(\d{1,2})(?:[)）]|[.、．](?!\d))/, chinese: false },
  { name: 'circled', re: /^([①-⑳])/, chinese: false },
];
const LOOSE = new Set(['shi', 'dun']);
const LEAD_MAX = 30;
const NOT_A_LEAD =
  /^(今年|去年|近年|近期|日前|截至|目前|当前|此外|同时|其中|另外|据|在|从|自|为|据统计|数据显示|\d|《|“|")/;

export function enumeratorOf(
  text: string,
): { family: string; chinese: boolean; ordinal: number; length: number } | null {
  for (const f of FAMILIES) {
    const m = f.re.exec(text);
    if (!m) continue;
    const ordinal = f.chinese ? parseChineseInteger(m[1]!) : f.name === 'circled' ? circledNumber(m[1]!) : Number(m[1]);
    if (ordinal !== null && ordinal > 0) return { family: f.name, chinese: f.chinese, ordinal, length: m[0].length };
  }
  return null;
}

/** Title of a numbered measure: its first sentence, or first clause when the sentence is long. */
function titleAfter(text: string): string {
  const sentence = text.split(/[。；;!?！？]/)[0] ?? text;
  if (sentence.length <= 40) return sentence.trim();
  return (sentence.split(/[，,:：]/)[0] ?? sentence).trim();
}

/**
 * A plain line that reads as a heading: short, not a sentence, not a list (报：甲，乙), not numbered;
 * a short sentence standing alone (捕捉成果。) heads what follows too.
 */
function isPlainHeading(text: string): boolean {
  if (enumeratorOf(text)) return false;
  if (text.length >= 4 && text.length <= 30 && !/[。；;，,:：!?！？]/.test(text)) return true;
  return /^[^。；;，,:：!?！？]{2,16}[。！!]$/.test(text);
}

/** A bullet-marked line (■ ● ◆): an item of a list or a highlights box. */
const BULLET_LINE = /^\s*[■□●○◆◇▲△★☆•▪]/;

function isSectionHeading(p: Paragraph, next: Paragraph | undefined, previous?: Paragraph): boolean {
  if (!next || META_LINE.test(p.text.trim()) || isTableRow(p.text)) return false;
  // The last line of a box of bullets (划重点 ■…■…) ends the box; it does not head the text after it.
  // A ■ heading after ● items is a heading of its own level.
  const mark = BULLET_LINE.exec(p.text)?.[0].trim();
  if (mark && previous && BULLET_LINE.exec(previous.text)?.[0].trim() === mark) return false;
  const h = headingMarkup(p);
  if (h.level > 0 || (h.bold && p.text.trimEnd().endsWith('**'))) return h.text.length > 0 && h.text.length <= 60;
  if (pictographHeading(h.text, next)) return true;
  // A plain heading introduces text: a short line followed by another short line is a masthead's.
  // A line ending in a number is a table row (医疗健康 297 10.9%), not a heading.
  if (/\d%?$/.test(h.text)) return false;
  const n = headingMarkup(next);
  if (!isPlainHeading(h.text) || isPlainHeading(n.text) || META_LINE.test(next.text.trim())) return false;
  // A short sentence heads a paragraph of body text, not a marked-up heading (正文一。 ### 二、…).
  return !/[。！!]$/.test(h.text) || (n.level === 0 && !n.bold && n.text.length > h.text.length + 10);
}

/** An emoji or pictograph opening a line (📌, 🔹): a post's marker, as ● is a bulletin's. */
const PICTOGRAPH = /^\s*(\p{Extended_Pictographic}\uFE0F?)+\s*/u;

/**
 * 📌亮点一:专精特新加速成长 over a paragraph: a post's sub-heading, marked by a pictograph. A label
 * and a colon are allowed (亮点一:); a sentence (🔥划重点:今年以来,…) or a call (👇点击…,…) is not one.
 */
function pictographHeading(text: string, next: Paragraph): boolean {
  const m = PICTOGRAPH.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length).trim();
  if (rest.length < 4 || rest.length > 30 || /[。；;，,!?！？]|\d%?$/.test(rest)) return false;
  const body = next.text.trim();
  return !PICTOGRAPH.test(body) && body.length > rest.length + 10;
}

/** 【强化关键技术攻关】… : a bracketed heading opening its paragraph (not a transcript's 【同期】). */
const BRACKETED = /^【([^【】]{2,24})】/;
const TRANSCRIPT_MARK = /^(同期|解说|现场|画面|导语|字幕|主持人|记者|编者按|纠错|责任编辑|编辑|打印|关闭)/;

function bracketed(p: Paragraph): { title: string } | null {
  const m = BRACKETED.exec(p.text.trim());
  return m && !TRANSCRIPT_MARK.test(m[1]!) ? { title: m[1]!.trim() } : null;
}

function sections(paras: Paragraph[]): Opening[] {
  const out: Opening[] = [];
  paras.forEach((p, k) => {
    const b = bracketed(p);
    if (b) {
      out.push({ start: p.start + p.text.length - p.text.trimStart().length, title: b.title, paragraph: k });
      return;
    }
    if (!isSectionHeading(p, paras[k + 1], paras[k - 1])) return;
    const h = headingMarkup(p);
    // The measure starts at the heading's words, after a pictograph marker (📌亮点一 → 亮点一).
    const marker = PICTOGRAPH.exec(h.text)?.[0].length ?? 0;
    const text = h.text.slice(marker);
    const e = enumeratorOf(text);
    const title = (e ? text.slice(e.length) : text).replace(/[。.!！]+$/, '').trim();
    out.push({ start: h.start + marker, title, paragraph: k });
  });
  return out;
}

/** Paragraph text without a leading markdown heading or bold marker (**一是…**). */
const unmarked = (t: string) => t.replace(/^(#{1,6}\s*)?(\*\*)?/, '');

function enumerated(paras: Paragraph[]): Opening[] {
  const out: Opening[] = [];
  let family: { chinese: boolean; name: string } | null = null;
  paras.forEach((p, k) => {
    const text = unmarked(p.text);
    const e = enumeratorOf(text);
    if (!e || e.ordinal !== out.length + 1) return;
    // 一是, 二是, 三、 alternate informally; （一） and 1. are other levels of the 公文 outline.
    if (family && family.name !== e.family && !(LOOSE.has(family.name) && LOOSE.has(e.family))) return;
    family ??= { chinese: e.chinese, name: e.family };
    out.push({
      start: p.start + p.text.length - text.length,
      title: titleAfter(text.slice(e.length).replace(/\*\*/g, '')),
      paragraph: k,
    });
  });
  return out;
}

/**
 * A lead sentence: short, no digits, opening a longer paragraph. Three characters (抓主体。) are a
 * lead only under a heading or a lead-in (以下工作：): elsewhere so short a sentence is rarely a title.
 */
export function leadSentence(text: string, short = false): string | null {
  const m = (short ? /^[^。！？!?]{3,}?[。！？!?]/ : /^[^。！？!?]{4,}?[。！？!?]/).exec(text);
  if (!m) return null;
  const sentence = m[0].slice(0, -1);
  if ([...sentence].length > LEAD_MAX || text.length < m[0].length + 10 || NOT_A_LEAD.test(sentence)) return null;
  if (/\d/.test(sentence)) return null;
  return sentence;
}

/** Paragraphs opened by a lead sentence; the first paragraph is the intro unless `fromFirst` (a part's items). */
function leads(paras: Paragraph[], fromFirst = false): Opening[] {
  const out: Opening[] = [];
  paras.forEach((p, k) => {
    if (k === 0 && !fromFirst) return;
    const text = unmarked(p.text);
    const short = fromFirst || /[:：]$/.test(paras[k - 1]?.text.trim() ?? '');
    const lead = leadSentence(text.replace(/\*\*/g, ''), short);
    if (lead) out.push({ start: p.start + p.text.length - text.length, title: lead, paragraph: k });
  });
  return out;
}

/** A notes label on its own line (注：, then 1. … 2. …): what follows are footnotes, never measures. */
const NOTES_LABEL = /^(注|注释|备注|说明)\s*[:：]\s*(1[.、．]|（1）|\(1\))?\s*$/;

/**
 * The measures of an outline: the first method that finds two or more, by preference. The methods
 * are pure, so each runs only when every method before it found fewer than two: the inline and
 * lead-sentence scans read every paragraph again, and most outlines are settled by the first two.
 */
function outline(paras: Paragraph[]): { openings: Opening[]; confidence: number } {
  const methods: Array<() => Opening[]> = [
    () => sections(paras),
    () =>
      expandParts(enumerated(paras), paras, {
        enumerated,
        leads: (p) => leads(p, true),
        sections,
        inline: inlineEnumerated,
      }),
    () => bulleted(paras),
    () => inlineEnumerated(paras),
    () => leads(paras),
  ];
  const found: Opening[][] = [];
  for (let method = 0; method < methods.length; method++) {
    const openings = methods[method]!();
    if (openings.length >= 2) return { openings, confidence: CONFIDENCE[method]! };
    found.push(openings);
  }
  // No method found two: a single section or numbered item, by the same preference.
  const method = found.slice(0, 2).findIndex((c) => c.length === 1);
  return { openings: method >= 0 ? found[method]! : [], confidence: CONFIDENCE[method] ?? 0.5 };
}

/**
 * A speech's or a report's closing address (同志们，…奋斗！ 各位代表，…) among its last two paragraphs:
 * a call to the audience, never a measure, and the outline ends before it.
 */
const ADDRESS = /^(同志们|各位代表|各位委员|各位来宾|朋友们|女士们、先生们)\s*[,，!！:：]/;
function beforeClosing(paras: Paragraph[]): Paragraph[] {
  const k = paras.findLastIndex((p) => ADDRESS.test(p.text.trim()));
  return k > 0 && k >= paras.length - 2 ? paras.slice(0, k) : paras;
}

/** A question item is as sure as a numbered one. */
const QUESTION_CONFIDENCE = 0.85;

/** `all`: the body's paragraphs when the caller has them already (paragraphsOf(text, bodyStart, end)); only read here. */
export function segmentMeasures(
  text: string,
  bodyStart: number,
  end: number,
  all: Paragraph[] = paragraphsOf(text, bodyStart, end),
): MeasureSlice[] {
  const notes = all.findIndex((p, k) => k > 0 && NOTES_LABEL.test(p.text.trim()));
  const paras = beforeClosing(notes > 0 ? all.slice(0, notes) : all);
  // A transcript or a Q&A: what precedes the first question has its own outline; each question is an item.
  const questions = questionItems(paras);
  const statement = outline(paras.slice(0, questions[0]?.paragraph ?? paras.length));
  const openings = [...statement.openings, ...questions];
  return openings.map((o, k) => {
    const next = openings[k + 1];
    const lastPara = o.inline ? paras[o.paragraph] : next ? paras[next.paragraph - 1] : paras[paras.length - 1];
    const stop = next && next.paragraph === o.paragraph ? next.start : (lastPara?.end ?? end);
    const confidence = k < statement.openings.length ? statement.confidence : QUESTION_CONFIDENCE;
    return { ordinal: k + 1, title: o.title, start: o.start, end: trimEnd(text, o.start, stop), confidence };
  });
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s；;]/.test(text[e - 1]!)) e--;
  return e;
}
