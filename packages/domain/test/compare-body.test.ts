/** The parts of Compare's body that the API's tests on the seed data may not reach. */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../src/api';
import { citationPacker, unpackCitation } from '../src/body-citations';
import { EXCERPT_CHARS, excerpt } from '../src/compare-body';

const cite = (over: Partial<Citation> = {}): Citation => ({
  sourceId: 7,
  sourceType: 'bulletin',
  sourceTitle: '科技情报参考',
  authority: 'bulletin',
  issue: '2024年第7期',
  articleTitle: '南京市科技金融',
  url: null,
  documentNumber: null,
  quote: '构建“活水源”',
  start: 10,
  end: 17,
  note: null,
  ...over,
});

describe('excerpt', () => {
  it('keeps a short text whole and cuts a long one at a character, not a UTF-16 unit', () => {
    expect(excerpt('短文本')).toEqual({ text: '短文本' });
    const long = `${'𠀀'.repeat(EXCERPT_CHARS - 1)}政策条文`;
    const cut = excerpt(long);
    expect(Array.from(cut.text)).toHaveLength(EXCERPT_CHARS);
    expect(cut.text.endsWith('𠀀政')).toBe(true);
    expect(cut.textChars).toBe(EXCERPT_CHARS + 3);
  });
});

describe('citations with each source once', () => {
  it('gives every citation back, and keeps two versions of one source apart', () => {
    const { pack, sources } = citationPacker();
    const citations = [cite(), cite({ quote: '另一句', start: 30, end: 33 }), cite({ url: 'https://example.org/a' })];
    const packed = citations.map((c) => pack(c));
    expect(sources).toHaveLength(2);
    expect(packed.map((c) => c.source)).toEqual([0, 0, 1]);
    expect(packed.every((c) => c.authority === 'bulletin')).toBe(true);
    expect(packed.map((c) => unpackCitation(c, sources))).toEqual(citations);
  });

  it("leaves out a measure's quote that is its title, and puts it back", () => {
    const { pack, sources } = citationPacker();
    const packed = pack(cite({ quote: '标题' }), '标题');
    expect(packed.quote).toBeUndefined();
    expect(unpackCitation(packed, sources, '标题')).toEqual(cite({ quote: '标题' }));
    expect(() => unpackCitation(packed, sources)).toThrow(/no quote/);
    expect(() => unpackCitation({ ...packed, source: 5 }, sources, '标题')).toThrow(/source 5/);
  });
});
