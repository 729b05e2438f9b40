/**
 * The characters a match of a regular expression can start with, read from its source: a scan
 * that tries the regex only where a match can start (a byte table by char code) finds what a
 * scan trying it at every position finds. Covers the syntax the pipeline's patterns use —
 * literals, classes with ranges, \d, \uXXXX, groups, alternation, quantifiers, lookarounds and
 * \b (zero-width) — and gives up (null) on anything else (., \s, \w, a negated class, flags i/u/m),
 * so a caller falls back to trying every position.
 */
interface Part {
  /** Char codes a match of this part can start with. */
  first: Set<number>;
  /** The part can match the empty string (then what follows it can start the match too). */
  nullable: boolean;
  /** It can start with a character of a class this reader does not list (., \s, \w, [^…]). */
  any?: boolean;
}

class Unsupported extends Error {}

export function firstChars(re: RegExp): Uint8Array | null {
  if (/[imsuv]/.test(re.flags)) return null;
  const src = re.source;
  let i = 0;
  const fail = (): never => {
    throw new Unsupported(`${src} at ${i}`);
  };

  function escaped(): number | 'digit' | 'boundary' | 'any' {
    const c = src[i + 1];
    if (c === undefined) return fail();
    i += 2;
    if (c === 'd') return 'digit';
    if (c === 'b' || c === 'B') return 'boundary';
    if (c === 's' || c === 'S' || c === 'w' || c === 'W' || c === 'D') return 'any';
    if (c === 'u') {
      const hex = src.slice(i, i + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail();
      i += 4;
      return Number.parseInt(hex, 16);
    }
    // An escaped punctuation mark is itself (\. \- \( …); a letter or digit escape is a class or
    // a back-reference this reader does not know.
    if (/[A-Za-z0-9]/.test(c)) return fail();
    return c.charCodeAt(0);
  }

  function charClass(): Set<number> | 'any' {
    i++; // [
    const negated = src[i] === '^';
    if (negated) i++;
    const out = new Set<number>();
    let any = negated;
    const single = (): number | 'digit' | 'any' => {
      if (src[i] === '\\') {
        const e = escaped();
        if (e === 'boundary') return fail();
        return e;
      }
      return src.charCodeAt(i++);
    };
    while (i < src.length && src[i] !== ']') {
      const a = single();
      if (a === 'any') {
        any = true;
        continue;
      }
      if (a === 'digit') {
        for (let d = 48; d <= 57; d++) out.add(d);
        continue;
      }
      if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        i++;
        const b = single();
        if (b === 'digit' || b === 'any' || b < a) return fail();
        for (let c = a; c <= b; c++) out.add(c);
      } else out.add(a);
    }
    if (src[i] !== ']') fail();
    i++;
    return any ? 'any' : out;
  }

  function atom(): Part {
    const c = src[i]!;
    if (c === '(') {
      let zeroWidth = false;
      if (src.startsWith('(?:', i)) i += 3;
      else if (src.startsWith('(?=', i) || src.startsWith('(?!', i)) {
        i += 3;
        zeroWidth = true;
      } else if (src.startsWith('(?<=', i) || src.startsWith('(?<!', i)) {
        i += 4;
        zeroWidth = true;
      } else if (src[i + 1] === '?') fail();
      else i += 1;
      const inner = alternation();
      if (src[i] !== ')') fail();
      i++;
      // A lookaround consumes nothing: the match starts with what follows it.
      return zeroWidth ? { first: new Set(), nullable: true } : inner;
    }
    if (c === '[') {
      const set = charClass();
      return set === 'any' ? { first: new Set(), nullable: false, any: true } : { first: set, nullable: false };
    }
    if (c === '\\') {
      const e = escaped();
      if (e === 'boundary') return { first: new Set(), nullable: true };
      if (e === 'any') return { first: new Set(), nullable: false, any: true };
      if (e === 'digit') return { first: new Set([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]), nullable: false };
      return { first: new Set([e]), nullable: false };
    }
    if (c === '^' || c === '$') {
      i++;
      return { first: new Set(), nullable: true };
    }
    if (c === '.') {
      i++;
      return { first: new Set(), nullable: false, any: true };
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') fail();
    i++;
    return { first: new Set([c.charCodeAt(0)]), nullable: false };
  }

  function quantified(): Part {
    const part = atom();
    const q = src[i];
    let nullable = part.nullable;
    if (q === '?' || q === '*') {
      i++;
      nullable = true;
    } else if (q === '+') i++;
    else if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i));
      if (!m) return fail();
      i += m[0].length;
      if (Number(m[1]) === 0) nullable = true;
    } else return part;
    if (src[i] === '?') i++; // lazy
    return { first: part.first, nullable, any: part.any };
  }

  function sequence(): Part {
    const first = new Set<number>();
    let nullable = true;
    let any = false;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const part = quantified();
      if (nullable) {
        for (const c of part.first) first.add(c);
        any ||= part.any === true;
      }
      nullable &&= part.nullable;
    }
    return { first, nullable, any };
  }

  function alternation(): Part {
    const first = new Set<number>();
    let nullable = false;
    let any = false;
    for (;;) {
      const part = sequence();
      for (const c of part.first) first.add(c);
      nullable ||= part.nullable;
      any ||= part.any === true;
      if (src[i] !== '|') return { first, nullable, any };
      i++;
    }
  }

  try {
    const all = alternation();
    if (i !== src.length || all.nullable || all.any) return null;
    const table = new Uint8Array(0x10000);
    for (const c of all.first) table[c] = 1;
    return table;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
