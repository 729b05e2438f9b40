import {
  CompareResponseSchema,
  MeasureFacetsResponseSchema,
  OFFICIAL_AUTHORITIES,
  packCompare,
  SourceListResponseSchema,
  ThemeListResponseSchema,
} from '@ipb/domain';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { REGIONS } from '@/test/fixtures';
import { json, stubApi } from '@/test/stub-api';
import { OverviewPage } from './OverviewPage';

/** The canvas drawing needs a real browser; the caption handed to it is what is checked here. */
const downloadChartPng = vi.hoisted(() =>
  vi.fn(async (_chart: unknown, _caption: ReadonlyArray<{ text: string }>, _fileName: string) => {}),
);
vi.mock('@/lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/download')>()),
  downloadChartPng,
}));

const theme = (id: string, nameZh: string, nameEn: string) => ({
  id,
  nameZh,
  nameEn,
  description: '',
  stip: { themes: [], instruments: [] },
  lexicon: [],
});
const THEMES = ThemeListResponseSchema.parse({
  items: [
    theme('tech_finance', '科技金融', 'Technology finance'),
    theme('tech_transfer', '成果转化与产学研', 'Technology transfer'),
    theme('talent', '人才', 'Talent'),
  ],
});
const source = (
  id: number,
  title: string,
  year: number | null,
  issueNumber: number | null,
  type = 'bulletin',
  authority = 'bulletin',
) => ({
  id,
  type,
  title,
  year,
  issueNumber,
  publisher: null,
  url: null,
  sha256: 'a'.repeat(64),
  importedAt: '2026-11-20T08:00:00.000Z',
  authority,
  authorityReason: authority === 'bulletin' ? 'an issue of the bureau bulletin 科技情报参考' : 'a statistics office',
});
const SOURCES = [
  source(1, '科技情报参考', 2023, 7),
  source(2, '科技情报参考', 2024, 7),
  source(3, '《2023上海科技进步报告》出炉!', 2024, null, 'reference', 'news_reprint'),
  source(4, '2023年扬州市国民经济和社会发展统计公报', 2024, null, 'reference', 'official_statistics'),
];
/** GET /api/sources as the API answers it: `authority=official` keeps the official classes. */
const sourcesResponse = (url: URL) => {
  const official = url.searchParams.get('authority') === 'official';
  const items = SOURCES.filter((s) => !official || (OFFICIAL_AUTHORITIES as readonly string[]).includes(s.authority));
  return SourceListResponseSchema.parse({ items, total: items.length, nextCursor: null });
};
const facets = (themes: string[]) =>
  MeasureFacetsResponseSchema.parse({
    total: themes.length ? 4 : 23,
    theme: [
      { value: 'tech_finance', label: '科技金融', count: 4 },
      { value: 'tech_transfer', label: '成果转化与产学研', count: 9 },
    ],
    region: [
      { value: '150100', label: '呼和浩特市', count: 8 },
      { value: '321000', label: '扬州市', count: 5 },
      { value: '320100', label: '南京市', count: 7 },
    ],
    year: [],
    source: [],
    program: [],
  });
const coverage = CompareResponseSchema.parse({
  benchmark: REGIONS[0],
  regions: [REGIONS[1], REGIONS[2]],
  // One counted measure with its citation: its source is what the downloaded image's caption lists.
  themes: [
    {
      theme: { id: 'tech_finance', nameZh: '科技金融', nameEn: 'Technology finance' },
      columns: [
        {
          regionCode: '320100',
          measures: [
            {
              id: 12,
              regionCode: '320100',
              title: '构建“活水源”推动科技金融双向奔赴',
              text: '二是构建“活水源”推动科技金融双向奔赴。',
              programs: ['宁科贷'],
              subPlace: null,
              citation: {
                sourceId: 2,
                sourceType: 'bulletin',
                sourceTitle: '科技情报参考',
                authority: 'bulletin',
                issue: '2024年第7期',
                articleTitle: null,
                documentNumber: null,
                url: null,
                quote: '构建“活水源”推动科技金融双向奔赴',
                start: 961,
                end: 977,
                note: null,
              },
            },
          ],
          total: 1,
        },
      ],
    },
  ],
  coverage: [
    { regionCode: '150100', counts: { tech_finance: 0, tech_transfer: 6, talent: 0 } },
    { regionCode: '320100', counts: { tech_finance: 3, tech_transfer: 2, talent: 0 } },
    { regionCode: '321000', counts: { tech_finance: 1, tech_transfer: 1, talent: 0 } },
  ],
  basis: [],
  indicators: [],
});

function api(url: URL): Response | undefined {
  switch (url.pathname) {
    case '/api/themes':
      return json(THEMES);
    case '/api/sources':
      return json(sourcesResponse(url));
    case '/api/observations':
      return json({ items: [], total: url.searchParams.get('authority') === 'official' ? 37 : 412, nextCursor: null });
    case '/api/measures/facets':
      return json(facets((url.searchParams.get('theme') ?? '').split(',').filter(Boolean)));
    case '/api/compare':
      return json(packCompare(coverage));
    default:
      return undefined;
  }
}

function MeasuresStub() {
  return <h1>measures</h1>;
}

function renderPage(url = '/') {
  const requested = stubApi(api);
  const router = createMemoryRouter(
    [
      { path: '/', Component: OverviewPage },
      { path: '/measures', Component: MeasuresStub },
    ],
    { initialEntries: [url] },
  );
  render(
    <AppProviders queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} lang="zh">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, requested, user: userEvent.setup() };
}

// The chart is a lazy chunk: load it once, so a test waits for the chart to draw, never for its module.
beforeAll(() => import('./CoverageHeatmap'));

describe('OverviewPage', () => {
  it('shows the counts: sources, measures, figures, places', async () => {
    renderPage();
    await waitFor(() => expect(screen.getByTestId('count-measures')).toHaveTextContent('政策举措23'));
    expect(screen.getByTestId('count-sources')).toHaveTextContent('来源文献4');
    expect(screen.getByTestId('count-figures')).toHaveTextContent('统计数据412');
    expect(screen.getByTestId('count-places')).toHaveTextContent('涉及地区4');
  });

  it('asks for the counts of the busiest places with 呼和浩特 pinned, and draws the heatmap', async () => {
    const { requested } = renderPage();
    const chart = await screen.findByTestId('overview-heatmap');
    expect(chart).toHaveAccessibleName(/呼和浩特、南京、扬州/);
    await waitFor(() => expect(chart.querySelectorAll('svg path').length).toBeGreaterThan(3));
    expect(requested).toContain('/api/compare?regions=320100%2C321000&benchmark=150100');
  });

  it('offers the heatmap as a table whose cells open the measures of a place and theme', async () => {
    const { router, user } = renderPage();
    const table = await screen.findByRole('table', { name: '各主题在各地区的举措条数' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['主题', '呼和浩特', '南京', '扬州']);
    // 人才 has no measure anywhere: not a row.
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['科技金融', '成果转化与产学研']);
    const cell = within(table).getByRole('link', { name: '南京 · 科技金融：3 条举措' });
    expect(cell).toHaveAttribute('href', '/measures?region=320100&theme=tech_finance');
    await user.click(screen.getByText('以表格查看（每个数字都可打开对应举措）'));
    await user.click(cell);
    expect(router.state.location.search).toBe('?region=320100&theme=tech_finance');
  });

  it('lists the latest sources, newest issue first, with links to the reader', async () => {
    renderPage();
    const items = await screen.findAllByTestId('latest-source');
    expect(items[0]).toHaveTextContent('2024年第7期');
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/sources/2');
  });

  it('filters the heatmap by the themes in the URL', async () => {
    const { requested } = renderPage('/?theme=tech_finance');
    await screen.findByTestId('overview-heatmap');
    expect(requested).toContain('/api/measures/facets?theme=tech_finance');
    expect(requested).toContain('/api/compare?regions=320100%2C321000&benchmark=150100&theme=tech_finance');
    expect(screen.getByRole('button', { name: /科技金融/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('downloads the heatmap as a PNG captioned with its title, date and sources', async () => {
    downloadChartPng.mockClear();
    const { user } = renderPage();
    const chart = await screen.findByTestId('overview-heatmap');
    await waitFor(() => expect(chart.querySelectorAll('svg path').length).toBeGreaterThan(3));
    const button = screen.getByRole('button', { name: '下载 PNG' });
    expect(screen.getByText('PNG 图片下方附有日期和来源。')).toBeInTheDocument();
    await user.click(button);
    await waitFor(() => expect(downloadChartPng).toHaveBeenCalledTimes(1));
    const [instance, caption, fileName] = downloadChartPng.mock.calls[0]!;
    expect(instance).toHaveProperty('getDataURL');
    expect(fileName).toBe('主题 × 地区举措分布');
    expect(caption.map((p) => p.text)).toEqual([
      '主题 × 地区举措分布',
      expect.stringMatching(/^导出日期：\d{4}-\d{2}-\d{2}$/),
      '来源：《科技情报参考》及参考数据，经本系统提取（统计口径：举措条数；下列出处为各地各主题最新 3 条举措的来源）',
      '1. 科技情报参考（2024年第7期）',
    ]);
  });

  it('badges each latest source with its authority and the rule that classed it', async () => {
    renderPage();
    const items = await screen.findAllByTestId('latest-source');
    const badge = within(items[0]!).getByText('科技情报参考', { selector: '.badge' });
    expect(badge).toHaveAttribute('data-authority', 'bulletin');
    expect(badge.getAttribute('title')).toContain('an issue of the bureau bulletin');
    const statistics = items.find((i) => i.textContent?.includes('扬州市国民经济'));
    expect(within(statistics!).getByText('官方统计')).toBeInTheDocument();
  });

  it('counts and lists official sources only when the switch is on, and keeps it on its links', async () => {
    const { requested, user, router } = renderPage();
    await waitFor(() => expect(screen.getByTestId('count-figures')).toHaveTextContent('统计数据412'));
    await user.click(screen.getByRole('switch', { name: '只看官方来源' }));
    expect(new URLSearchParams(router.state.location.search).get('authority')).toBe('official');
    await waitFor(() => expect(screen.getByTestId('count-figures')).toHaveTextContent('统计数据37'));
    expect(requested).toContain('/api/observations?limit=1&authority=official');
    expect(screen.getByTestId('count-sources')).toHaveTextContent('来源文献1');
    expect(screen.getAllByTestId('latest-source').map((i) => i.textContent)).toEqual([
      expect.stringContaining('扬州市国民经济和社会发展统计公报'),
    ]);
    expect(screen.getByRole('link', { name: /查看指标对比/ })).toHaveAttribute(
      'href',
      '/indicators?authority=official',
    );
    expect(screen.getByTestId('official-notice')).toBeInTheDocument();
  });
});
