import { describe, expect, it } from 'vitest';
import { isInternal, sourceHref } from './source-href';

describe('sourceHref', () => {
  it.each([
    { citation: { sourceId: 3, start: 10, end: 40, url: null }, href: '/sources/3#10-40', internal: true },
    {
      citation: { sourceId: 4, start: null, end: null, url: 'https://x.cn/a' },
      href: 'https://x.cn/a',
      internal: false,
    },
    { citation: { sourceId: 5, start: null, end: null, url: null }, href: '/sources/5', internal: true },
    { citation: { sourceId: 6, start: 1, end: 9, url: 'https://x.cn/b' }, href: '/sources/6#1-9', internal: true },
  ])('links a citation to $href', ({ citation, href, internal }) => {
    expect(sourceHref(citation)).toBe(href);
    expect(isInternal(href)).toBe(internal);
  });
});
