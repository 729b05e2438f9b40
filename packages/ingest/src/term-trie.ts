/**
 * Dictionary terms in running text (place names, theme terms, catalogue terms), by a trie walked
 * one character at a time: no string is cut per length and position. One module for every
 * dictionary scan, so each finds its terms the same way.
 *
 * The trie is packed into typed arrays: nodes are numbers, the first level is an array by char
 * code (most characters of a text start, or end, no term) and every deeper edge sits in one
 * open-addressing hash table keyed by (node, char code). A step is a multiply and an array read or
 * two, where a Map per node cost a hash lookup on an object (the walk was most of theme scoring).
 */

/** Terms read left to right: what starts at a position. */
export interface PrefixTrie<V> {
  /** The longest term starting at `i`: its end and value, or null. */
  longestAt(text: string, i: number): { end: number; value: V } | null;
  /** Every term starting at `i`, shortest first. */
  eachAt(text: string, i: number, visit: (end: number, value: V) => void): void;
  /**
   * Every occurrence of every term in `text`, by an Aho–Corasick walk: one step per character (a
   * failed edge falls back along suffix links), each term ending at a character reported longest
   * first, characters left to right. The same occurrences as `eachAt` from every position.
   */
  eachIn(text: string, visit: (end: number, value: V) => void): void;
  /** Whether `text` from `i` to its end spells a term or the start of one: the trie's walk from `i` is still on it at the end. */
  reachesEnd(text: string, i: number): boolean;
}

/** Terms read right to left: what ends at a position. */
export interface SuffixTrie<V> {
  /** Every term ending at `end`, shortest first. */
  eachEndingAt(text: string, end: number, visit: (start: number, value: V) => void): void;
}

/**
 * A term's value is `add(previous, …)` over the entries that spell it, in entry order (a name
 * shared by several places keeps all of them).
 */
type Add<V, E> = (previous: V | undefined, entry: E) => V;

interface Packed<V> {
  /** Node starting with a char code, or -1. */
  first: Int32Array;
  /**
   * Bit sets by char code (8 KB each, where `first` is 256 KB): the codes that start a term, and
   * the codes in any term. Most characters of a text are in neither; testing a bit that stays in
   * the cache first spares `first` a read that misses it between two calls.
   */
  starts: Uint32Array;
  inAny: Uint32Array;
  /** Node reached from `node` by `code`, or -1. */
  child(node: number, code: number): number;
  values: Array<V | undefined>;
  /** Each node's children, as the (node × 0x10000 + code → child) edges the trie was built from. */
  edges: Map<number, number>;
}

const slot = (node: number, code: number, bits: number) => Math.imul(node * 0x10001 + code, 0x9e3779b1) >>> (32 - bits);

/** Whether `code`'s bit is set in a bit set of `has`. */
const has = (bits: Uint32Array, code: number) => (bits[code >>> 5]! & (1 << (code & 31))) !== 0;

function pack<V>(edges: Map<number, number>, values: Array<V | undefined>): Packed<V> {
  const first = new Int32Array(0x10000).fill(-1);
  const starts = new Uint32Array(0x800);
  const inAny = new Uint32Array(0x800);
  let deeper = 0;
  for (const [key, to] of edges) {
    const code = key % 0x10000;
    inAny[code >>> 5]! |= 1 << (code & 31);
    if (key < 0x10000) {
      first[key] = to;
      starts[code >>> 5]! |= 1 << (code & 31);
    } else deeper++;
  }
  // At most half full, so a probe ends after a step or two.
  const bits = Math.max(4, Math.ceil(Math.log2(deeper * 2 + 1)));
  const mask = (1 << bits) - 1;
  const parents = new Int32Array(1 << bits).fill(-1);
  const codes = new Uint16Array(1 << bits);
  const kids = new Int32Array(1 << bits);
  for (const [key, to] of edges) {
    if (key < 0x10000) continue;
    const node = Math.floor(key / 0x10000);
    const code = key % 0x10000;
    let h = slot(node, code, bits);
    while (parents[h] !== -1) h = (h + 1) & mask;
    parents[h] = node;
    codes[h] = code;
    kids[h] = to;
  }
  const child = (node: number, code: number) => {
    for (let h = slot(node, code, bits); ; h = (h + 1) & mask) {
      const parent = parents[h]!;
      if (parent === -1) return -1;
      if (parent === node && codes[h] === code) return kids[h]!;
    }
  };
  return { first, starts, inAny, child, values, edges };
}

function build<V, E>(entries: Iterable<[string, E]>, add: Add<V, E>, reversed: boolean): Packed<V> {
  // Node 0 is the root; an edge's key is node × 0x10000 + char code (exact in a double).
  const edges = new Map<number, number>();
  const values: Array<V | undefined> = [undefined];
  for (const [term, entry] of entries) {
    let node = 0;
    for (let k = 0; k < term.length; k++) {
      const key = node * 0x10000 + term.charCodeAt(reversed ? term.length - 1 - k : k);
      let next = edges.get(key);
      if (next === undefined) {
        next = values.length;
        values.push(undefined);
        edges.set(key, next);
      }
      node = next;
    }
    if (node !== 0) values[node] = add(values[node], entry);
  }
  return pack(edges, values);
}

/**
 * The Aho–Corasick automaton of a trie: `fail[n]` is the node of the longest proper suffix of n's
 * string that is in the trie (0, the root, when none), `output[n]` the nearest node along the fail
 * links that ends a term (0 when none). Built breadth first, so a node's fail target is done first.
 */
function automaton<V>({ first, inAny, child, values, edges }: Packed<V>) {
  const fail = new Int32Array(values.length);
  const output = new Int32Array(values.length);
  /** The node after reading `code` at `node`, falling back along the fail links; 0 when none. */
  const step = (node: number, code: number): number => {
    // A character in no term ends every match: back to the root (the fall back would get there).
    if (!has(inAny, code)) return 0;
    for (let at = node; ; at = fail[at]!) {
      if (at === 0) return Math.max(first[code]!, 0);
      const next = child(at, code);
      if (next !== -1) return next;
    }
  };
  const children: number[][] = values.map(() => []);
  for (const [key, to] of edges) children[Math.floor(key / 0x10000)]!.push(key % 0x10000, to);
  const queue: number[] = [];
  for (let k = 1; k < children[0]!.length; k += 2) queue.push(children[0]![k]!);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const kids = children[node]!;
    for (let k = 0; k < kids.length; k += 2) {
      const kid = kids[k + 1]!;
      const target = step(fail[node]!, kids[k]!);
      fail[kid] = target;
      output[kid] = values[target] !== undefined ? target : output[target]!;
      queue.push(kid);
    }
  }
  return { step, output };
}

export function prefixTrie<V, E = V>(entries: Iterable<[string, E]>, add: Add<V, E>): PrefixTrie<V> {
  const packed = build(entries, add, false);
  const { first, starts, child, values } = packed;
  let links: ReturnType<typeof automaton> | null = null;
  const eachIn = (text: string, visit: (end: number, value: V) => void) => {
    links ??= automaton(packed);
    const { step, output } = links;
    for (let j = 0, node = 0; j < text.length; j++) {
      node = step(node, text.charCodeAt(j));
      for (let n = values[node] !== undefined ? node : output[node]!; n !== 0; n = output[n]!) visit(j + 1, values[n]!);
    }
  };
  const eachAt = (text: string, i: number, visit: (end: number, value: V) => void) => {
    const code = text.charCodeAt(i);
    let node = code >= 0 && has(starts, code) ? first[code]! : -1;
    for (let j = i + 1; node !== -1; j++) {
      const value = values[node];
      if (value !== undefined) visit(j, value);
      if (j >= text.length) break;
      node = child(node, text.charCodeAt(j));
    }
  };
  const longestAt = (text: string, i: number) => {
    const code = text.charCodeAt(i);
    let node = code >= 0 && has(starts, code) ? first[code]! : -1;
    let found: { end: number; value: V } | null = null;
    for (let j = i + 1; node !== -1; j++) {
      const value = values[node];
      if (value !== undefined) found = { end: j, value };
      if (j >= text.length) break;
      node = child(node, text.charCodeAt(j));
    }
    return found;
  };
  const reachesEnd = (text: string, i: number) => {
    const code = text.charCodeAt(i);
    let node = code >= 0 && has(starts, code) ? first[code]! : -1;
    for (let j = i + 1; node !== -1; j++) {
      if (j >= text.length) return true;
      node = child(node, text.charCodeAt(j));
    }
    return false;
  };
  return { longestAt, eachAt, eachIn, reachesEnd };
}

export function suffixTrie<V, E = V>(entries: Iterable<[string, E]>, add: Add<V, E>): SuffixTrie<V> {
  const { first, starts, child, values } = build(entries, add, true);
  const eachEndingAt = (text: string, end: number, visit: (start: number, value: V) => void) => {
    if (end <= 0) return;
    const code = text.charCodeAt(end - 1);
    let node = code >= 0 && has(starts, code) ? first[code]! : -1;
    for (let j = end - 1; node !== -1; j--) {
      const value = values[node];
      if (value !== undefined) visit(j, value);
      if (j <= 0) break;
      node = child(node, text.charCodeAt(j - 1));
    }
  };
  return { eachEndingAt };
}

/** The `add` of a term spelled by several entries that all count: keep them all, in order. */
export const collect = <E>(previous: E[] | undefined, entry: E): E[] => {
  if (!previous) return [entry];
  previous.push(entry);
  return previous;
};
