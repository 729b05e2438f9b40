/**
 * Exact decimal arithmetic for unit normalisation and derived values. 4107.1 亿元 is 410710000000
 * 元, not 4107.1 × 1e8 = 410710000000.00006: a value as written is a decimal string, and scaling
 * it by a power of ten only moves its decimal point. Derived values (differences, ratios, growth
 * rates) are rounded to 12 significant digits, well beyond what any source states.
 */

/** The shortest decimal that round-trips, split into digits and a power of ten: 4107.1 → 41071 × 10^-1. */
function decompose(value: number): { negative: boolean; digits: string; exponent: number } {
  // Read by index, not by split and a regex: this runs for every figure with a unit like 万 or 亿.
  // Number#toString writes the exponent's `e` in lower case.
  const text = Math.abs(value).toString();
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const fraction = dot < 0 ? 0 : mantissa.length - dot - 1;
  const all = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // Leading zeros dropped, the last digit kept (0.07 → 7, 0 → 0).
  let zeros = 0;
  while (zeros < all.length - 1 && all.charCodeAt(zeros) === 48) zeros++;
  return {
    negative: value < 0,
    digits: zeros ? all.slice(zeros) : all,
    exponent: (e < 0 ? 0 : Number(text.slice(e + 1))) - fraction,
  };
}

function compose(negative: boolean, digits: string, exponent: number): number {
  const text = exponent >= 0 ? digits + '0'.repeat(exponent) : shiftLeft(digits, -exponent);
  return Number(negative ? `-${text}` : text);
}

function shiftLeft(digits: string, places: number): string {
  const padded = digits.padStart(places + 1, '0');
  return `${padded.slice(0, padded.length - places)}.${padded.slice(padded.length - places)}`;
}

/** log10 of an exact power of ten (1e8 → 8, 0.01 → -2), else null. */
function powerOfTen(factor: number): number | null {
  if (factor <= 0) return null;
  const k = Math.round(Math.log10(factor));
  return Number(`1e${k}`) === factor ? k : null;
}

/**
 * value × factor, exact when factor is a power of ten (every unit multiplier: 万, 亿, 百分之, 千)
 * or an integer and the product is a safe integer; otherwise rounded like a derived value.
 */
export function scaleExact(value: number, factor: number): number {
  if (!Number.isFinite(value)) return value;
  // Most units scale by 1 (家, 个, %): the shortest decimal shifted by nothing is the value itself
  // (-0 written out and read back is 0). Decomposing it was a string split per figure.
  if (factor === 1) return value === 0 ? 0 : value;
  const k = powerOfTen(factor);
  if (k !== null) {
    const { negative, digits, exponent } = decompose(value);
    return compose(negative, digits, exponent + k);
  }
  return roundDerived(value * factor);
}

/** A computed value (difference, ratio, per capita, growth) rounded to 12 significant digits. */
export function roundDerived(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(12));
}
