/**
 * Stage 3: split the normalised text into issue metadata, table of contents and articles.
 * With a TOC, each entry is looked up as a body heading (titles may differ slightly: the body
 * wins). Without one, heading-like lines that name a place open articles; a text with neither
 * header nor headings is one article. All offsets here are normalised offsets.
 */
import { datedItemHeadings } from './dated-items';
import { isTableRow } from './normalise';
import { compact, headingMarkup, META_LINE, type Paragraph, paragraphsOf, trimEndChars } from './paragraphs';
import { signedDocuments } from './signed-documents';

export interface IssueHeader {
  title: string | null;
  year: number | null;
  issueNumber: number | null;
  publisher: string | null;
  /** The issue's date when the masthead prints one (2025年6月30日), as YYYY-MM-DD. */
  date: string | null;
  /** A contents heading (目录) was read: numbered lines after it are contents entries. */
  contents: boolean;
  /** Normalised offset where the header (and TOC) end. */
  end: number;
}

export interface ArticleSlice {
  title: string;
  titleStart: number;
  titleEnd: number;
  /** Start of the heading line (markers included): the previous article ends here. */
  headingStart: number;
  bodyStart: number;
  end: number;
}

export interface SplitResult {
  header: IssueHeader;
  toc: string[];
  articles: ArticleSlice[];
  kind: 'bulletin' | 'single_article';
  trailerStart: number;
  /** TOC entries with no matching heading in the body. */
  missing: string[];
}

const CONTENTS = '(?:目\\s*录|本期目录|本期要目|内容提要)';
const ISSUE_LINE = /(\d{4})年第(\d{1,3})期/;
/** 第12期（总第245期）: an issue line without its year (the masthead's date gives it). */
const ISSUE_ONLY = /^第(\d{1,3})期/;
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
/** An issuing body followed by the date, with no 编: 湖北省科学技术厅办公室 2025年6月30日. */
const ISSUER_DATE = new RegExp(
  `^(.{2,40}?(?:厅|局|委|委员会|办公室|中心|院|所|协会|政府|部))\\s*\\d{4}年\\d{1,2}月\\d{1,2}日\\s*${CONTENTS}?$`,
);
/**
 * After a contents heading: a numbered line (1. 标题 / 2、标题), or a title whose page number follows
 * after spaces (醴陵市…高地　　　2; normalising drops the spaces between CJK and the digit).
 */
const NUMBERED_TOC = /^\d{1,2}\s*[.．、]\s*\S|^[^。；;，,]{4,60}[\u4e00-\u9fff”」》)）]\s*\d{1,3}$/;
/** The publisher line; a date and the contents heading (目录) may follow it on the same line. */
const PUBLISHER = new RegExp(
  `^(.{2,40}?)\\s*(编辑|编印|主办|编|印发)\\s*(?:\\d{4}年\\d{1,2}月\\d{1,2}日)?\\s*${CONTENTS}?$`,
);
const CONTENTS_HEADING = new RegExp(`^${CONTENTS}$`);
const ENDS_WITH_CONTENTS = new RegExp(`${CONTENTS}$`);
const TOC_LEADER = /(\.{3,}|…+|·{3,}|-{3,})\s*\d{1,3}$/;
const TOC_MARK = /^[-*\s]*[★☆●◆]/;

/** Leaders are looked for in the line's tail only: the regex stays linear on any line. */
const isTocLine = (p: Paragraph) => TOC_MARK.test(p.text) || TOC_LEADER.test(p.text.slice(-60));

export function cleanTocTitle(line: string): string {
  let title = trimEndChars(line.replace(/^[-*\s★☆●◆]+/, '').replace(/^\d{1,2}\s*[.．、]\s*/, ''), ' \t');
  const page = /\d{1,3}$/.exec(title.slice(-4));
  if (page) title = title.slice(0, title.length - page[0].length);
  return trimEndChars(title, '.…·-— \t').trim();
}

/** One line of the masthead (title, issue line, publisher); false when the line is not one. */
function readDate(plain: string, header: IssueHeader): void {
  const d = FULL_DATE.exec(plain);
  if (!d || header.date) return;
  header.date = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
  header.year ??= Number(d[1]);
}

/** One line of the masthead (title, issue line, publisher); false when the line is not one. */
function readHeaderLine(plain: string, k: number, end: number, header: IssueHeader): boolean {
  const issue = ISSUE_LINE.exec(plain) ?? ISSUE_ONLY.exec(plain);
  if (issue && plain.length <= 30 && header.issueNumber === null) {
    if (issue.length === 3) header.year = Number(issue[1]);
    header.issueNumber = Number(issue[issue.length - 1]);
    header.end = end;
    return true;
  }
  const inMasthead = header.issueNumber !== null;
  if (CONTENTS_HEADING.test(plain) && inMasthead) {
    header.contents = true;
    header.end = end;
    return true;
  }
  const publisher = PUBLISHER.exec(plain) ?? ISSUER_DATE.exec(plain);
  if (publisher && inMasthead) {
    header.publisher = publisher[1]!;
    header.contents ||= ENDS_WITH_CONTENTS.test(plain);
    readDate(plain, header);
    header.end = end;
    return true;
  }
  if (header.title === null && k < 3 && plain.length <= 20 && !/[。，,\d]/.test(plain)) {
    header.title = plain;
    return true;
  }
  return plain === header.title;
}

function readHeader(paras: Paragraph[]): { header: IssueHeader; toc: string[]; tocEnd: number } {
  const header: IssueHeader = {
    title: null,
    year: null,
    issueNumber: null,
    publisher: null,
    date: null,
    contents: false,
    end: 0,
  };
  const toc: string[] = [];
  let tocEnd = -1;
  const limit = Math.min(paras.length, 12);
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    if (isTocLine(p) || (header.contents && NUMBERED_TOC.test(p.text))) {
      toc.push(cleanTocTitle(p.text));
      tocEnd = p.end;
      continue;
    }
    if (toc.length > 0 || k >= limit || !readHeaderLine(headingMarkup(p).text, k, p.end, header)) break;
  }
  if (tocEnd >= 0) header.end = tocEnd;
  if (header.year === null && toc.length === 0) header.title = null;
  return { header, toc, tocEnd };
}

function similarity(toc: string, line: string): number {
  const a = compact(toc);
  const b = compact(line);
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 1;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  return (pre + suf) / Math.max(a.length, b.length * 0.8);
}

const headingLike = (p: Paragraph) => p.text.length <= 160 && !/[。；;]$/.test(trimEndChars(p.text, '*'));

function findTocHeadings(paras: Paragraph[], toc: string[], missing: string[]): Paragraph[] {
  const found: Paragraph[] = [];
  let k = 0;
  for (const title of toc) {
    let best = -1;
    let bestScore = 0.6;
    for (let j = k; j < paras.length; j++) {
      if (!headingLike(paras[j]!)) continue;
      const s = similarity(title, headingMarkup(paras[j]!).text);
      if (s > bestScore) {
        best = j;
        bestScore = s;
        if (s >= 0.95) break;
      }
    }
    if (best < 0) {
      missing.push(title);
      continue;
    }
    found.push(paras[best]!);
    k = best + 1;
  }
  return found;
}

function trailerStart(paras: Paragraph[], publisher: string | null, textEnd: number): number {
  let start = textEnd;
  for (let k = paras.length - 1; k >= 0; k--) {
    const t = headingMarkup(paras[k]!).text;
    const isPublisher = publisher !== null && compact(t).startsWith(compact(publisher)) && t.length <= 40;
    if (!((META_LINE.test(t) && t.length <= 40) || isPublisher)) break;
    start = paras[k]!.start;
  }
  return start;
}

/** Heading-like paragraphs followed by a body paragraph, used when there is no TOC. */
function guessHeadings(paras: Paragraph[], mentionsPlace: (s: string) => boolean): Paragraph[] {
  return paras.filter((p, k) => {
    const next = paras[k + 1];
    const h = headingMarkup(p);
    if (!next || h.text.length > 60 || h.text.length < 4 || /[。；;,，:：]$/.test(h.text)) return false;
    if (META_LINE.test(h.text) || isTableRow(h.text)) return false;
    return next.text.length > h.text.length && mentionsPlace(h.text);
  });
}

function toSlices(heads: Paragraph[], end: number, textLen: number): ArticleSlice[] {
  return heads.map((p, k) => {
    const h = headingMarkup(p);
    const next = heads[k + 1];
    return {
      title: h.text,
      titleStart: h.start,
      titleEnd: h.end,
      headingStart: p.start,
      bodyStart: Math.min(p.end + 1, textLen),
      end: next ? next.start : Math.max(end, p.end),
    };
  });
}

export function splitIssue(text: string, mentionsPlace: (s: string) => boolean): SplitResult {
  const paras = paragraphsOf(text);
  const { header, toc } = readHeader(paras);
  const trailer = trailerStart(paras, header.publisher, text.length);
  const bodyParas = paras.filter((p) => p.start >= header.end && p.start < trailer);
  const missing: string[] = [];
  let heads = toc.length > 0 ? findTocHeadings(bodyParas, toc, missing) : [];
  if (heads.length === 0 && header.year !== null) heads = guessHeadings(bodyParas, mentionsPlace);
  const base = { header, toc, trailerStart: trailer, missing };
  if (heads.length > 0) return { ...base, articles: toSlices(heads, trailer, text.length), kind: 'bulletin' };
  // A news page listing dated items: one article per item, still one page (single_article).
  const items = datedItemHeadings(bodyParas);
  if (items.length > 0) return { ...base, articles: toSlices(items, trailer, text.length), kind: 'single_article' };
  // A 简报 with a masthead and items but no headline of its own is one article under its masthead.
  const at = header.title ? text.indexOf(header.title) : -1;
  const masthead = at >= 0 && at < header.end ? { title: header.title!, start: at } : null;
  // A signed document followed by another (a 通知 and its 政策解读): one article each.
  const documents = signedDocuments(bodyParas);
  const articles = documents.flatMap((paras, k) =>
    singleArticle(paras, documents[k + 1]?.[0]?.start ?? trailer, k === 0 ? masthead : null),
  );
  return { ...base, articles, kind: 'single_article' };
}

function singleArticle(
  all: Paragraph[],
  end: number,
  masthead: { title: string; start: number } | null = null,
): ArticleSlice[] {
  // A 公文's red header and number come before its title.
  const lead = all.findIndex((p) => !META_LINE.test(p.text.trim()));
  const paras = lead > 0 ? all.slice(lead) : all;
  const first = paras[0];
  if (!first) return [];
  const h = headingMarkup(first);
  const isTitle = h.text.length <= 60 && !/[。；;]$/.test(h.text) && paras.length > 1;
  if (isTitle) {
    return [
      { title: h.text, titleStart: h.start, titleEnd: h.end, headingStart: first.start, bodyStart: first.end + 1, end },
    ];
  }
  if (masthead) {
    const titleEnd = masthead.start + masthead.title.length;
    return [
      {
        title: masthead.title,
        titleStart: masthead.start,
        titleEnd,
        headingStart: masthead.start,
        bodyStart: first.start,
        end,
      },
    ];
  }
  const cut = first.text.search(/[。！？!?，,]/);
  const title = cut > 0 && cut <= 60 ? first.text.slice(0, cut) : first.text.slice(0, 30);
  return [
    {
      title,
      titleStart: first.start,
      titleEnd: first.start + title.length,
      headingStart: first.start,
      bodyStart: first.start,
      end,
    },
  ];
}
