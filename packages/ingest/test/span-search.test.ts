import { describe, expect, it } from 'vitest';
import { lastEndingBy, spanAt } from '../src/span-search';

const SPANS = [
  { start: 0, end: 5 },
  { start: 5, end: 9 },
  { start: 12, end: 20 },
];

describe('span search', () => {
  it.each([
    [0, -1],
    [5, 0],
    [11, 1],
    [20, 2],
    [99, 2],
  ])('lastEndingBy(%d) → %d', (to, index) => {
    expect(lastEndingBy(SPANS, to)).toBe(index);
  });

  it.each([
    [0, SPANS[0]],
    [5, SPANS[1]],
    [10, undefined],
    [19, SPANS[2]],
    [20, undefined],
  ])('spanAt(%d)', (at, span) => {
    expect(spanAt(SPANS, at)).toBe(span);
  });
});
