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
