/**
 * Dictionary terms in running text (place names, theme terms, catalogue terms), by a trie walked
 * one character at a time: no string is cut per length and position. Its first level is an array
 * by char code, since most characters of a text start (or end) no term. One module for every
 * dictionary scan, so each finds its terms the same way.
 */

interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  value?: V;
}

/** Terms read left to right: what starts at a position. */
export interface PrefixTrie<V> {
  /** The longest term starting at `i`: its end and value, or null. */
  longestAt(text: string, i: number): { end: number; value: V } | null;
  /** Every term starting at `i`, shortest first. */
  eachAt(text: string, i: number, visit: (end: number, value: V) => void): void;
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

function build<V, E>(
  entries: Iterable<[string, E]>,
  add: Add<V, E>,
  reversed: boolean,
): Array<TrieNode<V> | undefined> {
  const root: TrieNode<V> = { next: new Map() };
  for (const [term, entry] of entries) {
    if (term.length === 0) continue;
    let node = root;
    for (let k = 0; k < term.length; k++) {
      const code = term.charCodeAt(reversed ? term.length - 1 - k : k);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.value = add(node.value, entry);
  }
  const first = new Array<TrieNode<V> | undefined>(0x10000).fill(undefined);
  for (const [code, node] of root.next) first[code] = node;
  return first;
}

export function prefixTrie<V, E = V>(entries: Iterable<[string, E]>, add: Add<V, E>): PrefixTrie<V> {
  const first = build(entries, add, false);
  const eachAt = (text: string, i: number, visit: (end: number, value: V) => void) => {
    let node = first[text.charCodeAt(i)];
    for (let j = i + 1; node; j++) {
      if (node.value !== undefined) visit(j, node.value);
      if (j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
  };
  const longestAt = (text: string, i: number) => {
    let node = first[text.charCodeAt(i)];
    let found: { end: number; value: V } | null = null;
    for (let j = i + 1; node; j++) {
      if (node.value !== undefined) found = { end: j, value: node.value };
      if (j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
    return found;
  };
  return { longestAt, eachAt };
}

export function suffixTrie<V, E = V>(entries: Iterable<[string, E]>, add: Add<V, E>): SuffixTrie<V> {
  const first = build(entries, add, true);
  const eachEndingAt = (text: string, end: number, visit: (start: number, value: V) => void) => {
    if (end <= 0) return;
    let node = first[text.charCodeAt(end - 1)];
    for (let j = end - 1; node; j--) {
      if (node.value !== undefined) visit(j, node.value);
      if (j <= 0) break;
      node = node.next.get(text.charCodeAt(j - 1));
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
