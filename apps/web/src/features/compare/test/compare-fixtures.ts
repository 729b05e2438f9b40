/**
 * Realistic /api/compare, /api/gaps and /api/themes answers for the compare tests, taken from the
 * 2023年第7期 bulletin (南京's 宁科贷, 呼和浩特's 蒙科聚) and parsed with the domain schemas so they
 * cannot drift from the contract.
 */
import {
  type Citation,
  type CompareResponse,
  CompareResponseSchema,
  type GapsResponse,
  GapsResponseSchema,
  type MeasureBrief,
  ThemeListResponseSchema,
} from '@ipb/domain';
import { INDICATORS, REGIONS, SERIES } from '@/test/fixtures';

const [hohhot, nanjing, yangzhou] = REGIONS as [(typeof REGIONS)[0], (typeof REGIONS)[0], (typeof REGIONS)[0]];

const bulletin = (start: number, quote: string): Citation => ({
  sourceId: 1,
  sourceType: 'bulletin',
  sourceTitle: '科技情报参考',
  issue: '2023年第7期',
  articleTitle: null,
  url: null,
  quote,
  start,
  end: start + quote.length,
  note: null,
});

const brief = (id: number, regionCode: string, title: string, programs: string[], start: number): MeasureBrief => ({
  id,
  regionCode,
  title,
  programs,
  citation: bulletin(start, title),
});

export const NINGKEDAI = brief(12, '320100', '构建“活水源”推动科技金融双向奔赴', ['宁科贷', '科创投', '科创债'], 961);
const hohhotTransfer = brief(2, '150100', '持续完善成果转化链条', ['蒙科聚'], 496);

const theme = (id: string, nameZh: string, nameEn: string, instruments: Array<[string, string]> = []) => ({
  id,
  nameZh,
  nameEn,
  description: '',
  stip: { themes: [], instruments: instruments.map(([code, label]) => ({ code, label })) },
  lexicon: [],
});

export const THEMES = ThemeListResponseSchema.parse({
  items: [
    theme('tech_finance', '科技金融', 'Technology finance', [['PI012', 'Loans and credits for innovation in firms']]),
    theme('tech_transfer', '成果转化与产学研', 'Technology transfer and industry–academia collaboration'),
    theme('talent', '人才', 'Talent'),
  ],
}).items;

const latest = (point: (typeof SERIES.hohhotHighTech.points)[number]) => ({
  value: point.value,
  unit: point.unit,
  year: point.year,
  periodType: 'point' as const,
  periodEnd: point.periodEnd,
  qualifier: point.qualifier,
  flags: point.flags,
  citation: point.citation,
});

/** What GET /api/compare answers for regions=320100,321000&theme=tech_finance. */
export function compareResponse(codes: readonly string[], themes: readonly string[]): CompareResponse {
  const places = REGIONS.filter((r) => codes.includes(r.code) && r.code !== hohhot.code);
  const all = [hohhot.code, ...places.map((p) => p.code)];
  const measures: MeasureBrief[] = [NINGKEDAI, hohhotTransfer];
  const blocks = [
    { theme: { id: 'tech_finance', nameZh: '科技金融', nameEn: 'Technology finance' } },
    {
      theme: {
        id: 'tech_transfer',
        nameZh: '成果转化与产学研',
        nameEn: 'Technology transfer and industry–academia collaboration',
      },
    },
  ].filter((b) => !themes.length || themes.includes(b.theme.id));
  const themeOf = (m: MeasureBrief) => (m === NINGKEDAI ? 'tech_finance' : 'tech_transfer');
  const hohhotPoint = SERIES.hohhotHighTech.points[0]!;
  const nanjingPoint = SERIES.nanjingHighTech.points[0]!;
  return CompareResponseSchema.parse({
    benchmark: hohhot,
    regions: places,
    themes: blocks.map((b) => ({
      theme: b.theme,
      columns: all.map((code) => ({
        regionCode: code,
        measures: measures.filter((m) => m.regionCode === code && themeOf(m) === b.theme.id),
      })),
    })),
    coverage: all.map((code) => ({
      regionCode: code,
      counts: Object.fromEntries(
        blocks.map((b) => [
          b.theme.id,
          measures.filter((m) => m.regionCode === code && themeOf(m) === b.theme.id).length,
        ]),
      ),
    })),
    indicators: [
      {
        indicator: INDICATORS[0],
        periodType: 'point',
        unit: '家',
        benchmark: latest(hohhotPoint),
        places: places.map((p) =>
          p.code === nanjing.code
            ? {
                regionCode: p.code,
                latest: latest(nanjingPoint),
                difference: 8339,
                relative: 8339 / 461,
                periodsDiffer: false,
              }
            : { regionCode: p.code, latest: null, difference: null, relative: null, periodsDiffer: false },
        ),
      },
    ],
  });
}

/** What GET /api/gaps answers: 南京 has 科技金融 measures and 宁科贷, 呼和浩特 has neither. */
export function gapsResponse(codes: readonly string[]): GapsResponse {
  const places = REGIONS.filter((r) => codes.includes(r.code) && r.code !== hohhot.code);
  const hasNanjing = places.some((p) => p.code === nanjing.code);
  return GapsResponseSchema.parse({
    benchmark: hohhot,
    regions: places,
    themes: hasNanjing
      ? [
          {
            theme: { id: 'tech_finance', nameZh: '科技金融', nameEn: 'Technology finance' },
            instruments: [{ code: 'PI012', label: 'Loans and credits for innovation in firms' }],
            places: [{ regionCode: nanjing.code, measures: [NINGKEDAI] }],
          },
        ]
      : [],
    programs: hasNanjing ? ['宁科贷', '科创投', '科创债'].map((name) => ({ name, measures: [NINGKEDAI] })) : [],
  });
}

export { yangzhou };
