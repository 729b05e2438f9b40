import { describe, expect, it } from 'vitest';
import { firstChars } from '../src/first-chars';
import { findPeriods, PERIOD_STARTS } from '../src/periods';

const chars = (table: Uint8Array | null) =>
  table === null ? null : [...table].flatMap((v, code) => (v ? [String.fromCharCode(code)] : [])).join('');

/** Every leftmost match, trying the regex only where the table says a match can start. */
function filteredScan(re: RegExp, table: Uint8Array, text: string): Array<[number, string]> {
  const at = new RegExp(re.source, 'y');
  const out: Array<[number, string]> = [];
  for (let i = 0; i < text.length; i++) {
    if (!table[text.charCodeAt(i)]) continue;
    at.lastIndex = i;
    const m = at.exec(text);
    if (m) {
      out.push([i, m[0]]);
      i += m[0].length - 1;
    }
  }
  return out;
}

describe('firstChars', () => {
  it('lists what each alternative can start with, past optional and zero-width parts', () => {
    expect(chars(firstChars(/ab|c?d/))).toBe('acd');
    expect(chars(firstChars(/(?<!有效期)(?:力争|争取)?(?:到|至)\d{4}年/))).toBe('争到力至');
    expect(chars(firstChars(/\b(?:\d{4}\s*)?(Q1|H1)\b/))).toBe('0123456789HQ');
    expect(chars(firstChars(/[\u4e00-\u4e02x]y|\.z/))).toBe('.x一丁丂');
    expect(chars(firstChars(/(?:a{0,2}|[-—])b/))).toBe('-ab—');
    expect(chars(firstChars(/x[^a]\s./))).toBe('x');
  });

  it('gives up where a match could start anywhere or be empty', () => {
    for (const re of [/a*/, /./, /\s+x/, /[^a]b/, /(?:a|\w)/, /x?\Sb/, /a|/, /abc/i, /(?<name>a)/, /(a)\1/])
      expect(firstChars(re), String(re)).toBeNull();
  });

  it('finds what a scan at every position finds', () => {
    const patterns = [
      /截至(\d{4}|今)?年?(\d{1,2})月/g,
      /(?<![较比])(\d{4}|今|去)年(?![以底])/g,
      /近[一二三]年|多年来|[“"]?十四五/g,
    ];
    const alphabet = '截至今去年月较比以底近一二三多来十四五“"2024 1 0,。';
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (const re of patterns) {
      const table = firstChars(re);
      expect(table).not.toBeNull();
      for (let n = 0; n < 300; n++) {
        const text = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
        const all = [...text.matchAll(re)].map((m): [number, string] => [m.index, m[0]]);
        expect(filteredScan(re, table!, text)).toEqual(all);
      }
    }
  });

  it('reads the period patterns: the scan is filtered, by the characters periods start with', () => {
    expect(PERIOD_STARTS).not.toBeNull();
    const starts = chars(PERIOD_STARTS);
    for (const c of '截今去年到至力争预上下第前明当自从过未近多目现共拥全每QH0123456789“一两十')
      expect(starts).toContain(c);
    // Only in lookbehinds: a period never starts with them.
    for (const c of '较比同有效') expect(starts).not.toContain(c);
    const text = '较上年增长，截至2024年底，全市拥有高企 120 家；1-5月新增 30 家，近三年来累计 90 家，2023年为 80 家。';
    expect(findPeriods(text, 0, text.length, { year: 2024, date: '2024-06-30' }).map((p) => p.period.text)).toEqual([
      '截至2024年底',
      '拥有',
      '1-5月',
      '近三年来',
      '2023年',
    ]);
  });
});
