/**
 * Realistic /api/compare, /api/gaps and /api/themes answers for the compare tests, taken from the
 * 2023年第7期 bulletin (南京's 宁科贷, 呼和浩特's 蒙科聚) and data/reference (呼和浩特's two 2022
 * R&D figures, 扬州's 2023 GDP), parsed with the domain schemas so they cannot drift from the contract.
 */
import {
  type Citation,
  type ComparedPlace,
  type CompareResponse,
  CompareResponseSchema,
  type Coverage,
  type GapsResponse,
  GapsResponseSchema,
  type IndicatorRef,
  type LatestValue,
  type MeasureBrief,
  type SeriesPoint,
  ThemeListResponseSchema,
} from '@ipb/domain';
import { INDICATORS, REGIONS, SERIES } from '@/test/fixtures';

const [hohhot, nanjing, yangzhou] = REGIONS as [(typeof REGIONS)[0], (typeof REGIONS)[0], (typeof REGIONS)[0]];

const bulletin = (start: number, quote: string): Citation => ({
  sourceId: 1,
  sourceType: 'bulletin',
  sourceTitle: '科技情报参考',
  authority: 'bulletin',
  issue: '2023年第7期',
  articleTitle: null,
  documentNumber: null,
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
  text: `${title}。全文第二句。`,
  programs,
  subPlace: null,
  citation: bulletin(start, title),
});

export const NINGKEDAI = brief(12, '320100', '构建“活水源”推动科技金融双向奔赴', ['宁科贷', '科创投', '科创债'], 961);
const hohhotTransfer = brief(2, '150100', '持续完善成果转化链条', ['蒙科聚'], 496);

const theme = (id: string, nameZh: string, nameEn: string, instruments: Array<[string, string, string]> = []) => ({
  id,
  nameZh,
  nameEn,
  description: '',
  stip: { themes: [], instruments: instruments.map(([code, label, labelZh]) => ({ code, label, labelZh })) },
  lexicon: [],
});

export const THEMES = ThemeListResponseSchema.parse({
  items: [
    theme('tech_finance', '科技金融', 'Technology finance', [
      ['PI012', 'Loans and credits for innovation in firms', '企业创新贷款与信贷'],
    ]),
    theme('tech_transfer', '成果转化与产学研', 'Technology transfer and industry–academia collaboration'),
    theme('talent', '人才', 'Talent'),
  ],
}).items;

/** A series point as /api/compare reports it. */
export function latestOf(point: SeriesPoint, periodType: LatestValue['periodType'] = 'point'): LatestValue {
  return {
    observationId: point.observationId,
    value: point.value,
    unit: point.unit,
    year: point.year,
    periodType,
    periodStart: point.periodStart,
    periodEnd: point.periodEnd,
    qualifier: point.qualifier,
    flags: point.flags,
    authority: point.authority,
    reviewStatus: point.reviewStatus,
    citation: point.citation,
    conflict: point.conflict,
  };
}

const reference = (id: number, title: string, url: string, quote: string, authority: Citation['authority']) => ({
  sourceId: id,
  sourceType: 'reference' as const,
  sourceTitle: title,
  authority,
  issue: null,
  articleTitle: null,
  documentNumber: null,
  url,
  quote,
  start: null,
  end: null,
  note: null,
});

const yearValue = (
  id: number,
  year: number,
  value: number,
  unit: string,
  citation: Citation,
  more: Partial<LatestValue> = {},
): LatestValue => ({
  observationId: id,
  value,
  unit,
  year,
  periodType: 'full_year',
  periodStart: `${year}-01-01`,
  periodEnd: `${year}-12-31`,
  qualifier: null,
  flags: [],
  authority: citation.authority,
  reviewStatus: 'curated',
  citation,
  conflict: null,
  ...more,
});

const HOHHOT_GDP_2021 = yearValue(
  501,
  2021,
  3121.4e8,
  '元',
  reference(
    51,
    '呼和浩特市政府工作报告(2022年2月10日 市长贺海东)转载',
    'http://xcqxcq.com/maifanggushi/115505.html',
    '地区生产总值完成3121.4亿元、增长6.5%',
    'government',
  ),
);
const YANGZHOU_GDP_2023 = yearValue(
  502,
  2023,
  7423.26e8,
  '元',
  reference(
    52,
    '2023年扬州市国民经济和社会发展统计公报 发布 (新浪江苏)',
    'https://jiangsu.sina.com.cn/news/general/2024-03-21/detail-inanzvux5284771.shtml?from=jiangsu_cnxh',
    '2023年, 全市实现地区生产总值 7423.26亿元, 按可比价计算,同比增长6.0%。',
    'news_reprint',
  ),
);
const NANJING_POPULATION_2022 = yearValue(
  503,
  2022,
  949.11e4,
  '人',
  reference(
    53,
    '南京市历年人口数量 (MAIGOO 编辑整理; 表注 数据来源:南京市统计局)',
    'https://www.maigoo.com/news/688384.html',
    '常住人口(万人) 949.11 942.34 931.97 928.16 924.39 897.29 800.76',
    'low_authority',
  ),
  { periodType: 'point', flags: ['low_authority_source'] },
);

/** A row names its indicator by id and names; the definition is the catalogue's. */
const ref = ({ id, nameZh, nameEn }: IndicatorRef): IndicatorRef => ({ id, nameZh, nameEn });
const GDP: IndicatorRef = { id: 'gdp', nameZh: '地区生产总值', nameEn: 'GDP' };

const missing = (regionCode: string, benchmarkValue: LatestValue | null): ComparedPlace => ({
  regionCode,
  basis: 'missing',
  period: null,
  latest: null,
  benchmarkValue,
  difference: null,
  relative: null,
  periodsDiffer: false,
  normalised: [],
  history: [],
});

function indicatorRows(places: readonly string[]) {
  const hohhotHighTech = latestOf(SERIES.hohhotHighTech.points[0]!);
  const nanjingHighTech = latestOf(SERIES.nanjingHighTech.points[0]!);
  const hohhotRd = latestOf(SERIES.hohhotRd.points[0]!, 'full_year');
  const highTech = (code: string): ComparedPlace =>
    code === nanjing.code
      ? {
          regionCode: code,
          basis: 'common_period',
          period: '2022',
          latest: nanjingHighTech,
          benchmarkValue: hohhotHighTech,
          difference: 8339,
          relative: 8339 / 461,
          periodsDiffer: false,
          history: [
            {
              period: '2022',
              place: 8800,
              benchmark: 461,
              difference: 8339,
              relative: 8339 / 461,
              placeObservationId: nanjingHighTech.observationId,
              benchmarkObservationId: hohhotHighTech.observationId,
            },
          ],
          normalised: [
            {
              view: 'per_capita',
              unit: '家/万人',
              place: 8800 / 949.11,
              benchmark: null,
              difference: null,
              relative: null,
              placeDenominator: NANJING_POPULATION_2022,
              benchmarkDenominator: null,
            },
          ],
        }
      : missing(code, hohhotHighTech);
  const gdp = (code: string): ComparedPlace =>
    code === yangzhou.code
      ? {
          regionCode: code,
          basis: 'different_periods',
          period: null,
          latest: YANGZHOU_GDP_2023,
          benchmarkValue: HOHHOT_GDP_2021,
          difference: null,
          relative: null,
          periodsDiffer: true,
          normalised: [],
          history: [],
        }
      : missing(code, HOHHOT_GDP_2021);
  return [
    {
      indicator: ref(INDICATORS[0]!),
      periodType: 'point',
      unit: '家',
      benchmark: hohhotHighTech,
      places: places.map(highTech),
    },
    {
      indicator: ref(INDICATORS[2]!),
      periodType: 'full_year',
      unit: '元',
      benchmark: hohhotRd,
      places: places.map((code) => missing(code, hohhotRd)),
    },
    { indicator: GDP, periodType: 'full_year', unit: '元', benchmark: HOHHOT_GDP_2021, places: places.map(gdp) },
  ];
}

export const COVERAGE: Record<string, Coverage> = {
  '150100': { regionCode: '150100', sources: 4, measures: 1, figures: 6, latestDate: '2024-07-31' },
  '320100': { regionCode: '320100', sources: 3, measures: 1, figures: 3, latestDate: '2023-07-31' },
  '321000': { regionCode: '321000', sources: 2, measures: 0, figures: 1, latestDate: null },
};
const coverageOf = (code: string): Coverage =>
  COVERAGE[code] ?? { regionCode: code, sources: 0, measures: 0, figures: 0, latestDate: null };

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
  return CompareResponseSchema.parse({
    benchmark: hohhot,
    regions: places,
    themes: blocks.map((b) => ({
      theme: b.theme,
      columns: all.map((code) => {
        const shown = measures.filter((m) => m.regionCode === code && themeOf(m) === b.theme.id);
        return { regionCode: code, measures: shown, total: shown.length };
      }),
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
    basis: all.map(coverageOf),
    indicators: indicatorRows(places.map((p) => p.code)),
  });
}

/**
 * What GET /api/gaps answers: 南京 has 科技金融 measures and 宁科贷, 呼和浩特 has neither. With
 * `thin`, 呼和浩特's own record is below the threshold and the theme is "not recorded", not a gap.
 */
export function gapsResponse(codes: readonly string[], { thin = false } = {}): GapsResponse {
  const places = REGIONS.filter((r) => codes.includes(r.code) && r.code !== hohhot.code);
  const hasNanjing = places.some((p) => p.code === nanjing.code);
  const benchmark = thin ? coverageOf(hohhot.code) : { ...coverageOf(hohhot.code), measures: 42, sources: 6 };
  return GapsResponseSchema.parse({
    benchmark: hohhot,
    regions: places,
    coverage: {
      benchmark,
      places: places.map((p) => coverageOf(p.code)),
      threshold: { measures: 20, sources: 3 },
      thin,
      statement: `Hohhot: ${benchmark.measures} measures in ${benchmark.sources} sources; Nanjing: 1 in 3`,
      statementZh: `呼和浩特市：${benchmark.sources} 个来源中 ${benchmark.measures} 条举措；南京市：3 个来源中 1 条`,
    },
    themes: hasNanjing
      ? [
          {
            theme: { id: 'tech_finance', nameZh: '科技金融', nameEn: 'Technology finance' },
            finding: thin ? 'not_recorded' : 'gap',
            instruments: [
              { code: 'PI012', label: 'Loans and credits for innovation in firms', labelZh: '企业创新贷款与信贷' },
            ],
            places: [{ regionCode: nanjing.code, measures: [NINGKEDAI], total: 1 }],
          },
        ]
      : [],
    programs: hasNanjing
      ? ['宁科贷', '科创投', '科创债'].map((name) => ({ name, measures: [NINGKEDAI], total: 1 }))
      : [],
    programsTotal: hasNanjing ? 3 : 0,
  });
}

export { yangzhou };
