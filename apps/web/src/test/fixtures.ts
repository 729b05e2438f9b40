/**
 * Realistic API answers for web tests, built from data/reference/city-figures.jsonl and the
 * 2024年第7期 bulletin, and parsed with the domain schemas so a fixture can never drift from the
 * contract the API is held to.
 */
import {
  type AlternativeValue,
  type Authority,
  type ConflictBrief,
  type Indicator,
  IndicatorListResponseSchema,
  matchesRegion,
  type Region,
  RegionListResponseSchema,
  type Series,
  type SeriesPoint,
  type SeriesResponse,
  SeriesResponseSchema,
} from '@ipb/domain';

const region = (code: string, name: string, shortName: string, nameEn: string, pinyin: string): Region => ({
  code,
  official: true,
  name,
  shortName,
  level: code.endsWith('0000') ? 'province' : 'prefecture',
  parentCode: code.endsWith('0000') ? null : `${code.slice(0, 2)}0000`,
  aliases: [],
  nameEn,
  pinyin,
});

export const REGIONS = RegionListResponseSchema.parse({
  items: [
    region('150100', '呼和浩特市', '呼和浩特', 'Hohhot', 'hu he hao te'),
    region('320100', '南京市', '南京', 'Nanjing', 'nan jing'),
    region('321000', '扬州市', '扬州', 'Yangzhou', 'yang zhou'),
    region('310000', '上海市', '上海', 'Shanghai', 'shang hai'),
  ],
  total: 4,
  nextCursor: null,
}).items;

/** GET /api/regions as the API answers it: the places with data, a search (`q`) or given `codes`. */
export function regionsResponse(url: URL) {
  const q = url.searchParams.get('q');
  const codes = url.searchParams.get('codes')?.split(',');
  const items = codes
    ? REGIONS.filter((r) => codes.includes(r.code))
    : q
      ? REGIONS.filter((r) => matchesRegion(r, q))
      : REGIONS;
  return { items, total: items.length, nextCursor: null };
}

const indicator = (id: string, nameZh: string, nameEn: string, unit: string, theme: string): Indicator =>
  ({
    id,
    nameZh,
    nameEn,
    synonyms: [],
    unit,
    quantityType: unit === '元' ? 'flow' : 'stock',
    theme,
    higherIsBetter: true,
    definitionNote: DEFINITIONS[id] ?? '',
    perCapitaDenominator: null,
    scope: {},
    newOf: null,
    ratio: null,
  }) as Indicator;

const DEFINITIONS: Record<string, string> = {
  high_tech_enterprises: '有效期内的国家高新技术企业数量（年末存量）',
  tech_contract_turnover: '经认定登记的技术合同成交额',
  rd_expenditure: '研究与试验发展（R&D）经费支出（全年）',
};

export const INDICATORS = IndicatorListResponseSchema.parse({
  items: [
    indicator('high_tech_enterprises', '高新技术企业数', 'High-tech enterprises', '家', 'enterprise_cultivation'),
    indicator('tech_contract_turnover', '技术合同成交额', 'Technology contract turnover', '元', 'tech_transfer'),
    indicator('rd_expenditure', '研发经费投入', 'R&D expenditure', '元', 'rd_investment'),
  ],
}).items;

let nextId = 1;
/** A bulletin relays; a page found on the web is a reprint unless a fixture says otherwise. */
const defaultAuthority = (url: string | null): Authority => (url ? 'news_reprint' : 'bulletin');

function point(
  p: Partial<SeriesPoint> & Pick<SeriesPoint, 'year' | 'value' | 'unit'>,
  quote: string,
  source: string,
  url: string | null,
): SeriesPoint {
  const id = nextId++;
  const authority = p.authority ?? defaultAuthority(url);
  return {
    observationId: id,
    periodText: null,
    periodStart: null,
    periodEnd: p.year === null ? null : `${p.year}-12-31`,
    valueMax: null,
    valueAsWritten: p.value,
    unitAsWritten: p.unit,
    qualifier: null,
    flags: [],
    reviewStatus: 'curated',
    conflict: null,
    ...p,
    authority,
    citation: {
      sourceId: id,
      sourceType: url ? 'reference' : 'bulletin',
      sourceTitle: source,
      authority,
      issue: url ? null : '2024年第7期',
      articleTitle: null,
      documentNumber: null,
      url,
      quote,
      start: null,
      end: null,
      note: null,
    },
  };
}

function series(
  code: string,
  kind: Series['kind'],
  periodType: Series['periodType'],
  unit: string,
  points: SeriesPoint[],
): Series {
  const r = REGIONS.find((x) => x.code === code)!;
  return {
    regionCode: code,
    regionName: r.name,
    regionShortName: r.shortName,
    regionNameEn: r.nameEn,
    kind,
    periodType,
    unit,
    points,
  };
}

export const HOHHOT_QUOTE = '截至2022年底,高新技术企业达到461家,较上年度增加91家,增长24.59%';

const hohhotHighTech = series('150100', 'actual', 'point', '家', [
  point(
    { year: 2022, value: 461, unit: '家', periodText: '截至2022年底' },
    HOHHOT_QUOTE,
    '呼和浩特、包头入选国家创新型城市创新能力评价报告2022 (草原全媒·北方新报 转载)',
    'https://fensifuwu.com/economics/909ba8f9a27460a17f89289230b598ef.html',
  ),
]);

const nanjingHighTech = series('320100', 'actual', 'point', '家', [
  point(
    { year: 2022, value: 8800, unit: '家', qualifier: '以上', flags: ['lower_bound'] },
    '报告显示,南京市高新技术企业从1844家增加到8800家以上。',
    '南京GDP五年跨越五个千亿级台阶 挺进全国大中城市十强 (中新网 2023-01-10 转载)',
    'http://que.zunyiyoushi.com/20220501/frieszhuo.html',
  ),
]);

const yangzhouActual = series('321000', 'actual', 'point', '家', [
  point(
    { year: 2022, value: 1774, unit: '家' },
    '我市全年国家高新技术企业新获批712家、累计数达1774家',
    '江苏扬州:坚持产业科创和科创产业双向发力科技创新工作取得新进展 (扬州日报 转载)',
    'http://yangzhou.021cf.cn/index.php/post/7671.html',
  ),
]);

const yangzhouTarget = series('321000', 'target', 'deadline', '家', [
  point(
    {
      year: 2025,
      value: 3000,
      unit: '家',
      periodText: '到2025年',
      reviewStatus: 'extracted',
      flags: ['outside_2019_2024_window'],
    },
    '到 2025 年，国家高新技术企业达 3000 家，省级以上专精特新和制造业单项冠军企业达 800 家，科技型中小企业突破 3500 家。',
    '科技情报参考',
    null,
  ),
]);

const shanghaiTurnover = series('310000', 'actual', 'full_year', '元', [
  point(
    { year: 2023, value: 4850.21e8, unit: '元', valueAsWritten: 4850.21, unitAsWritten: '亿元' },
    '经认定登记的技术合同数为50824项(成交额4850.21亿元)',
    '《2023上海科技进步报告》出炉! (中国科学报 2024-01-24, 转载)',
    'http://bsd9b7.fjmwgg.com/htmlnews/2024/1/51540.shtm',
  ),
]);

export const RD_REPRINT_QUOTE = '2022年,呼和浩特市全社会研发投入达到52.4亿元,增幅12%';
export const RD_BULLETIN_QUOTE =
  '分地区看,研究与试验发展(R&D)经费排名前三的是包头市(77.5亿元)、呼和浩特市(44.5亿元)和鄂尔多斯市(44.1亿元)。';

/**
 * 呼和浩特's 2022 R&D spending as two pages give it (data/reference/hohhot-plan-figures.jsonl): a news
 * reprint (52.4 亿元, preferred by authority) and the statistical bulletin copied on an unrelated
 * host (44.5 亿元, low authority).
 */
const rdStatistics = point(
  { year: 2022, value: 44.5e8, unit: '元', valueAsWritten: 44.5, unitAsWritten: '亿元', authority: 'low_authority' },
  RD_BULLETIN_QUOTE,
  '2022年内蒙古自治区科技经费投入统计公报（转载）',
  'http://yfsoft.com.cn/50988.html',
);

export const RD_ALTERNATIVE: AlternativeValue = {
  observationId: rdStatistics.observationId,
  value: rdStatistics.value,
  valueMax: null,
  unit: '元',
  qualifier: null,
  flags: [],
  reviewStatus: 'curated',
  authority: rdStatistics.authority,
  citation: rdStatistics.citation,
};

export const RD_CONFLICT: ConflictBrief = {
  key: '150100|rd_expenditure|actual|full_year|2022',
  values: 2,
  settled: false,
  rule: 'higher source authority (news_reprint over low_authority)',
  alternatives: [RD_ALTERNATIVE],
  alternativesTotal: 1,
};

const hohhotRd = series('150100', 'actual', 'full_year', '元', [
  point(
    {
      year: 2022,
      value: 52.4e8,
      unit: '元',
      valueAsWritten: 52.4,
      unitAsWritten: '亿元',
      qualifier: '达到',
      conflict: RD_CONFLICT,
    },
    RD_REPRINT_QUOTE,
    '呼和浩特市、包头市上榜《国家创新型城市创新能力评价报告2022》（草原全媒·北方新报稿，转载）',
    'https://fensifuwu.com/economics/909ba8f9a27460a17f89289230b598ef.html',
  ),
]);

/** What GET /api/series answers for an indicator and a list of codes, like the real query does. */
export function seriesResponse(indicatorId: string, codes: readonly string[]): SeriesResponse {
  const all =
    indicatorId === 'high_tech_enterprises'
      ? [hohhotHighTech, nanjingHighTech, yangzhouActual, yangzhouTarget]
      : indicatorId === 'rd_expenditure'
        ? [hohhotRd]
        : [shanghaiTurnover];
  const picked = all.filter((s) => codes.includes(s.regionCode));
  const present = new Set(picked.map((s) => s.regionCode));
  return SeriesResponseSchema.parse({
    indicator: INDICATORS.find((i) => i.id === indicatorId),
    regions: REGIONS.filter((r) => codes.includes(r.code)),
    series: picked,
    missing: codes.filter((c) => !present.has(c)),
  });
}

export const SERIES = { hohhotHighTech, nanjingHighTech, yangzhouActual, yangzhouTarget, shanghaiTurnover, hohhotRd };
