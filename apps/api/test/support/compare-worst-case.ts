/**
 * The worst case of Compare (issue 10, docs/decisions/014 ninth and eleventh sessions), written through
 * the real import into a real SQLite file: the benchmark and MAX_PLACES places, every theme's column
 * overfull, every catalogue indicator with a figure for every place in twelve years (ten periods of
 * history a cell), a second source disagreeing on a third of the figures, long titles, quotes, URLs
 * and programme lists. compare-budget.test.ts holds Compare's body to its bound on it, and
 * scripts/bench-api/compare-worst.ts builds it once into a file for the bench and the byte checks.
 */
import { createHash } from 'node:crypto';
import { createDb, importExtraction, loadData } from '@ipb/db';
import type { ExtractedIndicator, ExtractedMeasure, ExtractionResult, ThemeId } from '@ipb/domain';

export const BENCHMARK = '150100';
export const YEARS = Array.from({ length: 12 }, (_, i) => 2012 + i);
const long = (seed: string, chars: number) => seed.repeat(Math.ceil(chars / seed.length)).slice(0, chars);

export interface WorstCase {
  /** The places compared with the benchmark: the first prefectures by code, `maxPlaces` of them. */
  places: string[];
  themeIds: ThemeId[];
  indicators: Array<{ id: string; unit: string }>;
}

function figure(indicator: { id: string; unit: string }, year: number, value: number): ExtractedIndicator {
  const quote = long(`${year}年全市${indicator.id}达到${value}${indicator.unit}，同比增长百分之十二点三，`, 300);
  return {
    start: 0,
    end: quote.length,
    text: quote,
    subject: null,
    indicator: indicator.id,
    value,
    valueMax: null,
    unit: indicator.unit,
    normalized: { value, unit: indicator.unit },
    kind: 'actual',
    measure: 'level',
    status: 'actual',
    target: null,
    qualifier: null,
    period: { text: `${year}年`, type: 'full_year', start: `${year}-01-01`, end: `${year}-12-31` },
    measureOrdinal: null,
    confidence: 0.9,
    quote,
  };
}

function measure(ordinal: number, theme: ThemeId, place: string, year: number): ExtractedMeasure {
  const title = long(`${place}${theme}第${ordinal}条举措：设立科技创新专项资金支持企业研发与成果转化`, 200);
  const text = long(`${title}。全面落实研发费用加计扣除、高新技术企业税收优惠等政策，`, 2_000);
  return {
    start: ordinal * 10,
    end: ordinal * 10 + 5,
    ordinal,
    title,
    text,
    themes: [theme],
    themeEvidence: { [theme]: ['科技'] },
    programs: Array.from({ length: 12 }, (_, i) => long(`${year}年度第${i + 1}批科技创新券与研发后补助专项计划`, 30)),
  };
}

/** One source per place, year and copy: every catalogue figure of that year, and measures under every theme. */
function extraction(
  place: string,
  year: number,
  copy: number,
  { themeIds, indicators }: Pick<WorstCase, 'themeIds' | 'indicators'>,
): ExtractionResult {
  const indicatorFigures = indicators.map((ind, i) =>
    // The second copy disagrees on a third of the figures: conflicts with alternatives.
    figure(ind, year, 1000 + i * 7 + year + (copy === 1 && i % 3 === 0 ? 500 : 0)),
  );
  const measures = copy === 0 ? themeIds.map((theme, t) => measure(t + 1, theme, place, year)) : [];
  const title = long(`${place}科技创新工作简报（${year}年第${copy + 1}期）关于推动科技创新与产业创新深度融合`, 200);
  return {
    source: {
      title,
      year,
      issueNumber: copy + 1,
      publisher: long('市科学技术局科技创新服务中心', 60),
      sha256: createHash('sha256').update(`${place}|${year}|${copy}`).digest('hex'),
      date: `${year}-12-${copy === 0 ? 20 : 28}`,
      encoding: 'utf-8',
      kind: 'bulletin',
      // Longer than any address in data/ or the bench corpus (the longest are under 150 characters).
      url: `https://kjj.example.gov.cn/${long(`${place}/${year}/${copy}/policy-document-`, 300)}`,
    },
    articles: [
      {
        start: 0,
        end: 100_000,
        title: long(`${title}：深入实施创新驱动发展战略加快建设科技强市`, 200),
        region: { code: place, name: place, level: 'prefecture', city: null, province: null },
        measures,
        indicators: indicatorFigures,
      },
    ],
    issues: [],
  };
}

/** Writes the worst case into a new SQLite file at `path` (data/ loaded first, then 9 places × 12 years × 2 sources). */
export async function buildWorstCase(path: string, dataDir: string, maxPlaces: number): Promise<WorstCase> {
  const handle = createDb(path);
  try {
    await loadData(handle.engine, dataDir);
    const sqlite = handle.sqlite;
    const places = (
      sqlite
        .prepare("SELECT code FROM regions WHERE level = 'prefecture' AND code <> ? ORDER BY code LIMIT ?")
        .all(BENCHMARK, maxPlaces) as Array<{ code: string }>
    ).map((r) => r.code);
    const themeIds = (sqlite.prepare('SELECT id FROM themes ORDER BY id').all() as Array<{ id: ThemeId }>).map(
      (r) => r.id,
    );
    const indicators = sqlite.prepare('SELECT id, unit FROM indicators ORDER BY id').all() as Array<{
      id: string;
      unit: string;
    }>;
    for (const place of [BENCHMARK, ...places])
      for (const year of YEARS)
        for (const copy of [0, 1])
          await importExtraction(handle.engine, {
            extraction: extraction(place, year, copy, { themeIds, indicators }),
            rawText: 'x',
          });
    return { places, themeIds, indicators };
  } finally {
    handle.close();
  }
}
