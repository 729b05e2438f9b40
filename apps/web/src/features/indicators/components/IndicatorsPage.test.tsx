import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { HOHHOT_QUOTE, INDICATORS, REGIONS, SERIES, seriesResponse } from '@/test/fixtures';
import { json, problem, stubApi } from '@/test/stub-api';
import { makeSeries, makeTarget } from '../test/builders';
import { IndicatorsPage } from './IndicatorsPage';

const HOHHOT_TARGET = makeTarget('150100', { value: 1000, deadlineYear: 2025 }, { latest: [2022, 461] });
const YANGZHOU_TARGET = {
  ...makeTarget(
    '321000',
    { value: 3000, deadlineYear: 2025 },
    { latest: [2022, 1774] },
    null,
    'no baseline: no actual figure before the target was set',
  ),
  observationId: SERIES.yangzhouTarget.points[0]!.observationId,
};

/** /api/targets answers like the real one (filtered by region and indicator); the rest as stubApi. */
function withTargets(override?: Parameters<typeof stubApi>[0]): Parameters<typeof stubApi>[0] {
  return (url) => {
    const custom = override?.(url);
    if (custom) return custom;
    if (url.pathname !== '/api/targets') return undefined;
    const codes = (url.searchParams.get('region') ?? '').split(',');
    const items = url.searchParams.get('indicator') === 'high_tech_enterprises' ? [HOHHOT_TARGET, YANGZHOU_TARGET] : [];
    const shown = items.filter((x) => codes.includes(x.regionCode));
    return json({ items: shown, total: shown.length, offset: 0 });
  };
}

function renderPage(url: string, override?: Parameters<typeof stubApi>[0], lang: 'zh' | 'en' = 'zh') {
  const requested = stubApi(withTargets(override));
  const router = createMemoryRouter([{ path: '/indicators', Component: IndicatorsPage }], { initialEntries: [url] });
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
beforeAll(() => import('./IndicatorChart'));

describe('IndicatorsPage', () => {
  it('cites every figure under the chart: quote, source link and flag badges', async () => {
    renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,320100');
    const sources = await screen.findByRole('region', { name: '来源' });
    const citations = await within(sources).findAllByTestId('citation');
    expect(citations).toHaveLength(2);

    const [hohhot, nanjing] = citations;
    expect(within(hohhot!).getByText(HOHHOT_QUOTE).tagName).toBe('BLOCKQUOTE');
    expect(hohhot).toHaveTextContent('呼和浩特');
    expect(hohhot).toHaveTextContent('461 家');
    expect(within(hohhot!).getByRole('link', { name: /呼和浩特、包头入选/ })).toHaveAttribute(
      'href',
      'https://fensifuwu.com/economics/909ba8f9a27460a17f89289230b598ef.html',
    );
    expect(nanjing).toHaveTextContent('8,800以上 家');
    expect(within(nanjing!).getByRole('list', { name: '数据质量标记' })).toHaveTextContent('下限值');
    const chart = await screen.findByTestId('indicator-chart');
    await waitFor(() => expect(chart.querySelectorAll('svg path').length).toBeGreaterThan(3));
    expect(chart).toHaveAccessibleName(/高新技术企业数.*呼和浩特、南京/);
  });

  it('puts the indicator in the URL when it changes, and says which places have no data', async () => {
    const { requested, search, user } = renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,310000');
    const select = await screen.findByRole('combobox', { name: '指标' });
    await screen.findAllByTestId('citation');

    await user.selectOptions(select, 'tech_contract_turnover');

    expect(search().get('indicator')).toBe('tech_contract_turnover');
    expect(search().get('regions')).toBe('150100,310000');
    await waitFor(() =>
      expect(requested).toContain('/api/series?indicator=tech_contract_turnover&regions=150100%2C310000&markers=1'),
    );
    expect(await screen.findByText(/以下地区没有该指标的数据/)).toHaveTextContent('呼和浩特');
    const citation = await screen.findByTestId('citation');
    expect(citation).toHaveTextContent('4,850.21 亿元');
  });

  it('keeps 呼和浩特 selected and adds a searched place to the URL', async () => {
    const { search, user } = renderPage('/indicators?indicator=high_tech_enterprises');
    expect(await screen.findByRole('checkbox', { name: /呼和浩特市/ })).toBeDisabled();

    await user.type(screen.getByRole('searchbox', { name: '搜索地区' }), 'yz');
    expect(screen.queryByRole('checkbox', { name: /南京市/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /扬州市/ }));

    expect(search().get('regions')).toBe('150100,321000');
    expect(await screen.findByText(/到 2025 年，国家高新技术企业达 3000 家/)).toBeInTheDocument();
    expect(screen.getByText('超出2019–2024范围')).toBeInTheDocument();
  });

  it('shows the table with the change on the previous period when tab=table', async () => {
    const { search, user } = renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,321000&tab=table');
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByRole('rowheader', { name: '呼和浩特' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '图表' }));
    expect(search().get('tab')).toBeNull();
    expect(await screen.findByTestId('indicator-chart')).toBeInTheDocument();
  });

  it('explains an API error and offers to retry', async () => {
    renderPage('/indicators?indicator=nope', (url) =>
      url.pathname === '/api/series'
        ? problem(404, 'unknown-indicator', 'There is no indicator "nope". GET /api/indicators lists the ids.', {
            id: 'nope',
          })
        : undefined,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法加载数据');
    expect(alert).toHaveTextContent('没有编号为“nope”的指标。');
    expect(alert).not.toHaveTextContent('There is no indicator');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('speaks English in EN mode: indicator and place names, flag labels, the sources heading', async () => {
    renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,320100', undefined, 'en');
    const sources = await screen.findByRole('region', { name: 'Sources' });
    expect(await within(sources).findAllByTestId('citation')).toHaveLength(2);
    expect(sources).toHaveTextContent('Nanjing');
    expect(sources).toHaveTextContent('Lower bound');
    expect(screen.getByRole('combobox', { name: 'Indicator' })).toHaveDisplayValue(
      'High-tech enterprises (organisations)',
    );
    expect(screen.getByRole('checkbox', { name: /Hohhot/ })).toBeChecked();
  });

  it('lists targets under the chart with their status, the reason when it cannot be assessed, and the source', async () => {
    const { requested } = renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,321000');
    const section = await screen.findByRole('region', { name: '目标' });
    const items = await within(section).findAllByTestId('target');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('呼和浩特');
    expect(items[0]).toHaveTextContent('到 2025 年达到 1,000 家');
    expect(within(items[0]!).getByText('按期推进')).toHaveClass('status-badge');
    expect(items[0]).toHaveTextContent('起点：461 家（2022年）');
    expect(items[1]).toHaveTextContent('扬州');
    expect(within(items[1]!).getByText('无法评估')).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('没有设定目标之前的实际值（基期）');
    expect(within(items[1]!).getByText('到2025年，高新技术企业达3000家').tagName).toBe('BLOCKQUOTE');
    expect(requested).toContain('/api/targets?indicator=high_tech_enterprises&region=150100%2C321000&limit=200');
    expect(screen.queryByTestId('targets-cut')).not.toBeInTheDocument();
    const chart = await screen.findByTestId('indicator-chart');
    await waitFor(() => expect(chart.querySelectorAll('svg path[stroke-dasharray]').length).toBeGreaterThan(0));
  });

  it('says how many targets are not shown when the places have more than one answer holds', async () => {
    const override = (url: URL) =>
      url.pathname === '/api/targets' ? json({ items: [HOHHOT_TARGET], total: 201, offset: 0 }) : undefined;
    renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,321000', override);
    const section = await screen.findByRole('region', { name: '目标' });
    expect(await within(section).findAllByTestId('target')).toHaveLength(1);
    expect(within(section).getByTestId('targets-cut')).toHaveTextContent('所选地区共有 201 个目标，这里显示 1 个');
  });

  it('still shows the chart when the targets cannot be loaded, and says so', async () => {
    renderPage('/indicators?indicator=high_tech_enterprises&regions=150100', (url) =>
      url.pathname === '/api/targets' ? problem(500, 'internal-error', 'The database is locked.') : undefined,
    );
    const section = await screen.findByRole('region', { name: '目标' });
    expect(await within(section).findByText(/无法加载目标：服务器出错，已记录。/)).toBeInTheDocument();
    expect(await screen.findByTestId('indicator-chart')).toBeInTheDocument();
  });

  it('switches to the indexed view through the URL and back, by keyboard', async () => {
    const { search, user } = renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,320100');
    const indexed = await screen.findByRole('radio', { name: '指数（首年=100）' });
    expect(screen.getByRole('radio', { name: '绝对值' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: '人均' })).not.toBeInTheDocument();
    await user.click(indexed);
    expect(search().get('mode')).toBe('indexed');
    expect(screen.getByText(/每条线除以其第一个数据点再乘以 100/)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(search().get('mode')).toBeNull();
  });

  it('divides by the same year’s population only, and says which points are left out', async () => {
    const turnover = { ...INDICATORS[1]!, perCapitaDenominator: 'population' };
    const population = { ...INDICATORS[0]!, id: 'population', nameZh: '常住人口', nameEn: 'Population', unit: '人' };
    const { requested } = renderPage(
      '/indicators?indicator=tech_contract_turnover&regions=150100,310000&mode=per_capita&tab=table',
      (url) => {
        if (url.pathname === '/api/indicators') return json({ items: [INDICATORS[0], turnover] });
        if (url.pathname !== '/api/series') return undefined;
        const codes = (url.searchParams.get('regions') ?? '').split(',');
        if (url.searchParams.get('indicator') === 'population') {
          const pop = { ...makeSeries('150100', '人', [[2023, 2.5e7]]), regionCode: '310000', regionShortName: '上海' };
          return json({ indicator: population, regions: REGIONS, series: [pop], missing: [] });
        }
        const base = seriesResponse('tech_contract_turnover', codes);
        const [p2023] = SERIES.shanghaiTurnover.points;
        const shanghai = { ...SERIES.shanghaiTurnover, points: [{ ...p2023!, observationId: 999, year: 2022 }, p2023] };
        return json({ ...base, indicator: turnover, series: [shanghai] });
      },
    );
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('row', { name: /上海/ })).toHaveTextContent('19,400.84');
    expect(within(table).getByRole('row', { name: /上海/ })).toHaveTextContent('元/人');
    expect(screen.getByTestId('mode-notes')).toHaveTextContent('上海 2022：没有同一年份的常住人口数据，不推算');
    expect(requested).toContain('/api/series?indicator=population&regions=150100%2C310000');
    expect(screen.getByRole('radio', { name: '人均' })).toBeChecked();
  });

  it('offers only the indicators of the selected themes', async () => {
    renderPage('/indicators?indicator=tech_contract_turnover&theme=tech_transfer');
    const select = await screen.findByRole('combobox', { name: '指标' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['技术合同成交额 (元)']);
    expect(screen.getByText('按主题筛选后显示 1/3 个指标。')).toBeInTheDocument();
  });

  it('offers the chart as PNG and the figures as CSV with citations', async () => {
    renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,320100');
    expect(await screen.findByRole('button', { name: '下载 PNG' })).toBeEnabled();
    expect(screen.getByRole('link', { name: '下载 CSV' })).toHaveAttribute(
      'href',
      '/api/series?indicator=high_tech_enterprises&regions=150100%2C320100&format=csv',
    );
  });

  it('says targets, views and downloads in English in EN mode', async () => {
    renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,321000', undefined, 'en');
    const section = await screen.findByRole('region', { name: 'Targets' });
    const items = await within(section).findAllByTestId('target');
    expect(items[0]).toHaveTextContent('1,000 organisations by 2025');
    expect(within(items[0]!).getByText('On track')).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('observed 12.0%/yr vs required 10.0%/yr');
    expect(within(items[1]!).getByText('Cannot be assessed')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Index (first year = 100)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
  });
});
