/**
 * The conflict the bureau meets first: 呼和浩特's 2022 R&D spending, 44.5 亿元 in the statistical
 * bulletin against 52.4 亿元 in a news reprint (data/reference/city-figures.jsonl, cf007/cf008), as
 * GET /api/conflicts gives it and as the review queue lists it. Parsed with the domain schemas.
 */
import { CONFLICT_RULE, ConflictListResponseSchema, ReviewItemSchema } from '@ipb/domain';

export const CONFLICT_KEY = '150100|rd_expenditure|actual|full_year|2022';

const citation = (sourceId: number, sourceTitle: string, authority: string, quote: string, url: string) => ({
  sourceId,
  sourceType: 'reference',
  sourceTitle,
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

const STATISTICS = citation(
  21,
  '2022年内蒙古自治区科技经费投入统计公报',
  'official_statistics',
  '分地区看,研究与试验发展(R&D)经费排名前三的是包头市(77.5亿元)、呼和浩特市(44.5亿元)和鄂尔多斯市(44.1亿元)。',
  'http://yfsoft.com.cn/50988.html',
);
const REPRINT = citation(
  22,
  '呼和浩特、包头入选国家创新型城市创新能力评价报告2022',
  'news_reprint',
  '2022年,呼和浩特市全社会研发投入达到52.4亿元,增幅12%',
  'https://fensifuwu.com/economics/909ba8f9a27460a17f89289230b598ef.html',
);

export const CONFLICTS = ConflictListResponseSchema.parse({
  total: 1,
  open: 1,
  rule: CONFLICT_RULE,
  items: [
    {
      key: CONFLICT_KEY,
      regionCode: '150100',
      regionName: '呼和浩特市',
      indicatorId: 'rd_expenditure',
      indicatorName: '研发经费投入',
      kind: 'actual',
      periodType: 'full_year',
      periodStart: '2022-01-01',
      periodEnd: '2022-12-31',
      year: 2022,
      unit: '亿元',
      values: [
        {
          observationId: 808,
          value: 44.5,
          valueMax: null,
          unit: '亿元',
          qualifier: null,
          flags: [],
          reviewStatus: 'curated',
          authority: 'official_statistics',
          citation: STATISTICS,
          rank: 1,
          publishedAt: '2023-10-09',
        },
        {
          observationId: 807,
          value: 52.4,
          valueMax: null,
          unit: '亿元',
          qualifier: '达到',
          flags: ['estimate_or_rounded'],
          reviewStatus: 'curated',
          authority: 'news_reprint',
          citation: REPRINT,
          rank: 2,
          publishedAt: null,
        },
      ],
      preferredObservationId: 808,
      reason: 'higher source authority: official statistics over a news reprint',
      rule: CONFLICT_RULE,
      settlement: null,
    },
  ],
});

export const CONFLICT = CONFLICTS.items[0]!;

export const CONFLICT_ITEM = ReviewItemSchema.parse({
  entity: 'conflict',
  id: 808,
  regionCode: '150100',
  regionName: '呼和浩特市',
  label: '研发经费投入 2022：44.5 / 52.4 亿元',
  detail: '2 个来源不一致',
  confidence: 0,
  reviewStatus: 'curated',
  conflictsWith: [807],
  conflictKey: CONFLICT_KEY,
  figure: {
    subject: '研发经费投入',
    indicatorId: 'rd_expenditure',
    value: 44.5,
    valueMax: null,
    unit: '亿元',
    kind: 'actual',
    periodType: 'full_year',
    periodText: '2022年',
    year: 2022,
  },
  valueCount: 2,
  citation: STATISTICS,
});
