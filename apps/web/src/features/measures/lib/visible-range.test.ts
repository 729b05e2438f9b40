import { describe, expect, it } from 'vitest';
import { type Range, visibleRange } from './visible-range';

describe('visibleRange', () => {
  const base = { viewportHeight: 800, rowHeight: 200, count: 100, overscan: 2 };
  it.each<[string, Partial<Parameters<typeof visibleRange>[0]>, Range]>([
    ['list starts below the fold', { listTop: 300 }, { start: 0, end: 5 }],
    ['list top at the viewport top', { listTop: 0 }, { start: 0, end: 6 }],
    ['scrolled ten rows down', { listTop: -2000 }, { start: 8, end: 16 }],
    ['scrolled to the end', { listTop: -19_500 }, { start: 95, end: 100 }],
    ['list entirely below the viewport', { listTop: 5000 }, { start: 0, end: 2 }],
    ['list scrolled past', { listTop: -30_000 }, { start: 100, end: 100 }],
    ['empty list', { listTop: 0, count: 0 }, { start: 0, end: 0 }],
    ['no overscan', { listTop: -400, overscan: 0 }, { start: 2, end: 6 }],
  ])('%s', (_name, input, expected) => {
    expect(visibleRange({ ...base, listTop: 0, ...input })).toEqual(expected);
  });
});
