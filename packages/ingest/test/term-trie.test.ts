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

  it('finds in one walk every occurrence that a walk from every position finds', () => {
    // Terms that overlap, nest and share suffixes, so the walk must fall back along suffix links.
    const terms = [
      '科技',
      '科技金融',
      '技术',
      '技术转移',
      '金融',
      '融资',
      '资金',
      '科创',
      '创新',
      '新',
      '创新创业',
      '业务',
      '务实',
    ];
    const trie = prefixTrie(
      terms.map((t): [string, string] => [t, t]),
      (known: string | undefined, t: string) => known ?? t,
    );
    const alphabet = [...new Set(terms.join(''))].concat(['，', 'a']);
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 300; round++) {
      const text = Array.from(
        { length: Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const walked: string[] = [];
      for (let i = 0; i < text.length; i++) trie.eachAt(text, i, (end, t) => walked.push(`${end - t.length}:${t}`));
      const found: string[] = [];
      trie.eachIn(text, (end, t) => found.push(`${end - t.length}:${t}`));
      expect(found.sort()).toEqual(walked.sort());
    }
    const order: string[] = [];
    trie.eachIn('科技金融资金', (end, t) => order.push(`${end}:${t}`));
    expect(order).toEqual(['2:科技', '4:科技金融', '4:金融', '5:融资', '6:资金']);
  });
});
