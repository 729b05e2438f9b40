import { describe, expect, it } from 'vitest';
import { parseAuthorityFilter } from './authority-filter';

describe('parseAuthorityFilter', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['all', undefined],
    ['official', 'official'],
    ['news_reprint', 'news_reprint'],
    ['official_statistics', 'official_statistics'],
    ['Official', undefined],
    ['official,news_reprint', undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseAuthorityFilter(value)).toBe(expected);
  });
});
