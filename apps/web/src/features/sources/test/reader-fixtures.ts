/**
 * One source as the reader gets it: a paragraph of the 2024年第7期 bulletin (the 南京 article's
 * third measure, offsets as in data/bulletins/kejiqingbao-2024-07.txt shifted to this excerpt) and
 * the records extracted from it — a measure with two figures nested inside it.
 */
import {
  ConfirmResponseSchema,
  SourceDetailSchema,
  SourceListResponseSchema,
  SourceRecordsResponseSchema,
  UploadPreviewSchema,
} from '@ipb/domain';

const TITLE = '## 南京市以科技创新驱动提升生物医药产业能级\n\n';
const PARAGRAPH =
  '三是靶向招商引资，推进项目落地。坚持企业创新主体地位，聚焦资金、人才、数据等关键要素强化保障支持，着力打通产业招商、科技招商、基金招商链条。6 月，市专班和各区（园区）分管领导共走访企业 41 家，带队招商 11 次，洽谈企业 11 家，签约项目 10 个，投资总额超过 26.5 亿元。';
/** A later line states one of the paragraph's facts again (issue 9: one figure, two spans). */
const RECAP = '本月签约项目 10 个。';
export const RAW_TEXT = `# 科技情报参考\n\n2024年第7期\n\n${TITLE}${PARAGRAPH}\n\n${RECAP}\n`;
const at = RAW_TEXT.indexOf(PARAGRAPH);

const summary = {
  type: 'bulletin',
  publisher: '呼和浩特市科学技术局综合保障中心',
  url: null,
  sha256: 'a'.repeat(64),
  importedAt: '2026-11-20T08:00:00.000Z',
  authority: 'bulletin',
  authorityReason: 'an issue of the bureau bulletin 科技情报参考',
};

export const SOURCES = SourceListResponseSchema.parse({
  items: [
    {
      ...summary,
      id: 9,
      type: 'reference',
      title: '城市参考数据',
      year: null,
      issueNumber: null,
      publisher: null,
      url: 'https://fensifuwu.com/economics/909ba8f9a27460a17f89289230b598ef.html',
      authority: 'news_reprint',
      authorityReason: 'no official publisher or host recognised: treated as a reprint',
    },
    { ...summary, id: 1, title: '科技情报参考 2023年第7期', year: 2023, issueNumber: 7 },
    { ...summary, id: 2, title: '科技情报参考 2024年第7期', year: 2024, issueNumber: 7 },
  ],
  total: 3,
  nextCursor: null,
}).items;

export const SOURCE = SourceDetailSchema.parse({
  ...summary,
  id: 2,
  title: '科技情报参考 2024年第7期',
  year: 2024,
  issueNumber: 7,
  rawText: RAW_TEXT,
});

export const MEASURE_SPAN = { start: at, end: at + PARAGRAPH.length };
export const INVESTMENT_SPAN = { start: at + 129, end: at + 143 };
export const PROJECTS_SPAN = { start: at + 119, end: at + 128 };
const recapAt = RAW_TEXT.indexOf(RECAP) + RECAP.indexOf('10 个');
export const PROJECTS_REPEAT = { start: recapAt, end: recapAt + '10 个'.length };

type Span = { start: number; end: number };
const figure = (id: number, span: Span, subject: string, value: number, unit: string, repeats: Span[] = []) => ({
  id,
  measureId: 12,
  regionCode: '320100',
  ...span,
  subject,
  indicatorId: null,
  value,
  unit,
  valueAsWritten: value,
  valueMaxAsWritten: null,
  unitAsWritten: unit,
  kind: 'actual',
  measure: 'level',
  status: 'actual',
  qualifier: null,
  periodType: 'unknown',
  periodText: '6 月',
  confidence: 0.6,
  reviewStatus: 'extracted',
  repeats,
});

export const RECORDS = SourceRecordsResponseSchema.parse({
  measures: [
    {
      id: 12,
      articleTitle: '南京市以科技创新驱动提升生物医药产业能级',
      documentNumber: null,
      regionCode: '320100',
      ordinal: 3,
      title: '靶向招商引资，推进项目落地',
      ...MEASURE_SPAN,
      themes: ['investment_attraction'],
      programs: [],
      confidence: 0.8,
      reviewStatus: 'extracted',
    },
  ],
  observations: [
    figure(301, INVESTMENT_SPAN, '投资总额', 26.5, '亿元'),
    figure(302, PROJECTS_SPAN, '签约项目', 10, '个', [PROJECTS_REPEAT]),
  ],
});

export const PREVIEW = UploadPreviewSchema.parse({
  id: 41,
  fileName: 'kejiqingbao-2024-08.txt',
  sha256: 'b'.repeat(64),
  alreadyImported: false,
  title: '科技情报参考 2024年第8期',
  year: 2024,
  issueNumber: 8,
  articles: [
    { title: '合肥：打造科技成果转化示范市', regionCode: '340100', regionName: '合肥市', measures: 4, figures: 6 },
    { title: '编者按', regionCode: null, regionName: null, measures: 0, figures: 0 },
  ],
  issues: [{ severity: 'warning', code: 'region_not_found', message: '文章“编者按”没有识别出地区' }],
  authority: 'bulletin',
  authorityReason: 'an issue of the bureau bulletin 科技情报参考',
  items: {
    articles: [
      {
        id: 'a:0',
        title: '合肥：打造科技成果转化示范市',
        regionCode: '340100',
        regionName: '合肥市',
        regionNameEn: 'Hefei',
        status: 'extracted',
      },
      { id: 'a:1', title: '编者按', regionCode: null, regionName: null, regionNameEn: null, status: 'extracted' },
    ],
    measures: [
      {
        id: 'm:0:1',
        articleId: 'a:0',
        ordinal: 1,
        title: '建设成果转化中试基地',
        themes: ['tech_transfer'],
        programs: [],
        confidence: 0.9,
        status: 'extracted',
      },
    ],
    figures: [
      {
        id: 'f:0:0',
        articleId: 'a:0',
        subject: '中试基地',
        indicatorId: null,
        value: 12,
        valueMax: null,
        unit: '个',
        kind: 'actual',
        periodType: 'point',
        periodText: '截至目前',
        year: 2024,
        confidence: 0.62,
        quote: '截至目前，全市建成中试基地12个。',
        status: 'extracted',
      },
    ],
  },
  diff: {
    previousSourceId: 2,
    previousImportedAt: '2024-08-20T02:00:00.000Z',
    measures: { added: 1, removed: 0, unchanged: 3, addedLabels: ['建设成果转化中试基地'], removedLabels: [] },
    figures: { added: 1, removed: 1, unchanged: 5, addedLabels: ['中试基地 12个'], removedLabels: ['中试基地 11个'] },
  },
  confirmed: false,
});

export const CONFIRMED = ConfirmResponseSchema.parse({
  sourceId: 3,
  status: 'new',
  articles: 2,
  measures: 4,
  observations: 6,
});
