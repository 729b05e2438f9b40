import { CompareResponseSchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n';
import { REGIONS } from '@/test/fixtures';
import { buildHeatmapCaption, measureSources } from './heatmap-caption';

const DATE = new Date(2024, 10, 25, 9, 30);
const ISSUE_7 = { sourceId: 2, sourceTitle: '科技情报参考', issue: '2024年第7期' };
const REPORT = { sourceId: 3, sourceTitle: '《2023上海科技进步报告》出炉!', issue: null };
const GENERAL =
  '来源：《科技情报参考》及参考数据，经本系统提取（统计口径：举措条数；下列出处为各地各主题最新 3 条举措的来源）';

describe('buildHeatmapCaption', () => {
  it.each([
    {
      name: 'title, date and the general line when the sources are not known',
      lang: 'zh' as const,
      filteredThemes: [],
      sources: null,
      lines: ['主题 × 地区举措分布', '导出日期：2024-11-25', GENERAL],
    },
    {
      name: 'then every source of the counted measures',
      lang: 'zh' as const,
      filteredThemes: [],
      sources: [ISSUE_7, REPORT, ISSUE_7],
      lines: [
        '主题 × 地区举措分布',
        '导出日期：2024-11-25',
        GENERAL,
        '1. 科技情报参考（2024年第7期）',
        '2. 《2023上海科技进步报告》出炉!',
      ],
    },
    {
      name: 'names the theme filter when there is one',
      lang: 'zh' as const,
      filteredThemes: ['科技金融', '人才'],
      sources: [],
      lines: ['主题 × 地区举措分布', '主题筛选：科技金融、人才', '导出日期：2024-11-25', GENERAL],
    },
    {
      name: 'stops after 12 sources and says how many there are',
      lang: 'zh' as const,
      filteredThemes: [],
      sources: Array.from({ length: 14 }, (_, i) => ({ sourceId: i + 1, sourceTitle: `来源${i + 1}`, issue: null })),
      lines: [
        '主题 × 地区举措分布',
        '导出日期：2024-11-25',
        GENERAL,
        ...Array.from({ length: 12 }, (_, i) => `${i + 1}. 来源${i + 1}`),
        '……共 14 个来源，完整出处见“来源”页及举措清单',
      ],
    },
    {
      name: 'in English',
      lang: 'en' as const,
      filteredThemes: ['Talent', 'Technology finance'],
      sources: [REPORT],
      lines: [
        'Measures by theme and place',
        'Themes: Talent, Technology finance',
        'Exported: 2024-11-25',
        'Sources: the S&T Intelligence Bulletin and reference data, extracted by this system (counted: measures; the citations below are those of the latest 3 measures per place and theme)',
        '1. 《2023上海科技进步报告》出炉!',
      ],
    },
  ])('$name', ({ lang, filteredThemes, sources, lines }) => {
    const caption = buildHeatmapCaption({ filteredThemes, sources, date: DATE, t: translator(lang) });
    expect(caption.map((p) => p.text)).toEqual(lines);
    expect(caption[0]?.font).toMatch(/^600 16px/);
  });
});

describe('measureSources', () => {
  const citation = (sourceId: number, sourceTitle: string, issue: string | null) => ({
    sourceId,
    sourceType: 'bulletin',
    sourceTitle,
    authority: 'bulletin',
    issue,
    articleTitle: null,
    documentNumber: null,
    url: null,
    quote: '……',
    start: null,
    end: null,
    note: null,
  });
  const measure = (id: number, regionCode: string, c: ReturnType<typeof citation>) => ({
    id,
    regionCode,
    title: `举措${id}`,
    text: `举措${id}。`,
    programs: [],
    subPlace: null,
    citation: c,
  });

  it('lists each source of the measures once, in the order met', () => {
    const issue7 = citation(2, '科技情报参考', '2024年第7期');
    const news = citation(5, '南京日报', null);
    const body = CompareResponseSchema.parse({
      benchmark: REGIONS[0],
      regions: [REGIONS[1]],
      themes: [
        {
          theme: { id: 'tech_finance', nameZh: '科技金融', nameEn: 'Technology finance' },
          columns: [
            { regionCode: '150100', measures: [measure(1, '150100', issue7)], total: 1 },
            { regionCode: '320100', measures: [measure(2, '320100', news), measure(3, '320100', issue7)], total: 2 },
          ],
        },
        {
          theme: { id: 'talent', nameZh: '人才', nameEn: 'Talent' },
          columns: [{ regionCode: '320100', measures: [measure(2, '320100', news)], total: 1 }],
        },
      ],
      coverage: [],
      basis: [],
      indicators: [],
    });
    expect(measureSources(body.themes)).toEqual([
      { sourceId: 2, sourceTitle: '科技情报参考', issue: '2024年第7期' },
      { sourceId: 5, sourceTitle: '南京日报', issue: null },
    ]);
    expect(measureSources([])).toEqual([]);
  });
});
