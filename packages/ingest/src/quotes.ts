/**
 * Quoted and bracketed stretches of a text. Figures inside a short quoted name (“四个聚焦”,
 * ‘年产 15 万套…项目’) or a document title (《…》) are part of a name, not figures; a long
 * quotation of speech (with commas and full stops) is ordinary text.
 */
export interface QuoteRange {
  start: number;
  end: number;
  open: string;
  /** A title or a short name rather than quoted speech. */
  isName: boolean;
}

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』', '〈': '〉' };
// Looked up by char code (not a Map): this loop sees every character of every input. One byte
// array says whether a code is a mark at all (most are not), the string arrays which mark it is.
const NONE = 0;
const OPENS = 1;
const CLOSES = 2;
const NEWLINE = 3;
const MARK_KIND = new Uint8Array(0x10000);
const OPENER_BY_CODE = new Array<string | undefined>(0x10000).fill(undefined);
const CLOSER_BY_CODE = new Array<string | undefined>(0x10000).fill(undefined);
for (const [open, close] of Object.entries(PAIRS)) {
  OPENER_BY_CODE[open.charCodeAt(0)] = open;
  CLOSER_BY_CODE[close.charCodeAt(0)] = close;
  MARK_KIND[open.charCodeAt(0)] = OPENS;
  MARK_KIND[close.charCodeAt(0)] = CLOSES;
}
MARK_KIND[10] = NEWLINE;
/**
 * The highest code that is a mark (』, U+300F): every CJK ideograph is above it, so most characters
 * are passed by one comparison without reading the 64 KB table (which falls out of the cache
 * between calls).
 */
const MARK_MAX = MARK_KIND.findLastIndex((kind) => kind !== NONE);
const NAME_MAX = 40;

function findOpen(stack: Array<{ open: string }>, closer: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (PAIRS[stack[k]!.open] === closer) return k;
  return -1;
}

export function quoteRanges(text: string): QuoteRange[] {
  const out: QuoteRange[] = [];
  const stack: Array<{ open: string; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > MARK_MAX) continue;
    const kind = MARK_KIND[code]!;
    if (kind === NONE) continue;
    if (kind === NEWLINE) {
      stack.length = 0;
      continue;
    }
    if (kind === OPENS) {
      stack.push({ open: OPENER_BY_CODE[code]!, at: i });
      continue;
    }
    const closer = CLOSER_BY_CODE[code];
    if (closer) {
      const k = findOpen(stack, closer);
      if (k < 0) continue;
      const top = stack[k]!;
      stack.length = k;
      const inner = text.slice(top.at + 1, i);
      const isName =
        top.open === '《' || top.open === '〈' || (inner.length <= NAME_MAX && !/[，,。；;！？!?]/.test(inner));
      out.push({ start: top.at, end: i + 1, open: top.open, isName });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const masks = new WeakMap<readonly QuoteRange[], Uint8Array>();
/**
 * The last ranges asked about and their mask: an extraction asks about its one list for every
 * number and period, so the WeakMap (a hash lookup per question) is read only when the list changes.
 */
let lastRanges: readonly QuoteRange[] | null = null;
let lastMask: Uint8Array | null = null;

/** One byte per character, 1 inside a name: lookups stay O(1) however many quotes a text has. */
function maskOf(ranges: readonly QuoteRange[]): Uint8Array {
  if (ranges === lastRanges && lastMask !== null) return lastMask;
  let mask = masks.get(ranges);
  if (!mask) {
    mask = new Uint8Array(ranges.reduce((n, r) => Math.max(n, r.end), 0));
    for (const r of ranges) if (r.isName) mask.fill(1, r.start + 1, r.end - 1);
    masks.set(ranges, mask);
  }
  lastRanges = ranges;
  lastMask = mask;
  return mask;
}

/** Is position i inside a quoted name or a document title? */
export function insideName(ranges: readonly QuoteRange[], i: number): boolean {
  return maskOf(ranges)[i] === 1;
}

/** The quote range that ends exactly at i (the closing mark is at i - 1), if any. */
export function quoteEndingAt(ranges: readonly QuoteRange[], i: number): QuoteRange | undefined {
  return ranges.find((r) => r.end === i);
}
