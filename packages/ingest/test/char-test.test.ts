import { describe, expect, it } from 'vitest';
import { backTo, charTest, forwardTo } from '../src/char-test';

describe('charTest', () => {
  it('answers as the regex does for every char code', () => {
    const re = /[，,；;\s\d]/;
    const test = charTest(re);
    for (let code = 0; code < 0x10000; code += 7) expect(test(code)).toBe(re.test(String.fromCharCode(code)));
    expect(test('，'.charCodeAt(0))).toBe(true);
    expect(test('企'.charCodeAt(0))).toBe(false);
  });

  it('takes a predicate, and refuses a regex that keeps state between calls', () => {
    expect(charTest((c) => '一二三'.includes(c))('二'.charCodeAt(0))).toBe(true);
    expect(() => charTest(/[，]/g)).toThrow(/stateless/);
  });

  it('walks to the nearest stop, not past the bounds', () => {
    const stop = charTest(/[，；]/);
    const text = '今年以来，全市新增高企 120 家；同比增长';
    expect(text.slice(backTo(text, 13, 0, stop), 13)).toBe('全市新增高企 1');
    expect(backTo(text, 3, 1, stop)).toBe(1);
    expect(text.slice(5, forwardTo(text, 5, text.length, stop))).toBe('全市新增高企 120 家');
    expect(forwardTo(text, 5, 8, stop)).toBe(8);
  });
});
