/** The parts of Compare's body that the API's tests on the seed data may not reach. */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../src/api';
import { citationPacker, citedOnce, unpackCitation } from '../src/body-citations';
import type { LatestValue } from '../src/compare';
import { EXCERPT_CHARS, excerpt } from '../src/compare-body';
import { packFigure, unpackFigure } from '../src/compare-body-figures';

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
  it('gives every citation back, and a citation whose source fields differ from the entry carries them', () => {
    const { pack, sources, articles } = citationPacker();
    const citations = [
      cite(),
      cite({ quote: '另一句', start: 30, end: 33, articleTitle: '宁波市' }),
      cite({ url: 'https://example.org/a', documentNumber: '宁科〔2024〕1号' }),
      cite({ sourceId: 8, articleTitle: null, start: null, end: null, note: '摘自公报' }),
    ];
    const packed = citations.map((c) => pack(c));
    expect(sources.map((s) => s.sourceId)).toEqual([7, 8]);
    expect(sources[0]).toEqual({
      sourceId: 7,
      sourceType: 'bulletin',
      sourceTitle: '科技情报参考',
      issue: '2024年第7期',
    });
    expect(articles).toEqual(['南京市科技金融', '宁波市']);
    expect(packed.map((c) => c.article)).toEqual([0, 1, 0, undefined]);
    expect(packed[0]).toEqual({
      sourceId: 7,
      authority: 'bulletin',
      article: 0,
      quote: '构建“活水源”',
      start: 10,
      end: 17,
    });
    expect(packed[2]).toMatchObject({ url: 'https://example.org/a', documentNumber: '宁科〔2024〕1号' });
    expect(packed.every((c) => c.authority === 'bulletin')).toBe(true);
    const cited = citedOnce({ sources, articles });
    expect(packed.map((c) => unpackCitation(c, cited))).toEqual(citations);
  });

  it('keeps a null that differs from the source entry', () => {
    const { pack, sources, articles } = citationPacker();
    const citations = [cite({ documentNumber: '宁科〔2024〕1号' }), cite({ documentNumber: null })];
    const packed = citations.map((c) => pack(c));
    expect(packed[1]?.documentNumber).toBeNull();
    expect(packed.map((c) => unpackCitation(c, citedOnce({ sources, articles })))).toEqual(citations);
  });

  it("leaves out a measure's quote that is its title, and puts it back", () => {
    const { pack, sources, articles } = citationPacker();
    const packed = pack(cite({ quote: '标题' }), { title: '标题' });
    expect(packed.quote).toBeUndefined();
    const cited = citedOnce({ sources, articles });
    expect(unpackCitation(packed, cited, { title: '标题' })).toEqual(cite({ quote: '标题' }));
    expect(() => unpackCitation(packed, cited)).toThrow(/no quote/);
    expect(() => unpackCitation({ ...packed, sourceId: 5 }, cited, { title: '标题' })).toThrow(/source 5/);
    expect(() => unpackCitation({ ...packed, article: 3 }, cited, { title: '标题' })).toThrow(/article 3/);
  });

  it("leaves out a figure's own authority and its empty repeats, and keeps an authority that differs", () => {
    const { pack, sources, articles } = citationPacker();
    const holder = { authority: 'bulletin', repeatsListed: true } as const;
    const same = pack(cite({ repeats: [] }), holder);
    expect(same.authority).toBeUndefined();
    expect(same.repeats).toBeUndefined();
    const other = pack(cite({ authority: 'government', repeats: [{ start: 1, end: 2 }] }), holder);
    expect(other).toMatchObject({ authority: 'government', repeats: [{ start: 1, end: 2 }] });
    const cited = citedOnce({ sources, articles });
    expect(unpackCitation(same, cited, holder)).toEqual(cite({ repeats: [] }));
    expect(() => unpackCitation(same, cited)).toThrow(/no authority/);
  });
});

describe('figures in the body', () => {
  const figure = (over: Partial<LatestValue> = {}): LatestValue => ({
    observationId: 1,
    value: 3459e8,
    unit: '元',
    year: 2022,
    periodType: 'full_year',
    periodStart: '2022-01-01',
    periodEnd: '2022-12-31',
    qualifier: null,
    flags: [],
    authority: 'official_statistics',
    reviewStatus: 'curated',
    citation: cite({ authority: 'official_statistics', repeats: [] }),
    conflict: null,
    ...over,
  });

  it.each([
    ['a full year, said by its year', figure(), []],
    [
      'a point in time',
      figure({ periodType: 'point', periodStart: null, periodEnd: '2022-06-30' }),
      ['periodStart', 'periodEnd'],
    ],
    [
      'dates without a year',
      figure({ year: null, periodStart: '2022-01-01', periodEnd: '2022-06-30' }),
      ['periodStart', 'periodEnd'],
    ],
    ['no dates and no year', figure({ year: null, periodStart: null, periodEnd: null }), []],
    ['a year without dates', figure({ periodStart: null, periodEnd: null }), ['periodStart', 'periodEnd']],
    ['flags and a qualifier', figure({ flags: ['estimate_or_rounded'], qualifier: '约' }), []],
  ])('%s comes back unchanged', (_name, value, dates) => {
    const { pack, sources, articles } = citationPacker();
    const packed = packFigure(value, pack);
    expect(Object.keys(packed).filter((k) => k === 'periodStart' || k === 'periodEnd')).toEqual(dates);
    expect(packed.citation.authority).toBeUndefined();
    expect(packed).not.toHaveProperty('conflict');
    expect(unpackFigure(packed, citedOnce({ sources, articles }))).toEqual(value);
  });
});
