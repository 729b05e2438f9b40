import type { DigestItem } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { filterDigest } from './filter-digest';

const item = (id: number, themes: string[]) => ({ id, themes }) as DigestItem;

describe('filterDigest', () => {
  it('keeps everything without a filter, and items of a selected theme or of none with one', () => {
    const items = [item(1, ['talent']), item(2, ['tech_finance', 'talent']), item(3, ['biomedicine']), item(4, [])];
    expect(filterDigest(items, []).map((i) => i.id)).toEqual([1, 2, 3, 4]);
    expect(filterDigest(items, ['tech_finance']).map((i) => i.id)).toEqual([2, 4]);
  });
});
