/**
 * Stage 2: decoded text → normalised text plus an offset map back to the decoded text.
 *
 * - Full-width ASCII (，（）％０-９) folds to ASCII one for one; the ideographic space to a space.
 * - Spaces next to CJK characters or between a number and its unit are dropped ("220.60 亿元").
 * - Page-break lines ("-", bare page numbers) and blank lines vanish; every paragraph becomes one
 *   line, so the normalised text is paragraphs separated by "\n".
 * - A paragraph cut by a page break or a hard wrap (the line does not end a sentence, is long, and
 *   the next line does not open a heading or list item) is joined to the next line.
 *
 * map[i] is the decoded offset of normalised character i; map[text.length] is the decoded length.
 */
import { charTest } from './char-test';
import { foldChar } from './fold-char';
import { type Line, withoutPageFurniture } from './page-furniture';
import { META_LINE } from './paragraphs';

export interface NormalisedText {
  text: string;
  map: Int32Array;
}

// An English sentence ends a line too (Q1 highlights: GDP +7.4%, exports down 4.2%.).
// TERMINAL is read from the end by char codes (endsSentence): a regex anchored only at the end is
// tried at every position of the paragraph so far, once per line it is joined from.
// const TERMINAL = /[。！？!?；;:：…]["”’」』）)]*$|[。！？!?]$|[A-Za-z%)]\.$/;
const SENTENCE_MARK = charTest(/[。！？!?；;:：…]/);
const CLOSING = charTest(/["”’」』）)]/);
const BEFORE_FULL_STOP = charTest(/[A-Za-z%)]/);
/** TERMINAL.test(a): a sentence mark, then only closing quotes or brackets; or a letter's full stop. */
function endsSentence(a: string): boolean {
  let j = a.length;
  while (j > 0 && CLOSING(a.charCodeAt(j - 1))) j--;
  if (j > 0 && SENTENCE_MARK(a.charCodeAt(j - 1))) return true;
  const n = a.length;
  return n >= 2 && a.charCodeAt(n - 1) === 46 && BEFORE_FULL_STOP(a.charCodeAt(n - 2));
}
/** [...a].length without the array: a surrogate pair is one code point, a lone surrogate one too. */
function codePoints(a: string): number {
  let pairs = 0;
  for (let k = 0; k + 1 < a.length; k++) {
    const c = a.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = a.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        k++;
      }
    }
  }
  return a.length - pairs;
}
const ENDS_IN_COMMA = charTest(/[，,、]/);
const OPENS_BLOCK =
  /^(?:#|\*\*|[-*•]\s|★|☆|●|■|◆|[一二三四五六七八九十]+[是、]|第[一二三四五六七八九十]+[，,、是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．](?!\d)|[①-⑳])/;
const HEADING_OR_TOC = /^(?:#|\*\*|[-*•]\s|★|☆)/;
const JOIN_MIN_LENGTH = 28;
/** A line opened by a short label and a colon (增量补助：, 问：, 答：). */
const LABELLED = /^[\u4e00-\u9fff]{1,8}[:：]/;
/** Lines that end a block whatever their length: a contents entry with its page, a dateline. */
const ENDS_BLOCK =
  /(?:[.…·]{2,}|[-—]{3,})\s*\d{1,3}$|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|第\s*\d{1,3}\s*期[)）]?$/;
/** Lines that start a block: a contents heading, or a contents entry ending in its page number. */
const STARTS_BLOCK = /^(?:目\s*录|本期目录|本期要目)$|(?:[.…·]{2,}|[-—]{3,})\s*\d{1,3}$/;
// (A contents heading is short, so testing the last 40 characters of b also finds it.)

function splitLines(decoded: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= decoded.length; i++) {
    const ch = decoded.charCodeAt(i);
    if (i === decoded.length || ch === 10 || ch === 12) {
      let end = i;
      if (end > start && decoded.charCodeAt(end - 1) === 13) end--;
      lines.push({ start, end, content: decoded.slice(start, end).trim() });
      start = i + 1;
    }
  }
  return lines;
}

/** A row of a table converted from Word or a spreadsheet: cells split by | or tabs. */
export const isTableRow = (line: string): boolean => /[|｜\t][^|｜\t]*[|｜\t]/.test(line);

const isFurnitureLine = (line: string) => line.length <= 80 && META_LINE.test(line.trim());

/**
 * A post's emoji: one that ends a line ends its sentence (创历史新高👍), one that opens a line marks a
 * new block (📌亮点一:…), as a bullet does.
 */
const PICTOGRAPH_END = /\p{Extended_Pictographic}\uFE0F?$/u;
/** At most three code units end a line in a pictograph (a pair and U+FE0F): only they are searched. */
const endsInPictograph = (a: string) => PICTOGRAPH_END.test(a.length > 3 ? a.slice(-3) : a);
const PICTOGRAPH_START = /^\p{Extended_Pictographic}/u;

/** Should line a (a paragraph so far) continue on line b? */
export function continuesOn(a: string, b: string): boolean {
  if (endsSentence(a) || HEADING_OR_TOC.test(a) || OPENS_BLOCK.test(b)) return false;
  if (endsInPictograph(a) || PICTOGRAPH_START.test(b)) return false;
  if (isTableRow(a) || isTableRow(b)) return false;
  // Labelled lines of a box (增量补助：…, 问：…) are a list, each line its own; a short labelled line
  // is one too (a wrapped paragraph fills its lines).
  if (LABELLED.test(a) && (LABELLED.test(b) || codePoints(a) < JOIN_MIN_LENGTH)) return false;
  // A page's furniture (附件：…, 上一篇：…, 联系人：…) is a line of its own, never part of a sentence.
  if (isFurnitureLine(a) || isFurnitureLine(b)) return false;
  // Only the tails are searched: the leader patterns would be quadratic on a long run of dashes.
  if (ENDS_BLOCK.test(a.slice(-40)) || STARTS_BLOCK.test(b.length > 40 ? b.slice(-40) : b)) return false;
  // A line ending in a comma is mid-sentence whatever its length; headings never end so.
  const length = codePoints(a);
  return (
    (a.length > 0 && ENDS_IN_COMMA(a.charCodeAt(a.length - 1))) ||
    length >= JOIN_MIN_LENGTH ||
    (length >= 20 && /[，,；;]/.test(a))
  );
}

const isCjk = (c: number) =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x303f) || (c >= 0x2010 && c <= 0x201f);
const isDigitLike = (c: number) => (c >= 48 && c <= 57) || c === 37 || c === 46;
const glues = (c: number) => isCjk(c) || isDigitLike(c);

const isDigitAt = (s: string, k: number) => {
  const c = foldChar(s.charCodeAt(k));
  return c >= 48 && c <= 57;
};

/**
 * "4 300 余家", "1 156 家": a space used as a thousands separator (a PDF artefact). The space in
 * [gapStart, gapEnd) is one when 1–3 digits (not part of a decimal or a longer number) stand
 * before it and exactly three digits follow (then a unit, a decimal part or text: "2 865.4 亿元").
 */
function isThousandsGap(s: string, gapStart: number, gapEnd: number, lineEnd: number): boolean {
  let a = gapStart;
  while (a > 0 && isDigitAt(s, a - 1)) a--;
  const before = gapStart - a;
  if (before < 1 || before > 3 || (a > 0 && /[.．\d]/.test(s[a - 1]!))) return false;
  let b = gapEnd;
  while (b < lineEnd && isDigitAt(s, b)) b++;
  return b - gapEnd === 3;
}

/**
 * "12. 5 亿元": a space after a decimal point inside a number (a PDF artefact). Only mid-line: at
 * the start of a line "1. 5G 基站" is an enumerator followed by text.
 */
const isDigitCode = (c: number) => c >= 48 && c <= 57;
function isDecimalGap(out: Out, next: number): boolean {
  const codes = out.codes;
  if (next < 48 || next > 57 || out.length === 0 || codes[out.length - 1] !== 46) return false;
  let k = out.length - 2;
  while (k >= 0 && isDigitCode(codes[k]!)) k--;
  const digits = out.length - 2 - k;
  return digits >= 1 && k >= 0 && !/\s/.test(String.fromCharCode(codes[k]!));
}

/** Two characters or more on each side of a gap: words, not the halves of a padded name. */
function wordsAround(out: Out, decoded: string, next: number, lineEnd: number): boolean {
  const before = out.length >= 2 && isCjk(out.codes[out.length - 2]!);
  const after = next + 1 < lineEnd && isCjk(foldChar(decoded.charCodeAt(next + 1)));
  return before && after;
}

/**
 * The normalised text so far: one char code and its decoded offset per character kept, in typed
 * arrays sized for the whole text (a character kept is never more than one of the decoded text:
 * the line breaks that are dropped pay for the paragraph breaks written), not two arrays pushed
 * one number at a time.
 */
interface Out {
  codes: Uint16Array;
  map: Int32Array;
  length: number;
}

function push(out: Out, code: number, at: number): void {
  out.codes[out.length] = code;
  out.map[out.length] = at;
  out.length++;
}

const SPACE = charTest(/\s/);
const CELL_GAP = charTest(/[\t \u3000]/);

/** Append one line's content, folded, with droppable spaces removed, as char codes. */
function appendLine(decoded: string, line: Line, out: Out): void {
  // From the first non-space character (from the line's start if it is all spaces).
  let i = line.start;
  while (i < line.end && SPACE(decoded.charCodeAt(i))) i++;
  if (i === line.end) i = line.start;
  let lastKept = -1;
  // In a tab-separated table row the tabs are cell boundaries: one tab per run of blanks.
  const tabbed = isTableRow(line.content);
  for (; i < line.end; i++) {
    if (tabbed && decoded.charCodeAt(i) === 9) {
      let j = i;
      while (j < line.end && CELL_GAP(decoded.charCodeAt(j))) j++;
      push(out, 9, i);
      lastKept = 9;
      i = j - 1;
      continue;
    }
    const c = foldChar(decoded.charCodeAt(i));
    if (c === 32 || c === 13) {
      let j = i;
      while (j < line.end && (foldChar(decoded.charCodeAt(j)) === 32 || decoded.charCodeAt(j) === 13)) j++;
      const next = j < line.end ? foldChar(decoded.charCodeAt(j)) : -1;
      const dropEdge = lastKept === -1 || next === -1;
      // 首次认定高企奖励30万元　研发补助最高500万元: a wide gap between words separates items of a
      // line; inside a two-character name (李　涛) it is padding.
      const wide = j - i >= 2 || decoded.charCodeAt(i) === 0x3000;
      if (!dropEdge && wide && isCjk(lastKept) && isCjk(next) && !tabbed && wordsAround(out, decoded, j, line.end)) {
        push(out, 32, i);
        i = j - 1;
        continue;
      }
      const bothDigits = lastKept >= 48 && lastKept <= 57 && next >= 48 && next <= 57;
      const drop =
        dropEdge ||
        (glues(lastKept) && glues(next) && !bothDigits && (isCjk(lastKept) || isCjk(next) || next === 37)) ||
        (bothDigits && isThousandsGap(decoded, i, j, line.end)) ||
        isDecimalGap(out, next);
      if (!drop) push(out, 32, i);
      i = j - 1;
      continue;
    }
    push(out, c, i);
    lastKept = c;
  }
}

// A leading U+FEFF is a character to keep (ignoreBOM), and the arrays' bytes are UTF-16LE only on a
// little-endian machine (else fromCharCode).
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of the first `length` codes. Without surrogates, by the UTF-16 decoder (several times
 * faster than fromCharCode, and exact: every code is a character of its own); with any (a lone one
 * would become U+FFFD there), by fromCharCode, in chunks small enough for its argument list.
 */
function fromCodes(codes: Uint16Array, length: number): string {
  let surrogates = !LITTLE_ENDIAN;
  for (let k = 0; k < length && !surrogates; k++) if ((codes[k]! & 0xf800) === 0xd800) surrogates = true;
  if (!surrogates) return UTF16.decode(codes.subarray(0, length));
  const parts: string[] = [];
  for (let k = 0; k < length; k += 8192)
    parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(length, k + 8192)) as unknown as number[]));
  return parts.join('');
}

export function normalise(decoded: string): NormalisedText {
  const lines = withoutPageFurniture(splitLines(decoded));
  // Char codes, one per character kept: a string per character was a tenth of normalising.
  const out: Out = {
    codes: new Uint16Array(decoded.length),
    map: new Int32Array(decoded.length + 1),
    length: 0,
  };
  let paragraph = '';
  lines.forEach((line, k) => {
    if (k > 0) {
      const joined = continuesOn(paragraph, line.content);
      if (!joined) {
        push(out, 10, lines[k - 1]!.end);
        paragraph = '';
      }
    }
    appendLine(decoded, line, out);
    paragraph += line.content;
  });
  out.map[out.length] = decoded.length;
  return { text: fromCodes(out.codes, out.length), map: out.map.subarray(0, out.length + 1) };
}

/** Decoded span of the normalised span [start, end). */
export function toDecodedSpan(n: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: n.map[start]!, end: n.map[start]! };
  return { start: n.map[start]!, end: n.map[end - 1]! + 1 };
}

/**
 * Normalised text [start, end) spelled with the decoded characters: page breaks stay joined and
 * stray spaces stay dropped, but full-width punctuation is shown as written (for display).
 */
export function asWritten(n: NormalisedText, decoded: string, start: number, end: number): string {
  let out = '';
  let i = start;
  while (i < end) {
    if (n.text.charCodeAt(i) === 10) {
      out += '\n';
      i++;
      continue;
    }
    // A run of characters that map to consecutive decoded ones is one slice, not one concat each.
    const from = n.map[i]!;
    let j = i + 1;
    while (j < end && n.text.charCodeAt(j) !== 10 && n.map[j] === from + (j - i)) j++;
    out += decoded.slice(from, from + (j - i));
    i = j;
  }
  return out;
}
