/** The parts of Compare's body that the API's tests on the seed data may not reach. */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../src/api';
import { citationPacker, citedOnce, unpackCitation } from '../src/body-citations';
import type { CompareResponse, LatestValue, MeasureBrief } from '../src/compare';
import { EXCERPT_CHARS, excerpt, packCompare } from '../src/compare-body';
import { BODY_ALTERNATIVES, packFigure, unpackFigure } from '../src/compare-body-figures';
import { packComparePage, packCompareWithin, utf8Bytes, withinBudget } from '../src/compare-budget';

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

  it('counts characters as Array.from does, lone surrogates and pairs alike', () => {
    const pieces = ['政', 'a', '𠀀', '\ud800', '\udc00', '\ud83d\ude00'];
    let seed = 7;
    const next = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed;
    };
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: next() % 90 }, () => pieces[next() % pieces.length]).join('');
      const chars = Array.from(text);
      const expected =
        chars.length <= EXCERPT_CHARS
          ? { text }
          : { text: chars.slice(0, EXCERPT_CHARS).join(''), textChars: chars.length };
      expect(excerpt(text)).toEqual(expected);
    }
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

describe('figures in the body', () => {
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

describe('a conflict in the body', () => {
  it(`lists its first ${BODY_ALTERNATIVES} alternatives, counts them all, and names their sources once`, () => {
    const alternatives = Array.from({ length: 6 }, (_, i) => ({
      observationId: 10 + i,
      value: 3000e8 + i,
      valueMax: null,
      unit: '元',
      qualifier: null,
      flags: [],
      reviewStatus: 'extracted' as const,
      authority: 'news_reprint' as const,
      citation: cite({ sourceId: 20 + (i % 2), authority: 'news_reprint', url: `https://example.org/${i % 2}` }),
    }));
    const conflict = { key: 'k', values: 7, settled: false, rule: 'r', alternatives, alternativesTotal: 6 };
    const { pack, sources, articles } = citationPacker();
    const packed = packFigure(figure({ conflict }), pack);
    expect(packed.conflict?.alternatives).toHaveLength(BODY_ALTERNATIVES);
    expect(packed.conflict?.alternativesTotal).toBe(6);
    expect(packed.conflict?.alternatives[0]?.citation).not.toHaveProperty('url');
    expect(sources.map((s) => s.sourceId)).toEqual([7, 20, 21]);
    const back = unpackFigure(packed, citedOnce({ sources, articles }));
    expect(back.conflict).toEqual({ ...conflict, alternatives: alternatives.slice(0, BODY_ALTERNATIVES) });
  });
});

describe('the body budget', () => {
  const measure = (id: number, regionCode: string): MeasureBrief => ({
    id,
    regionCode,
    title: `举措${id}`.repeat(20),
    text: '全文'.repeat(100),
    programs: ['宁科贷'],
    subPlace: null,
    citation: cite({ sourceId: 100 + id, quote: `举措${id}`.repeat(20) }),
  });
  const region = (code: string) => ({ code, name: code, nameEn: code, level: 'prefecture' as const, parentCode: null });
  const places = ['150100', '320100', '330200'];
  const history = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      period: String(2010 + i),
      place: i,
      benchmark: i,
      difference: 0,
      relative: 0,
      placeObservationId: 1000 + i,
      benchmarkObservationId: 2000 + i,
    }));
  const comparison = (rows: number): CompareResponse => ({
    benchmark: region('150100') as CompareResponse['benchmark'],
    regions: places.slice(1).map(region) as CompareResponse['regions'],
    themes: ['talent', 'tech_finance'].map((id, t) => ({
      theme: { id: id as 'talent', nameZh: id, nameEn: id },
      columns: places.map((code, p) => ({
        regionCode: code,
        total: 9,
        measures: [0, 1, 2].map((k) => measure(t * 100 + p * 10 + k, code)),
      })),
    })),
    coverage: [],
    basis: [],
    indicators: Array.from({ length: rows }, (_, r) => ({
      indicator: { id: `i${r}`, nameZh: `指标${r}`, nameEn: `i${r}` },
      periodType: 'full_year' as const,
      unit: '元',
      benchmark: figure({
        observationId: 500 + r,
        citation: cite({ sourceId: 300 + r, authority: 'official_statistics', repeats: [] }),
      }),
      places: places.slice(1).map((code, p) => ({
        regionCode: code,
        basis: 'common_period' as const,
        period: '2019',
        latest: figure({
          observationId: 600 + r * 10 + p,
          citation: cite({ sourceId: 400 + r * 10 + p, authority: 'official_statistics', repeats: [] }),
        }),
        benchmarkValue: null,
        difference: 0,
        relative: 0,
        periodsDiffer: false,
        normalised: [],
        history: history(10),
      })),
    })),
  });
  const size = (c: CompareResponse) => utf8Bytes(JSON.stringify(packCompare(c)));

  it('changes nothing that fits', () => {
    const whole = comparison(3);
    expect(withinBudget(whole)).toEqual(whole);
  });

  it('shows each column one measure before any shows two, whole rows in order, then history, within the bytes', () => {
    const whole = comparison(12);
    const bytes = Math.floor(size(whole) / 3);
    const cut = withinBudget(whole, { bytes });
    expect(size(cut)).toBeLessThanOrEqual(bytes);
    const shown = cut.themes.flatMap((t) => t.columns.map((c) => c.measures.length));
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...shown) - Math.min(...shown)).toBeLessThanOrEqual(1);
    expect(cut.themes.flatMap((t) => t.columns.map((c) => c.total))).toEqual(shown.map(() => 9));
    const rows = cut.indicators.length;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(12);
    expect(cut.indicators.map((r) => r.indicator.id)).toEqual(
      whole.indicators.slice(0, rows).map((r) => r.indicator.id),
    );
    expect(cut.indicatorsTotal).toBe(12);
    expect(cut.indicatorsNext).toBe(String(rows));
    for (const cell of cut.indicators.flatMap((r) => r.places)) {
      // The latest periods, oldest first, and the count where fewer.
      expect(cell.history).toEqual(history(10).slice(10 - cell.history.length));
      expect(cell.historyTotal).toBe(cell.history.length < 10 ? 10 : undefined);
    }
    // The next page: rows only, from the cursor, to the last.
    const page = withinBudget(whole, { bytes, rowsFrom: rows });
    expect(page.indicators[0]?.indicator.id).toBe(`i${rows}`);
    expect(page.themes.flatMap((t) => t.columns.flatMap((c) => c.measures))).toEqual([]);
    expect(page.indicatorsTotal).toBe(12);
    expect(size(page)).toBeLessThanOrEqual(bytes);
  });
  /** packComparePage as the route drives it: `step` more rows read each time it asks; the rows never read stay holes. */
  const byPages = (whole: CompareResponse, budget: { bytes?: number; rowsFrom?: number }, step: number) => {
    const indicators = new Array<CompareResponse['indicators'][number]>(whole.indicators.length);
    const lazy = { ...whole, indicators };
    let ready = Math.min(budget.rowsFrom ?? 0, whole.indicators.length);
    for (;;) {
      const to = Math.min(ready + step, whole.indicators.length);
      for (let r = ready; r < to; r++) indicators[r] = whole.indicators[r] as CompareResponse['indicators'][number];
      ready = to;
      const body = packComparePage(lazy, budget, ready);
      if (body) return { body, read: ready };
    }
  };

  it("gives the whole comparison's body having read only the rows it shows and the next", () => {
    const whole = comparison(12);
    const full = size(whole);
    for (const bytes of [full + 10_000, full, full - 1, Math.floor(full / 2), Math.floor(full / 3), 12_000])
      for (const rowsFrom of [undefined, 0, 2, 5, 11, 12, 40])
        for (const step of [1, 2, 5]) {
          const budget = { bytes, rowsFrom };
          const { body, read } = byPages(whole, budget, step);
          expect(body).toEqual(packCompareWithin(whole, budget));
          const next = body.indicatorsNext === undefined ? 12 : Number(body.indicatorsNext);
          // Read: the page's rows and the one that did not fit, rounded up to a step; all of them
          // only where the body is every row (the whole fits, or a page reaches the last row).
          expect(read).toBeLessThanOrEqual(Math.min(12, next + step));
        }
    // Just within the bound the whole is sent as it is, every row read; a byte less and it is planned.
    expect(byPages(whole, { bytes: full }, 1).body).toEqual(packCompare(whole));
    expect(byPages(whole, { bytes: full - 1 }, 1).body).not.toEqual(packCompare(whole));
  });
});
