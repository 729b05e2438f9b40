import { describe, expect, it } from 'vitest';
import { parseSpanHash, pickRecord, type Span, spanHash } from './span-hash';

describe('parseSpanHash', () => {
  it.each<[string, Span | null]>([
    ['#120-168', { start: 120, end: 168 }],
    ['120-168', { start: 120, end: 168 }],
    ['#0-1', { start: 0, end: 1 }],
    ['', null],
    ['#', null],
    ['#168-120', null],
    ['#5-5', null],
    ['#-1-5', null],
    ['#a-b', null],
    ['#120-168-200', null],
    ['#1.5-3', null],
  ])('%j → %j', (hash, expected) => {
    expect(parseSpanHash(hash)).toEqual(expected);
  });

  it('round-trips with spanHash', () => {
    expect(parseSpanHash(spanHash({ start: 961, end: 978 }))).toEqual({ start: 961, end: 978 });
  });
});

describe('pickRecord', () => {
  const measure = { key: 'm', start: 0, end: 100 };
  const figure = { key: 'f', start: 40, end: 50 };
  const other = { key: 'o', start: 200, end: 260 };
  const records = [measure, figure, other];
  it.each<[string, Span | null, string | null]>([
    ['no span', null, null],
    ['the exact span', { start: 40, end: 50 }, 'f'],
    ['the exact outer span', { start: 0, end: 100 }, 'm'],
    ['the smallest record containing a sentence', { start: 42, end: 48 }, 'f'],
    ['a sentence inside the measure only', { start: 10, end: 30 }, 'm'],
    ['the record overlapping most', { start: 90, end: 240 }, 'o'],
    ['nothing there', { start: 120, end: 150 }, null],
  ])('%s', (_name, span, key) => {
    expect(pickRecord(records, span)?.key ?? null).toBe(key);
  });
});
