import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { HOHHOT_QUOTE } from '@/test/fixtures';
import { problem, stubApi } from '@/test/stub-api';
import { IndicatorsPage } from './IndicatorsPage';

function renderPage(url: string, override?: Parameters<typeof stubApi>[0], lang: 'zh' | 'en' = 'zh') {
  const requested = stubApi(override);
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
    const chart = screen.getByTestId('indicator-chart');
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
      expect(requested).toContain('/api/series?indicator=tech_contract_turnover&regions=150100%2C310000'),
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
    expect(screen.getByTestId('indicator-chart')).toBeInTheDocument();
  });

  it('explains an API error and offers to retry', async () => {
    renderPage('/indicators?indicator=nope', (url) =>
      url.pathname === '/api/series'
        ? problem(404, 'Unknown indicator', 'There is no indicator "nope". GET /api/indicators lists the ids.')
        : undefined,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法加载数据');
    expect(alert).toHaveTextContent('There is no indicator "nope".');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('speaks English in EN mode: indicator and place names, flag labels, the sources heading', async () => {
    renderPage('/indicators?indicator=high_tech_enterprises&regions=150100,320100', undefined, 'en');
    const sources = await screen.findByRole('region', { name: 'Sources' });
    expect(await within(sources).findAllByTestId('citation')).toHaveLength(2);
    expect(sources).toHaveTextContent('Nanjing');
    expect(sources).toHaveTextContent('Lower bound');
    expect(screen.getByRole('combobox', { name: 'Indicator' })).toHaveDisplayValue('High-tech enterprises (家)');
    expect(screen.getByRole('checkbox', { name: /Hohhot/ })).toBeChecked();
  });
});
