/**
 * Chinese numerals → numbers: 两, 十二, 一百零五, 三千五百, 1.5万 (mixed), 三分之一, 百分之三十, 一半.
 * Returns null for anything that is not a well-formed numeral, so callers can skip it.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** The big units, largest first: worked out once, not per numeral. */
const BIG_UNITS_DESCENDING = Object.entries(BIG_UNITS).reverse();

/**
 * The same two tables by char code (-1 / 0 for any other character): a numeral is read code by code,
 * where `c in DIGITS` made a string of each character and hashed it (numberAt reads every 一 of a text).
 */
const DIGIT_OF = new Int8Array(0x10000).fill(-1);
for (const [c, d] of Object.entries(DIGITS)) DIGIT_OF[c.charCodeAt(0)] = d;
const SMALL_UNIT_OF = new Int16Array(0x10000);
for (const [c, u] of Object.entries(SMALL_UNITS)) SMALL_UNIT_OF[c.charCodeAt(0)] = u;

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Every character a digit (the numeral characters are all in the BMP: one code unit each). */
function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (DIGIT_OF[s.charCodeAt(k)]! < 0) return false;
  return true;
}

/** Integer below 10^4 written with 十/百/千 (or digit by digit: 二〇二三). */
function parseSection(s: string): number | null {
  if (s.length === 0) return 0;
  if (s.length > 1 && allDigits(s)) {
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let digit: number | null = null;
  // By code unit: a character outside the BMP (two units) is neither table's, as it was neither key.
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    const d = DIGIT_OF[code]!;
    const unit = SMALL_UNIT_OF[code]!;
    if (d >= 0) {
      if (digit !== null && digit !== 0 && d !== 0) return null;
      digit = d;
    } else if (unit !== 0) {
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

export function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0;
  let rest = s;
  for (const [unit, factor] of BIG_UNITS_DESCENDING) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    const head = parseSection(rest.slice(0, at));
    if (head === null) return null;
    total += (at === 0 ? 1 : head) * factor;
    rest = rest.slice(at + 1);
  }
  const tail = parseSection(rest);
  return tail === null ? null : total + tail;
}

/** 三分之一 → 1/3, 百分之三十 → 30 (the caller knows it is a percentage), 一半 → 0.5. */
export function parseChineseFraction(s: string): { value: number; percent: boolean } | null {
  if (s === '一半') return { value: 0.5, percent: false };
  const m = /^(.+?)分之(.+)$/.exec(s);
  if (!m) return null;
  const percent = m[1] === '百';
  const den = percent ? 100 : parseChineseInteger(m[1]!);
  const num = parseChineseInteger(m[2]!);
  if (den === null || num === null || den === 0) return null;
  return percent ? { value: num, percent: true } : { value: num / den, percent: false };
}
