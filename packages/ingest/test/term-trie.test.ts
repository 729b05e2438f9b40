import { describe, expect, it } from 'vitest';
import { collect, prefixTrie, suffixTrie } from '../src/term-trie';

const entries: Array<[string, string]> = [
  ['南京', 'a'],
  ['南京市', 'b'],
  ['江北', 'c'],
  ['江北', 'd'],
  ['', 'empty'],
];

describe('term trie', () => {
  it('finds the longest term starting at a position, or none', () => {
    const trie = prefixTrie(entries, collect<string>);
    expect(trie.longestAt('在南京市江北', 1)).toEqual({ end: 4, value: ['b'] });
    expect(trie.longestAt('在南京', 1)).toEqual({ end: 3, value: ['a'] });
    expect(trie.longestAt('在南京市江北', 0)).toBeNull();
  });

  it('lists every term starting at a position, shortest first, a term spelled twice keeping both values', () => {
    const trie = prefixTrie(entries, collect<string>);
    const seen: Array<[number, string[]]> = [];
    trie.eachAt('南京市', 0, (end, value) => seen.push([end, value]));
    expect(seen).toEqual([
      [2, ['a']],
      [3, ['b']],
    ]);
    const both: string[][] = [];
    trie.eachAt('江北区', 0, (_, value) => both.push(value));
    expect(both).toEqual([['c', 'd']]);
  });

  it('lists every term ending at a position, read right to left', () => {
    const trie = suffixTrie(entries, collect<string>);
    const seen: Array<[number, string[]]> = [];
    trie.eachEndingAt('南京市江北', 3, (start, value) => seen.push([start, value]));
    expect(seen).toEqual([[0, ['b']]]);
    trie.eachEndingAt('南京市江北', 0, () => seen.push([-1, []]));
    trie.eachEndingAt('京', 1, () => seen.push([-1, []]));
    expect(seen).toHaveLength(1);
  });
});
