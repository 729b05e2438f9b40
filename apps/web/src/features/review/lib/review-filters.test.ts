import { describe, expect, it } from 'vitest';
import { parseReviewFilters, withReviewFilters } from './review-filters';

describe('review filters in the URL', () => {
  it.each([
    ['', {}],
    ['kind=conflict', { entity: 'conflict' }],
    ['kind=nonsense&place=abc&source=-1&confidence=0.3', {}],
    ['place=320100&source=12&confidence=0.5', { region: '320100', source: 12, maxConfidence: 0.5 }],
  ])('?%s', (search, filters) => {
    expect(parseReviewFilters(new URLSearchParams(search))).toEqual(filters);
  });

  it('writes the filters and keeps the selected item', () => {
    const next = withReviewFilters(new URLSearchParams('item=measure:3&kind=measure'), { region: '150100' });
    expect(next.toString()).toBe('item=measure%3A3&place=150100');
  });
});
