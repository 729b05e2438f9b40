/**
 * Measures from the 2024年第7期 bulletin (data/bulletins/kejiqingbao-2024-07.txt, real spans) and a
 * tiny in-memory version of GET /api/measures and /api/measures/facets that filters and counts like
 * the real query (facets are disjunctive: each ignores its own selection). Parsed with the domain
 * schemas so the fixtures cannot drift from the contract.
 */
import {
  type Measure,
  MeasureFacetsResponseSchema,
  MeasureListResponseSchema,
  MeasureSchema,
  ThemeListResponseSchema,
} from '@ipb/domain';

const theme = (id: string, nameZh: string, nameEn: string) => ({
  id,
  nameZh,
  nameEn,
  description: '',
  stip: { themes: [], instruments: [] },
  lexicon: [],
});

export const THEMES = ThemeListResponseSchema.parse({
  items: [
    theme('talent', '人才', 'Talent'),
    theme('tech_finance', '科技金融', 'Technology finance'),
    theme('investment_attraction', '科技招商', 'Science and technology investment attraction'),
    theme('elderly_care_tech', '养老科技', 'Technology for elderly care'),
  ],
}).items;

const SOURCE = { id: 2, title: '科技情报参考 2024年第7期', issue: '2024年第7期' };

function measure(
  id: number,
  region: [string, string],
  title: string,
  text: string,
  start: number,
  themes: Measure['themes'],
  programs: string[],
  articleTitle: string,
): Measure {
  return MeasureSchema.parse({
    id,
    regionCode: region[0],
    regionName: region[1],
    ordinal: id,
    title,
    text,
    themes,
    programs,
    year: 2024,
    confidence: 0.72,
    reviewStatus: 'extracted',
    citation: {
      sourceId: SOURCE.id,
      sourceType: 'bulletin',
      authority: 'bulletin',
      sourceTitle: SOURCE.title,
      issue: SOURCE.issue,
      articleTitle,
      documentNumber: null,
      url: null,
      quote: text.slice(0, 60),
      start,
      end: start + text.length,
      note: null,
    },
    snippet: null,
  });
}

export const SHANGHAI_TALENT = measure(
  11,
  ['310000', '上海市'],
  '加强人才引育',
  '加强人才引育。《行动方案》将进一步完善养老服务、医疗护理、健康管理、康复治疗等专业学科体系，推动多学科交叉人才培养，打造高水平养老科技专业技术人才队伍。',
  1379,
  [
    { id: 'talent', evidence: ['人才培养', '人才队伍'] },
    { id: 'elderly_care_tech', evidence: ['养老科技'] },
  ],
  [],
  '推动“科技”与“养老”深度融合！《上海市推进养老科技创新发展行动方案（2024-2027年）》正式发布',
);

export const NANJING_INVESTMENT = measure(
  12,
  ['320100', '南京市'],
  '靶向招商引资，推进项目落地',
  '三是靶向招商引资，推进项目落地。坚持企业创新主体地位，聚焦资金、人才、数据等关键要素强化保障支持，着力打通产业招商、科技招商、基金招商链条。',
  1983,
  [{ id: 'investment_attraction', evidence: ['科技招商', '基金招商'] }],
  [],
  '南京市以科技创新驱动提升生物医药产业能级',
);

export const YANGZHOU_FINANCE = measure(
  13,
  ['321000', '扬州市'],
  '研发奖补与“科技副总”',
  '在研发奖补方面，该市每年投入约1亿元资金作为企业研发投入奖补及高新技术企业认定奖励。',
  4788,
  [{ id: 'tech_finance', evidence: ['奖补'] }],
  ['科技副总'],
  '扬州聚力打造长三角产业科创高地',
);

export const MEASURES = [SHANGHAI_TALENT, NANJING_INVESTMENT, YANGZHOU_FINANCE];

/** Like packages/db's highlight: the text cut around the matches, matched parts marked. */
function highlight(text: string, q: string): Measure['snippet'] {
  const parts: NonNullable<Measure['snippet']> = [];
  let rest = text;
  for (let i = rest.indexOf(q); i >= 0; i = rest.indexOf(q)) {
    if (i > 0) parts.push({ text: rest.slice(0, i), match: false });
    parts.push({ text: q, match: true });
    rest = rest.slice(i + q.length);
  }
  if (rest) parts.push({ text: rest, match: false });
  return parts;
}

type Filter = 'theme' | 'region' | 'program' | 'q';

function matches(m: Measure, params: URLSearchParams, ignore?: Filter): boolean {
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const themes = list('theme');
  const regions = list('region');
  const q = params.get('q');
  const program = params.get('program');
  return (
    (ignore === 'theme' || !themes.length || m.themes.some((t) => themes.includes(t.id))) &&
    (ignore === 'region' || !regions.length || regions.includes(m.regionCode ?? '')) &&
    (ignore === 'program' || !program || m.programs.includes(program)) &&
    (!q || m.text.includes(q) || m.title.includes(q))
  );
}

export function measuresResponse(params: URLSearchParams) {
  const q = params.get('q');
  const items = MEASURES.filter((m) => matches(m, params)).map((m) => ({
    ...m,
    snippet: q ? highlight(m.text, q) : null,
  }));
  return MeasureListResponseSchema.parse({ items, total: items.length, nextCursor: null });
}

function count<T extends string>(values: T[], label: (v: T) => string) {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, label: label(value), count: n }));
}

export function facetsResponse(params: URLSearchParams) {
  const all = (ignore?: Filter) => MEASURES.filter((m) => matches(m, params, ignore));
  return MeasureFacetsResponseSchema.parse({
    total: all().length,
    theme: count(
      all('theme').flatMap((m) => m.themes.map((t) => t.id)),
      (id) => THEMES.find((t) => t.id === id)?.nameZh ?? id,
    ),
    region: count(
      all('region').map((m) => m.regionCode ?? ''),
      (code) => MEASURES.find((m) => m.regionCode === code)?.regionName ?? code,
    ),
    year: count(
      all().map((m) => String(m.year)),
      (y) => y,
    ),
    source: count(
      all().map((m) => String(m.citation.sourceId)),
      () => SOURCE.title,
    ),
    program: count(
      all('program').flatMap((m) => m.programs),
      (p) => p,
    ),
  });
}
