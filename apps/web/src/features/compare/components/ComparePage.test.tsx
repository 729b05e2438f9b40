import { type CompareResponse, packCompare } from '@ipb/domain';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { json, problem, stubApi } from '@/test/stub-api';
import { compareResponse, gapsResponse, NINGKEDAI, THEMES } from '../test/compare-fixtures';
import { ComparePage } from './ComparePage';

/** The canvas drawing needs a real browser; the caption handed to it is what is checked here. */
const downloadChartPng = vi.hoisted(() =>
  vi.fn(async (_chart: unknown, _caption: ReadonlyArray<{ text: string }>, _fileName: string) => {}),
);
vi.mock('@/lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/download')>()),
  downloadChartPng,
}));

const codesOf = (url: URL) => (url.searchParams.get('regions') ?? '').split(',').filter(Boolean);
const themesOf = (url: URL) => (url.searchParams.get('theme') ?? '').split(',').filter(Boolean);

function compareApi(url: URL): Response | undefined {
  switch (url.pathname) {
    case '/api/themes':
      return json({ items: THEMES });
    case '/api/compare':
      return json(packCompare(compareResponse(codesOf(url), themesOf(url))));
    case '/api/gaps':
      return json(gapsResponse(codesOf(url)));
    default:
      return undefined;
  }
}

function renderPage(url: string, override: Parameters<typeof stubApi>[0] = compareApi, lang: 'zh' | 'en' = 'zh') {
  const requested = stubApi(override);
  const router = createMemoryRouter([{ path: '/compare', Component: ComparePage }], { initialEntries: [url] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders queryClient={queryClient} lang={lang}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const search = () => new URLSearchParams(router.state.location.search);
  return { router, requested, search, user: userEvent.setup() };
}

// The chart is a lazy chunk: load it once, so a test waits for the chart to draw, never for its module.
beforeAll(() => import('./CoverageChart'));

describe('ComparePage', () => {
  it('shows the benchmark first, programme badges, a source link, and 无相关举措 for empty columns', async () => {
    const { requested } = renderPage('/compare?regions=320100,321000&theme=tech_finance');
    const section = await screen.findByRole('region', { name: '科技金融' });
    const columns = within(section).getAllByTestId('compare-column');
    expect(columns.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      '呼和浩特市基准',
      '南京市',
      '扬州市',
    ]);

    const [hohhot, nanjing, yangzhou] = columns;
    expect(hohhot).toHaveTextContent('无相关举措');
    expect(yangzhou).toHaveTextContent('无相关举措');
    const measure = within(nanjing!).getByTestId('measure');
    expect(measure).toHaveTextContent('构建“活水源”推动科技金融双向奔赴');
    const badges = within(measure).getByRole('list', { name: '政策品牌/项目' });
    expect(
      within(badges)
        .getAllByRole('listitem')
        .map((b) => b.textContent),
    ).toEqual(['宁科贷', '科创投', '科创债']);
    expect(within(measure).getByRole('link', { name: /原文/ })).toHaveAttribute('href', '/sources/1#961-978');
    // Links to other views keep the shared theme filter.
    expect(within(nanjing!).getByRole('link', { name: '南京市' })).toHaveAttribute(
      'href',
      '/regions/320100?theme=tech_finance',
    );
    expect(requested).toContain('/api/compare?regions=320100%2C321000&benchmark=150100&theme=tech_finance');
  });

  it('lists the gaps with places and links', async () => {
    renderPage('/compare?regions=320100&theme=tech_finance');
    const gaps = await screen.findByRole('region', { name: '差距清单' });
    const theme = await within(gaps).findByTestId('gap-theme');
    expect(theme).toHaveTextContent('科技金融');
    // STIP instruments in the interface's language (the 中文 page has no English phrase).
    expect(theme).toHaveTextContent('企业创新贷款与信贷');
    expect(theme).not.toHaveTextContent('Loans and credits');
    expect(within(theme).getByRole('link', { name: '南京市' })).toHaveAttribute(
      'href',
      '/regions/320100?theme=tech_finance',
    );
    expect(within(gaps).getByTestId('gap-basis')).toHaveTextContent('依据：呼和浩特市：6 个来源中 42 条举措');
    expect(within(gaps).queryByTestId('gap-thin')).not.toBeInTheDocument();
    const programs = within(gaps).getAllByTestId('gap-program');
    expect(programs[0]).toHaveTextContent('宁科贷');
    expect(within(programs[0]!).getByRole('link', { name: /活水源/ })).toHaveAttribute('href', '/sources/1#961-978');
  });

  it('shows indicator values with year, the difference, and 无数据 (never 0) for a missing value', async () => {
    renderPage('/compare?regions=320100,321000&theme=tech_finance');
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['指标（单位）', '呼和浩特市基准', '南京市', '扬州市', 'CSV']);
    const row = within(table).getByRole('row', { name: /高新技术企业数/ });
    const cells = [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')];
    expect(cells[0]).toHaveTextContent('家');
    expect(cells[1]).toHaveTextContent('461 (2022)');
    expect(cells[2]).toHaveTextContent('8,800以上 (2022)');
    expect(cells[2]).toHaveTextContent('差值 +8,339（+1,808.9%）');
    expect(cells[3]).toHaveTextContent('无数据');
    expect(cells[3]).not.toHaveTextContent('0');
    expect(within(row).getByRole('link', { name: /下载“高新技术企业数”/ })).toHaveAttribute(
      'href',
      '/api/series?indicator=high_tech_enterprises&regions=150100%2C320100%2C321000&format=csv',
    );
  });

  it('adds a place found by pinyin initials and removes one, keeping the URL in step', async () => {
    const { search, user, requested } = renderPage('/compare?regions=320100&theme=tech_finance');
    await screen.findByRole('region', { name: '科技金融' });
    expect(screen.queryByRole('button', { name: /移除呼和浩特/ })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: '添加地区' }), 'yz');
    await user.click(await screen.findByRole('button', { name: /扬州市/ }));
    // The whole gazetteer is searched on the server, not a list loaded up front.
    expect(requested).toContain('/api/regions?q=yz&limit=16');
    expect(search().get('regions')).toBe('320100,321000');
    expect(search().get('theme')).toBe('tech_finance');
    await waitFor(() =>
      expect(requested).toContain('/api/compare?regions=320100%2C321000&benchmark=150100&theme=tech_finance'),
    );

    await user.click(screen.getByRole('button', { name: '移除南京市' }));
    expect(search().get('regions')).toBe('321000');
    await user.click(screen.getByRole('button', { name: '移除扬州市' }));
    expect(search().get('regions')).toBeNull();
    expect(await screen.findByText('请先添加至少一个对比地区')).toBeInTheDocument();
  });

  it('draws the theme coverage chart', async () => {
    renderPage('/compare?regions=320100');
    const chart = await screen.findByTestId('coverage-chart');
    expect(chart).toHaveAccessibleName(/呼和浩特市、南京市/);
    await waitFor(() => expect(chart.querySelectorAll('svg path').length).toBeGreaterThan(2));
  });

  it('downloads the coverage chart as a PNG captioned with the places, theme filter, date and sources', async () => {
    downloadChartPng.mockClear();
    const { user } = renderPage('/compare?regions=320100,321000&theme=tech_finance');
    const chart = await screen.findByTestId('coverage-chart');
    await waitFor(() => expect(chart.querySelectorAll('svg path').length).toBeGreaterThan(2));
    const panel = screen.getByRole('region', { name: '主题覆盖' });
    await user.click(within(panel).getByRole('button', { name: '下载 PNG' }));
    await waitFor(() => expect(downloadChartPng).toHaveBeenCalledTimes(1));
    const [instance, caption, fileName] = downloadChartPng.mock.calls[0]!;
    expect(instance).toHaveProperty('getDataURL');
    expect(fileName).toBe('主题覆盖');
    expect(caption.map((p) => p.text)).toEqual([
      '主题覆盖（各地区举措条数）',
      '对比地区：呼和浩特市（基准）、南京市、扬州市',
      '主题筛选：科技金融',
      expect.stringMatching(/^导出日期：\d{4}-\d{2}-\d{2}$/),
      '来源：《科技情报参考》及参考数据，经本系统提取（统计口径：举措条数；下列出处为各地各主题最新 3 条举措的来源）',
      '1. 科技情报参考（2023年第7期）',
    ]);
  });

  it('explains an API error and offers to retry', async () => {
    renderPage('/compare?regions=320100', (url) =>
      url.pathname === '/api/compare'
        ? problem(400, 'unknown-place', 'No place is called "999999". GET /api/regions lists them.', {
            names: '999999',
          })
        : compareApi(url),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法加载对比数据');
    // Worded from the problem's code in the interface's language, not the server's English detail.
    expect(alert).toHaveTextContent('没有名为“999999”的地区。');
    expect(alert).not.toHaveTextContent('No place is called');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it.each([
    ['zh', '展开全文'],
    ['en', 'Full text'],
  ] as const)('fetches the whole text of a long measure when it is expanded (%s)', async (lang, label) => {
    const long = `${NINGKEDAI.title}。${'精选推出涵盖支持高企、科小、专精特新企业共160余款科创金融产品。'.repeat(3)}`;
    const withLong = (c: CompareResponse): CompareResponse => ({
      ...c,
      themes: c.themes.map((b) => ({
        ...b,
        columns: b.columns.map((col) => ({
          ...col,
          measures: col.measures.map((m) => (m.id === NINGKEDAI.id ? { ...m, text: long } : m)),
        })),
      })),
    });
    const api = (url: URL) => {
      if (url.pathname === '/api/compare')
        return json(packCompare(withLong(compareResponse(codesOf(url), themesOf(url)))));
      if (url.pathname === `/api/compare/measures/${NINGKEDAI.id}/text`) return json({ id: NINGKEDAI.id, text: long });
      return compareApi(url);
    };
    const { requested, user } = renderPage('/compare?regions=320100&theme=tech_finance', api, lang);
    const measure = await screen.findByTestId('measure');
    expect(measure).not.toHaveTextContent(long);
    expect(requested.some((u) => u.endsWith('/text'))).toBe(false);
    await user.click(within(measure).getByText(label));
    await waitFor(() => expect(measure).toHaveTextContent(long));
    expect(requested).toContain(`/api/compare/measures/${NINGKEDAI.id}/text`);
  });

  it.each([
    ['zh', '另有 1 行指标，显示更多'],
    ['en', 'Show the other indicator rows (1)'],
  ] as const)('loads the indicator rows the body leaves out from its cursor (%s)', async (lang, label) => {
    const api = (url: URL) => {
      if (url.pathname !== '/api/compare') return compareApi(url);
      const whole = compareResponse(codesOf(url), themesOf(url));
      const total = whole.indicators.length;
      const cursor = url.searchParams.get('indicatorCursor');
      const rows = cursor === null ? whole.indicators.slice(0, total - 1) : whole.indicators.slice(Number(cursor));
      const next = cursor === null ? { indicatorsNext: String(total - 1) } : {};
      return json(packCompare({ ...whole, indicators: rows, indicatorsTotal: total, ...next }));
    };
    const { requested, user } = renderPage('/compare?regions=320100,321000', api, lang);
    const more = await screen.findByRole('button', { name: label });
    const table = screen.getByRole('table');
    const before = within(table).getAllByRole('rowheader').length;
    expect(requested.some((u) => u.includes('indicatorCursor'))).toBe(false);
    await user.click(more);
    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(before + 1));
    expect(requested.some((u) => u.includes(`indicatorCursor=${before}`))).toBe(true);
    expect(screen.queryByTestId('more-indicator-rows')).toBeNull();
  });

  it('speaks English in EN mode: place and theme names', async () => {
    renderPage('/compare?regions=320100&theme=tech_finance', compareApi, 'en');
    const section = await screen.findByRole('region', { name: 'Technology finance' });
    const columns = within(section).getAllByTestId('compare-column');
    expect(columns[0]).toHaveTextContent('Hohhot');
    expect(columns[0]).toHaveTextContent('No related measures');
    expect(columns[1]).toHaveTextContent('Nanjing');
  });
});
