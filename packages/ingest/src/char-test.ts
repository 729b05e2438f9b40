/**
 * A test of one character (a regex class such as /[，,；;]/ or /\s/, or a predicate) as a test on
 * a char code. The figure finder reads every character and the clause helpers walk back and forth
 * one at a time; `re.test(text[i])` made a string per step (every CJK character is a new one) and
 * ran the regex on it. The answer for each code is the test's own, worked out the first time that
 * code is seen, so the two cannot disagree.
 */
export type CharTest = (code: number) => boolean;

export function charTest(re: RegExp | ((char: string) => boolean)): CharTest {
  if (re instanceof RegExp && (re.global || re.sticky)) throw new Error(`charTest needs a stateless regex: ${re}`);
  const test = re instanceof RegExp ? (c: string) => re.test(c) : re;
  // Two bit sets by code (8 KB each, where a byte per code took 64 KB per test and a text's
  // characters, spread over the CJK block, touched a cache line per character in each of them):
  // the codes seen so far, and of those the ones that pass.
  const seen = new Uint32Array(0x800);
  const yes = new Uint32Array(0x800);
  return (code) => {
    if (!(code >= 0 && code < 0x10000)) return false;
    const word = code >>> 5;
    const bit = 1 << (code & 31);
    if ((seen[word]! & bit) === 0) {
      seen[word]! |= bit;
      if (test(String.fromCharCode(code))) yes[word]! |= bit;
    }
    return (yes[word]! & bit) !== 0;
  };
}

/** Where the run ending at `from` starts: walking left until a character passes `stop`, not past `floor`. */
export function backTo(text: string, from: number, floor: number, stop: CharTest): number {
  let i = from;
  while (i > floor && !stop(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the run starting at `from` ends: walking right until a character passes `stop`, not past `ceiling`. */
export function forwardTo(text: string, from: number, ceiling: number, stop: CharTest): number {
  let i = from;
  while (i < ceiling && !stop(text.charCodeAt(i))) i++;
  return i;
}
