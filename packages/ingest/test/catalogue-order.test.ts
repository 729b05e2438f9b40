import { describe, expect, it } from 'vitest';
import { catalogueOrder } from '../src/link-indicator';

describe('catalogueOrder (the head index candidates)', () => {
  it('sorts term numbers ascending and keeps each once, as a Set then a numeric sort would', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let round = 0; round < 500; round++) {
      const list = Array.from({ length: random(12) }, () => random(round % 2 ? 8 : 400));
      const expected = [...new Set(list)].sort((a, b) => a - b);
      expect(catalogueOrder([...list])).toEqual(expected);
    }
    expect(catalogueOrder([10, 2, 2, 33, 4])).toEqual([2, 4, 10, 33]);
  });
});
