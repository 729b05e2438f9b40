import {
  axesOfKind,
  type ExtractedArticle,
  type ExtractedIndicator,
  type ExtractedMeasure,
  type ExtractionResult,
} from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { type Gold, loadGold, loadSeedText, SEEDS } from './gold';
import { expectIssue9, expectLinks } from './held-out-suite';
import { extractorAvailable, runSeeds } from './run';
import { combine, score } from './score';

const gold: Gold = {
  seed: 'tiny.txt',
  articles: [
    { title: '甲市推进科技创新', regionCode: '110100', start: 0 },
    { title: '乙省强化科技支撑', regionCode: '530000', start: 200 },
  ],
  measures: [
    { articleIndex: 0, ordinal: 1, start: 20, head: '一是' },
    { articleIndex: 0, ordinal: 2, start: 80, head: '二是' },
    { articleIndex: 1, ordinal: 1, start: 230, head: '完善机制' },
  ],
  figures: [
    {
      articleIndex: 0,
      text: '215家',
      start: 40,
      end: 44,
      value: 215,
      valueMax: null,
      unit: '家',
      qualifier: null,
      kind: 'actual',
      periodType: 'point',
    },
    {
      articleIndex: 1,
      text: '74.94%',
      start: 250,
      end: 256,
      value: 74.94,
      valueMax: null,
      unit: '%',
      qualifier: null,
      kind: 'growth',
      periodType: 'year_to_date',
    },
  ],
};

function measure(start: number, ordinal = 1): ExtractedMeasure {
  return {
    start,
    end: start + 10,
    ordinal,
    title: `m@${start}`,
    text: '',
    themes: [],
    themeEvidence: {},
    programs: [],
  };
}

function figure(
  start: number,
  end: number,
  value: number,
  kind: ExtractedIndicator['kind'] = 'actual',
  period: ExtractedIndicator['period']['type'] = 'point',
): ExtractedIndicator {
  return {
    start,
    end,
    text: `f@${start}`,
    subject: null,
    indicator: null,
    value,
    valueMax: null,
    unit: null,
    normalized: null,
    kind,
    ...axesOfKind(kind, null),
    target: null,
    qualifier: null,
    period: { text: null, type: period, start: null, end: null },
    measureOrdinal: null,
    confidence: 1,
  };
}

function article(
  start: number,
  title: string,
  code: string | null,
  measures: ExtractedMeasure[],
  indicators: ExtractedIndicator[],
): ExtractedArticle {
  return {
    start,
    end: start + 150,
    title,
    region: code ? { code, name: '', level: 'prefecture', city: null, province: null } : null,
    measures,
    indicators,
  };
}

function result(articles: ExtractedArticle[]): ExtractionResult {
  return {
    source: {
      title: 't',
      year: null,
      issueNumber: null,
      publisher: null,
      sha256: '0'.repeat(64),
      date: null,
      encoding: 'utf-8',
      kind: 'bulletin',
    },
    articles,
    issues: [],
  };
}

/** A prediction equal to the tiny gold. */
function perfect(): ExtractionResult {
  return result([
    article(0, '甲市推进科技创新', '110100', [measure(20, 1), measure(80, 2)], [figure(40, 44, 215)]),
    article(200, '乙省强化科技支撑', '530000', [measure(230)], [figure(250, 256, 74.94, 'growth', 'year_to_date')]),
  ]);
}

describe('score', () => {
  it('gives 1.0 everywhere on a perfect match', () => {
    const r = score(perfect(), gold);
    expect(r.articles.regionAccuracy).toBe(1);
    expect(r.measures).toMatchObject({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(r.figures).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(r.figures.valueAccuracy).toBe(1);
    expect(r.figures.kindAccuracy).toBe(1);
    expect(r.figures.periodAccuracy).toBe(1);
    expect(r.details.missed).toEqual([]);
    expect(r.details.spurious).toEqual([]);
  });

  it('counts a missed measure and a missed figure', () => {
    const p = perfect();
    p.articles[0]!.measures.pop();
    p.articles[1]!.indicators = [];
    const r = score(p, gold);
    expect(r.measures).toMatchObject({ tp: 2, fp: 0, fn: 1, precision: 1 });
    expect(r.measures.recall).toBeCloseTo(2 / 3);
    expect(r.figures).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(r.details.missed.map((d) => [d.type, d.start])).toEqual([
      ['measure', 80],
      ['figure', 250],
    ]);
  });

  it('counts a spurious measure and a spurious figure', () => {
    const p = perfect();
    p.articles[0]!.measures.push(measure(150, 3));
    p.articles[0]!.indicators.push(figure(100, 104, 5));
    const r = score(p, gold);
    expect(r.measures).toMatchObject({ tp: 3, fp: 1, fn: 0, recall: 1, precision: 0.75 });
    expect(r.figures).toMatchObject({ tp: 2, fp: 1, fn: 0, recall: 1 });
    expect(r.details.spurious.map((d) => [d.type, d.start])).toEqual([
      ['figure', 100],
      ['measure', 150],
    ]);
  });

  it('matches a measure whose start is off by 3, but not one off by 7', () => {
    const p = perfect();
    p.articles[0]!.measures = [measure(23, 1), measure(87, 2)];
    const r = score(p, gold);
    expect(r.measures).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.details.missed.find((d) => d.type === 'measure')?.start).toBe(80);
  });

  it('counts two predictions for one gold item as one tp and one fp', () => {
    const p = perfect();
    p.articles[1]!.measures = [measure(232), measure(229)];
    p.articles[0]!.indicators = [figure(40, 42, 215), figure(41, 44, 15)];
    const r = score(p, gold);
    expect(r.measures).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    // the closer prediction (229, distance 1) is the one matched
    expect(r.details.spurious.find((d) => d.type === 'measure')?.start).toBe(232);
    expect(r.figures).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    // the larger overlap (41-44, 3 chars) wins, so its wrong value counts against value accuracy
    expect(r.figures.valueAccuracy).toBe(0.5);
  });

  it('does not match measures across articles', () => {
    const p = perfect();
    p.articles[1]!.measures.push(measure(82));
    p.articles[0]!.measures.pop();
    const r = score(p, gold);
    expect(r.measures).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it('scores region, value, kind and period among matched items', () => {
    const p = perfect();
    p.articles[1]!.region = null;
    p.articles[1]!.indicators = [figure(250, 256, 74.94, 'share', 'unknown')];
    p.articles[0]!.indicators = [figure(40, 44, 215 + 1e-12)];
    const r = score(p, gold);
    expect(r.articles.regionAccuracy).toBe(0.5);
    expect(r.figures.valueAccuracy).toBe(1);
    expect(r.figures.kindAccuracy).toBe(0.5);
    expect(r.figures.periodAccuracy).toBe(0.5);
    expect(r.details.mismatches.map((m) => m.field).sort()).toEqual(['kind', 'periodType', 'region']);
  });

  it('matches articles by title when the start differs, and misses the rest', () => {
    const p = perfect();
    p.articles[0]!.start = 500;
    p.articles[0]!.title = '## 甲市推进科技创新';
    p.articles[1]!.title = '别的';
    p.articles[1]!.start = 100;
    const r = score(p, gold);
    expect(r.articles).toMatchObject({ tp: 1, fp: 1, fn: 1, regionAccuracy: 0.5 });
    expect(r.measures).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it('handles an empty prediction', () => {
    const r = score(result([]), gold);
    expect(r.articles.regionAccuracy).toBe(0);
    expect(r.measures).toMatchObject({ tp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
    expect(r.figures.valueAccuracy).toBeNull();
  });

  it('scores links only where the gold carries link labels', () => {
    expect(score(perfect(), gold).links).toBeNull();
  });

  it('counts a right link, a wrong link, a missed link and a link on a spurious figure', () => {
    const labelled: Gold = {
      ...gold,
      figures: gold.figures.map((f, i) => ({ ...f, indicatorId: i === 0 ? 'high_tech_enterprises' : 'rd_intensity' })),
    };
    const p = perfect();
    p.articles[0]!.indicators[0]!.indicator = 'high_tech_enterprises';
    p.articles[1]!.indicators[0]!.indicator = 'gdp';
    p.articles[1]!.indicators.push({ ...figure(300, 304, 9), indicator: 'tech_smes' });
    const r = score(p, labelled);
    // right: 1; wrong: gdp for rd_intensity and tech_smes on a spurious figure; missed: rd_intensity.
    expect(r.links).toMatchObject({ tp: 1, fp: 2, fn: 1, labelled: 2 });
    expect(r.details.mismatches).toContainEqual(
      expect.objectContaining({ field: 'indicator', gold: 'rd_intensity', predicted: 'gdp' }),
    );
  });

  it('scores the two axes over matched figures whose gold carries them', () => {
    const axed: Gold = {
      ...gold,
      figures: [
        { ...gold.figures[0]!, measure: 'level', status: 'actual' },
        { ...gold.figures[1]!, measure: 'rate', status: 'actual' },
      ],
    };
    const p = perfect();
    p.articles[1]!.indicators[0]!.measure = 'change';
    const r = score(p, axed);
    expect(r.figures).toMatchObject({ axesLabelled: 2, measureCorrect: 1, statusCorrect: 2 });
    expect(r.figures.measureAccuracy).toBe(0.5);
    expect(r.details.mismatches).toContainEqual(expect.objectContaining({ field: 'measure', gold: 'rate' }));
    expect(score(perfect(), gold).figures.measureAccuracy).toBeNull();
  });

  it('counts a repeated fact once: one observation with both spans is right, a second observation is spurious', () => {
    const repeated: Gold = {
      ...gold,
      figures: [{ ...gold.figures[0]!, repeats: [{ start: 120, end: 124 }] }, gold.figures[1]!],
    };
    const merged = perfect();
    merged.articles[0]!.indicators[0]!.repeats = [{ start: 120, end: 124, text: '215家' }];
    expect(score(merged, repeated).figures).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(score(merged, repeated).repeats).toEqual({ facts: 1, merged: 1, extra: 0 });
    // The extractor found the repeat at its own span and the first mention as another observation.
    const split = perfect();
    split.articles[0]!.indicators.push(figure(120, 124, 215));
    const r = score(split, repeated);
    expect(r.figures).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(r.repeats).toEqual({ facts: 1, merged: 0, extra: 1 });
  });

  it('counts an empty place as right only when the gold has none and the article is flagged for review', () => {
    const unknownPlace: Gold = { ...gold, articles: [{ ...gold.articles[0]!, regionCode: null }, gold.articles[1]!] };
    const p = perfect();
    p.articles[0]!.region = null;
    expect(score(p, unknownPlace).articles).toMatchObject({ regionCorrect: 1, regionWrong: 0, regionFlagged: 0 });
    p.articles[0]!.place = { evidence: null, note: null, review: true };
    expect(score(p, unknownPlace).articles).toMatchObject({ regionCorrect: 2, regionFlagged: 1 });
    // Flagged where the gold knows the place: not right, but not a wrong place either.
    expect(score(p, gold).articles).toMatchObject({ regionCorrect: 1, regionWrong: 0, regionFlagged: 1 });
    // A guess where the gold has none is a wrong place.
    expect(score(perfect(), unknownPlace).articles).toMatchObject({ regionCorrect: 1, regionWrong: 1 });
  });

  it('combines reports by summing counts', () => {
    const a = score(perfect(), gold);
    const b = score(result([]), gold);
    const c = combine([a, b]);
    expect(c.measures).toMatchObject({ tp: 3, fp: 0, fn: 3, precision: 1, recall: 0.5 });
    expect(c.articles.regionAccuracy).toBe(0.5);
  });
});

describe('gold files', () => {
  for (const seed of SEEDS) {
    it(`${seed}: spans and ordering are consistent with the text`, () => {
      const g = loadGold(seed);
      const text = loadSeedText(seed);
      for (const a of g.articles) expect(text.slice(a.start, a.start + a.title.length)).toBe(a.title);
      for (const m of g.measures) expect(text.slice(m.start, m.start + m.head.length)).toBe(m.head);
      for (const f of g.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
      const starts = g.articles.map((a) => a.start);
      expect([...starts].sort((x, y) => x - y)).toEqual(starts);
      for (const m of g.measures) {
        expect(m.start).toBeGreaterThan(starts[m.articleIndex]!);
        expect(m.start).toBeLessThan(starts[m.articleIndex + 1] ?? text.length);
      }
      expect(score(goldAsResult(g), g).measures.f1).toBe(1);
    });
  }
});

/** The gold itself, dressed as an extraction result: must score perfectly. */
function goldAsResult(g: Gold): ExtractionResult {
  return result(
    g.articles.map((a, i) =>
      article(
        a.start,
        a.title,
        a.regionCode,
        g.measures.filter((m) => m.articleIndex === i).map((m) => measure(m.start, m.ordinal)),
        g.figures
          .filter((f) => f.articleIndex === i)
          .map((f) => ({ ...figure(f.start, f.end, f.value, f.kind, f.periodType), valueMax: f.valueMax })),
      ),
    ),
  );
}

describe('extractor against the gold standard', () => {
  it.skipIf(!extractorAvailable)(
    'seeds meet the quality bar',
    async () => {
      const results = await runSeeds(SEEDS);
      const reports = SEEDS.map((seed) => score(results.get(seed)!, loadGold(seed)));
      // A wrong link is worse than none: link precision ≥ 0.95 (measured 1.000), recall 0.615.
      expectLinks(combine(reports), 0.58);
      // Issue 9: both axes measured 1.000 (the seeds state no fact twice).
      expectIssue9(combine(reports), { measureAxis: 0.99, statusAxis: 0.99 });
      for (const [k, seed] of SEEDS.entries()) {
        const r = reports[k]!;
        const summary = {
          seed,
          region: r.articles.regionAccuracy,
          measureF1: r.measures.f1,
          figureF1: r.figures.f1,
          missed: r.details.missed.map((d) => `${d.type}@${d.start} ${d.text}`),
          spurious: r.details.spurious.map((d) => `${d.type}@${d.start} ${d.text}`),
        };
        expect(r.measures.f1, JSON.stringify(summary)).toBeGreaterThanOrEqual(0.95);
        expect(r.figures.f1, JSON.stringify(summary)).toBeGreaterThanOrEqual(0.95);
        expect(r.articles.regionAccuracy, JSON.stringify(summary)).toBe(1);
      }
    },
    60_000,
  );
});
