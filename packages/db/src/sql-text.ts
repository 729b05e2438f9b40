/**
 * A text as SQL's string functions count it — in characters (code points), not JavaScript's UTF-16
 * units — for the writers that cut a stored text in JavaScript instead of asking SQL to (SQL's
 * `substr`/`instr` on a long TEXT decode it from its first character at every call):
 *
 *   sqlText(raw).substr(y, z)   ≡ SQLite's substr(raw, y, z) (PostgreSQL's substr agrees wherever it
 *                                  does not throw: y ≥ 1 and z ≥ 0);
 *   sqlText(raw).instr(y, z, s) ≡ instr(substr(raw, y, z), s) (PostgreSQL's strpos).
 *
 * A text without characters outside the Basic Multilingual Plane (nearly every Chinese text) is
 * cut by JavaScript's own indices; one with them is split into code points once.
 */
export interface SqlText {
  substr(y: number, z: number): string;
  instr(y: number, z: number, needle: string): number;
}

const ASTRAL = /[\uD800-\uDFFF]/;

/** SQLite's substr(X, Y, Z) on a text of `length` characters: the [from, to) range it returns (func.c). */
export function substrRange(length: number, y: number, z: number): [number, number] {
  let p1 = y;
  let p2 = Math.abs(z);
  if (p1 < 0) {
    p1 += length;
    if (p1 < 0) {
      p2 += p1;
      if (p2 < 0) p2 = 0;
      p1 = 0;
    }
  } else if (p1 > 0) p1--;
  else if (p2 > 0) p2--;
  if (z < 0) {
    p1 -= p2;
    if (p1 < 0) {
      p2 += p1;
      p1 = 0;
    }
  }
  const from = Math.min(p1, length);
  return [from, Math.min(from + p2, length)];
}

export function sqlText(text: string): SqlText {
  if (!ASTRAL.test(text)) {
    const substr = (y: number, z: number) => {
      const [from, to] = substrRange(text.length, y, z);
      return text.slice(from, to);
    };
    return {
      substr,
      instr: (y, z, needle) => {
        const [from, to] = substrRange(text.length, y, z);
        const at = text.indexOf(needle, from);
        return at < 0 || at + needle.length > to ? 0 : at - from + 1;
      },
    };
  }
  const chars = Array.from(text);
  const substr = (y: number, z: number) => {
    const [from, to] = substrRange(chars.length, y, z);
    return chars.slice(from, to).join('');
  };
  return {
    substr,
    instr: (y, z, needle) => {
      const at = substr(y, z).indexOf(needle);
      return at < 0 ? 0 : Array.from(substr(y, z).slice(0, at)).length + 1;
    },
  };
}
