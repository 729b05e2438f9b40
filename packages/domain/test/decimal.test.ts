import { describe, expect, it } from 'vitest';
import { roundDerived, scaleExact } from '../src/decimal';

describe('scaleExact', () => {
  it.each([
    [4107.1, 1e8, 410710000000],
    [3459, 1e8, 345900000000],
    [360.41, 1e4, 3604100],
    [220.6, 1e8, 22060000000],
    [0.07, 1e4, 700],
    [1.86, 1e4, 18600],
    [-5.5, 1e4, -55000],
    [3, 10, 30],
    [12, 1, 12],
    [1.5e-7, 1e8, 15],
    [2.5, 0.01, 0.025],
  ])('%s × %s = %s exactly', (value, factor, expected) => {
    expect(scaleExact(value, factor)).toBe(expected);
  });

  it('scales as the split-and-regex reading of the decimal did, on random values and every unit factor', () => {
    // The earlier decompose, kept here as the reference.
    const reference = (value: number, factor: number) => {
      const [mantissa = '0', exp = '0'] = Math.abs(value).toString().toLowerCase().split('e');
      const [int = '0', frac = ''] = mantissa.split('.');
      const digits = `${int}${frac}`.replace(/^0+(?=\d)/, '');
      const exponent = Number(exp) - frac.length + Math.round(Math.log10(factor));
      const text =
        exponent >= 0
          ? digits + '0'.repeat(exponent)
          : `${digits.padStart(-exponent + 1, '0').slice(0, -(-exponent))}.${digits.padStart(-exponent + 1, '0').slice(-(-exponent))}`;
      return Number(value < 0 ? `-${text}` : text);
    };
    let seed = 5;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values = [0, -0, 1, 10, 0.5, 1e21, 1.5e-7, 123456789012345680000, 5e-324, 0.000001, 1e-7];
    for (let k = 0; k < 1000; k++) {
      const digits = Math.floor(random() * 1e6);
      const scale = 10 ** (Math.floor(random() * 30) - 12);
      values.push((random() < 0.2 ? -1 : 1) * digits * scale, random() * 1000, Number((random() * 100).toFixed(2)));
    }
    const differ: number[][] = [];
    for (const value of values)
      for (const factor of [1e-2, 1e-1, 10, 100, 1e3, 1e4, 1e8, 1e12])
        if (!Object.is(scaleExact(value, factor), reference(value, factor))) differ.push([value, factor]);
    expect(differ).toEqual([]);
  });

  it('is exact where plain multiplication is not', () => {
    expect(4107.1 * 1e8).not.toBe(410710000000);
    expect(scaleExact(4107.1, 1e8)).toBe(410710000000);
  });
});

describe('roundDerived', () => {
  it.each([
    [3.82 - 1.68, 2.14],
    [0.1 + 0.2, 0.3],
    [(1690000000000 - 345900000000) / 345900000000, 3.885805146],
    [0, 0],
  ])('%s → %s', (value, expected) => {
    expect(roundDerived(value)).toBeCloseTo(expected, 10);
    expect(String(roundDerived(value)).length).toBeLessThanOrEqual(14);
  });
});
