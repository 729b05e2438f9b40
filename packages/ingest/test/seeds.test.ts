/**
 * The two seed bulletins end to end: span invariants, schema validity and a reviewed golden
 * projection (test/golden/<seed>.expected.json). The golden files were written once with
 * UPDATE_GOLDEN=1 and then checked by reading the bulletins; regenerate only after reviewing a diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type ExtractionResult, ExtractionResultSchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../src/decode';
import { extract } from '../src/extract';
import { loadIngestContext } from '../src/load-context';
import { CONTEXT } from './fixtures/context';

const SEEDS = ['kejiqingbao-2023-07', 'kejiqingbao-2024-07'] as const;
const DATA = new URL('../../../data/', import.meta.url);
const bytesOf = (seed: string) => readFileSync(new URL(`bulletins/${seed}.txt`, DATA));

function project(r: ExtractionResult) {
  return {
    source: { title: r.source.title, year: r.source.year, issueNumber: r.source.issueNumber, date: r.source.date },
    articles: r.articles.map((a) => ({
      title: a.title,
      region: a.region?.code ?? null,
      measures: a.measures.map((m) => `${m.ordinal} ${m.title}`),
      indicators: a.indicators.map((i) =>
        [i.text, i.value, i.valueMax, i.unit, i.kind, `${i.measure}×${i.status}`, i.period.type, i.measureOrdinal]
          .map((x) => x ?? '-')
          .join(' | '),
      ),
    })),
  };
}

describe.each(SEEDS)('%s', (seed) => {
  const bytes = bytesOf(seed);
  const decoded = decodeInput(bytes).text;
  const result = extract(bytes, { ...CONTEXT, fileName: `${seed}.txt` });

  it('validates against ExtractionResultSchema', () => {
    expect(() => ExtractionResultSchema.parse(result)).not.toThrow();
  });

  it('gives every indicator a span whose decoded text is its text', () => {
    const all = result.articles.flatMap((a) => a.indicators);
    expect(all.length).toBeGreaterThan(40);
    for (const i of all) {
      expect(decoded.slice(i.start, i.end)).toBe(i.text);
      expect(decoded.slice(i.sentenceStart, i.sentenceEnd)).toBe(i.sentence);
      expect(i.sentenceStart! <= i.start && i.end <= i.sentenceEnd!).toBe(true);
    }
  });

  it('gives every measure a span whose decoded text is its text, and a readable plainText', () => {
    const all = result.articles.flatMap((a) => a.measures);
    expect(all.length).toBeGreaterThan(10);
    for (const m of all) {
      expect(decoded.slice(m.start, m.end)).toBe(m.text);
      expect(m.plainText).not.toMatch(/\n\s*-\s*\n/);
    }
  });

  it('places articles, measures and figures in order inside their article', () => {
    result.articles.forEach((a, k) => {
      expect(decoded.slice(a.start, a.start + a.title.length)).toBe(a.title);
      const next = result.articles[k + 1];
      if (next) expect(a.end).toBeLessThanOrEqual(next.start);
      for (const m of a.measures) expect(m.start >= a.start && m.end <= a.end).toBe(true);
      for (const i of a.indicators) expect(i.start >= a.start && i.end <= a.end).toBe(true);
    });
  });

  it('matches the reviewed golden projection', () => {
    const file = new URL(`golden/${seed}.expected.json`, import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, `${JSON.stringify(project(result), null, 2)}\n`);
    expect(project(result)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

const realData = ['regions/regions.json', 'taxonomy/themes.json', 'taxonomy/indicators.json'].every((f) =>
  existsSync(new URL(f, DATA)),
);

describe.skipIf(!realData)('with the real data files', () => {
  it.each(SEEDS)('%s: same articles and regions as with the fixtures, valid output', async (seed) => {
    const context = await loadIngestContext(new URL('.', DATA).pathname);
    const result = ExtractionResultSchema.parse(extract(bytesOf(seed), { ...context, fileName: `${seed}.txt` }));
    const golden = JSON.parse(readFileSync(new URL(`golden/${seed}.expected.json`, import.meta.url), 'utf8'));
    expect(result.articles.map((a) => a.region?.code ?? null)).toEqual(
      golden.articles.map((a: { region: string }) => a.region),
    );
    expect(result.articles.every((a) => a.measures.every((m) => m.themes.length > 0))).toBe(true);
  });
});
