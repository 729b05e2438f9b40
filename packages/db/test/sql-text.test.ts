/**
 * sqlText cuts a text as SQLite's substr and instr do (characters, not UTF-16 units; SQLite's rules
 * for a start at or below 0 and a negative length): the writers compute lead_end and the words
 * around a figure with it, where the triggers and queries asked SQL before.
 */
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { sqlText, substrRange } from '../src/sql-text';

const sqlite = new Database(':memory:');
const SUBSTR = sqlite.prepare('SELECT substr(?, ?, ?) AS s, instr(substr(?, ?, ?), ?) AS i');

const TEXTS = [
  '',
  '一是设立专项资金。二是加强服务。',
  '对合作银行发放的贷款给予补偿，按实际损失的一定比例',
  'ab。c𠀀d。e𠮷f。', // characters outside the BMP: two UTF-16 units, one character
  '𠀀。',
  'plain ascii. with no stop',
];

it('cuts as SQLite does, for every start and length around the text', () => {
  let checked = 0;
  for (const text of TEXTS) {
    const cut = sqlText(text);
    const n = Array.from(text).length;
    for (let y = -n - 3; y <= n + 3; y++)
      for (let z = -n - 3; z <= n + 3; z++) {
        const want = SUBSTR.get(text, y, z, text, y, z, '。') as { s: string; i: number };
        expect([cut.substr(y, z), cut.instr(y, z, '。')], `${text} ${y} ${z}`).toEqual([want.s, want.i]);
        checked++;
      }
  }
  expect(checked).toBeGreaterThan(1000);
});

it('gives SQLite func.c ranges for the plain cases', () => {
  expect(substrRange(10, 1, 3)).toEqual([0, 3]);
  expect(substrRange(10, 0, 3)).toEqual([0, 2]);
  expect(substrRange(10, -2, 5)).toEqual([8, 10]);
  expect(substrRange(10, 5, -2)).toEqual([2, 4]);
});
