import { describe, expect, it } from 'vitest';
import { translator } from '@/i18n';
import { compareResponse } from '../test/compare-fixtures';
import { buildCoverageCaption, coverageSources } from './coverage-caption';

const DATE = new Date(2024, 10, 25, 9, 30);
const ISSUE_7 = { sourceId: 1, sourceTitle: '科技情报参考', issue: '2023年第7期' };
const GENERAL =
  '来源：《科技情报参考》及参考数据，经本系统提取（统计口径：举措条数；下列出处为各地各主题最新 3 条举措的来源）';

describe('buildCoverageCaption', () => {
  it.each([
    {
      name: 'places with the benchmark marked, all themes, date, sources',
      lang: 'zh' as const,
      places: ['呼和浩特市', '南京市', '扬州市'],
      filteredThemes: [],
      sources: [ISSUE_7],
      lines: [
        '主题覆盖（各地区举措条数）',
        '对比地区：呼和浩特市（基准）、南京市、扬州市',
        '主题筛选：全部主题',
        '导出日期：2024-11-25',
        GENERAL,
        '1. 科技情报参考（2023年第7期）',
      ],
    },
    {
      name: 'the theme filter, and the general line alone when no measure is counted',
      lang: 'zh' as const,
      places: ['呼和浩特市', '南京市'],
      filteredThemes: ['科技金融', '人才'],
      sources: [],
      lines: [
        '主题覆盖（各地区举措条数）',
        '对比地区：呼和浩特市（基准）、南京市',
        '主题筛选：科技金融、人才',
        '导出日期：2024-11-25',
        GENERAL,
      ],
    },
    {
      name: 'more than 12 sources: the first 12 and the total',
      lang: 'zh' as const,
      places: ['呼和浩特市'],
      filteredThemes: [],
      sources: Array.from({ length: 13 }, (_, i) => ({ sourceId: i, sourceTitle: `来源${i}`, issue: null })),
      lines: [
        '主题覆盖（各地区举措条数）',
        '对比地区：呼和浩特市（基准）',
        '主题筛选：全部主题',
        '导出日期：2024-11-25',
        GENERAL,
        ...Array.from({ length: 12 }, (_, i) => `${i + 1}. 来源${i}`),
        '……共 13 个来源，完整出处见举措清单 CSV',
      ],
    },
    {
      name: 'in English',
      lang: 'en' as const,
      places: ['Hohhot', 'Nanjing'],
      filteredThemes: ['Technology finance'],
      sources: [ISSUE_7],
      lines: [
        'Theme coverage (measures per place)',
        'Places: Hohhot (benchmark), Nanjing',
        'Themes: Technology finance',
        'Exported: 2024-11-25',
        'Sources: the S&T Intelligence Bulletin and reference data, extracted by this system (counted: measures; the citations below are those of the latest 3 measures per place and theme)',
        '1. 科技情报参考（2023年第7期）',
      ],
    },
  ])('$name', ({ lang, places, filteredThemes, sources, lines }) => {
    const caption = buildCoverageCaption({ places, filteredThemes, sources, date: DATE, t: translator(lang) });
    expect(caption.map((p) => p.text)).toEqual(lines);
  });
});

describe('coverageSources', () => {
  it.each([
    { themes: [], sources: [ISSUE_7] },
    { themes: ['tech_finance'], sources: [ISSUE_7] },
  ])('theme filter $themes → the sources of the counted measures, once', ({ themes, sources }) => {
    expect(coverageSources(compareResponse(['320100', '321000'], themes).themes)).toEqual(sources);
  });

  it('is empty when no measure is counted', () => {
    expect(coverageSources(compareResponse(['321000'], ['talent']).themes)).toEqual([]);
  });
});
