import { MeasureListResponseSchema } from '@ipb/domain';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { json, problem, stubApi } from '@/test/stub-api';
import { facetsResponse, measuresResponse, SHANGHAI_TALENT, THEMES } from '../test/measures-fixtures';
import { MeasuresPage } from './MeasuresPage';

function measuresApi(url: URL): Response | undefined {
  switch (url.pathname) {
    case '/api/themes':
      return json({ items: THEMES });
    case '/api/measures':
      return json(measuresResponse(url.searchParams));
    case '/api/measures/facets':
      return json(facetsResponse(url.searchParams));
    default:
      return undefined;
  }
}

function renderPage(url: string, override: Parameters<typeof stubApi>[0] = measuresApi, lang: 'zh' | 'en' = 'zh') {
  const requested = stubApi(override);
  const router = createMemoryRouter([{ path: '/measures', Component: MeasuresPage }], { initialEntries: [url] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders queryClient={queryClient} lang={lang}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const search = () => new URLSearchParams(router.state.location.search);
  return { router, requested, search, user: userEvent.setup() };
}

describe('MeasuresPage', () => {
  it('lists measures with place link, theme badges with their evidence, programmes and the cited span', async () => {
    renderPage('/measures');
    const cards = await screen.findAllByTestId('measure');
    expect(cards).toHaveLength(3);
    const shanghai = cards[0]!;
    expect(within(shanghai).getByRole('heading', { name: '加强人才引育' })).toBeInTheDocument();
    expect(within(shanghai).getByRole('link', { name: '上海市' })).toHaveAttribute('href', '/regions/310000');
    const themes = within(shanghai).getByRole('list', { name: '政策主题' });
    const talent = within(themes).getByText('人才');
    expect(talent).toHaveAttribute('title', '判定依据：人才培养、人才队伍');
    expect(talent).toHaveTextContent('判定依据： 人才培养、人才队伍');
    const { start, end } = SHANGHAI_TALENT.citation;
    expect(within(shanghai).getByRole('link', { name: /在原文中查看：2024年第7期/ })).toHaveAttribute(
      'href',
      `/sources/2#${start}-${end}`,
    );
    const programs = within(cards[2]!).getByRole('list', { name: '政策品牌/项目' });
    expect(programs).toHaveTextContent('科技副总');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('共 3 条举措');
    expect(screen.getByRole('link', { name: '下载 CSV（含出处）' })).toHaveAttribute(
      'href',
      '/api/measures?limit=200&format=csv',
    );
  });

  it('searches after a pause, puts q in the URL and highlights the matches with <mark>', async () => {
    const { requested, search, user } = renderPage('/measures');
    await screen.findAllByTestId('measure');
    await user.type(screen.getByRole('searchbox', { name: '搜索举措' }), '人才');

    await waitFor(() => expect(search().get('q')).toBe('人才'));
    await waitFor(() => expect(screen.getAllByTestId('measure')).toHaveLength(2));
    expect(requested).toContain('/api/measures?q=%E4%BA%BA%E6%89%8D&limit=50');
    const marks = screen.getAllByTestId('measure').flatMap((card) => [...card.querySelectorAll('mark')]);
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(marks.map((m) => m.textContent))).toEqual(new Set(['人才']));
    // The text is never parsed as HTML: the search word is a text node inside <mark>.
    expect(marks[0]!.innerHTML).toBe('人才');
    expect(screen.getByRole('link', { name: /下载 CSV/ })).toHaveAttribute(
      'href',
      '/api/measures?q=%E4%BA%BA%E6%89%8D&limit=200&format=csv',
    );
  });

  it('restores a search from the URL and does not send a request per keystroke', async () => {
    const { requested } = renderPage('/measures?q=%E4%BA%BA%E6%89%8D');
    expect(await screen.findByRole('searchbox', { name: '搜索举措' })).toHaveValue('人才');
    await screen.findAllByText('人才', { selector: 'mark' });
    expect(requested.filter((r) => r.startsWith('/api/measures?'))).toEqual([
      '/api/measures?q=%E4%BA%BA%E6%89%8D&limit=50',
    ]);
  });

  it('shows facet counts and updates the URL when a facet is clicked', async () => {
    const { search, user, requested } = renderPage('/measures');
    const place = await screen.findByRole('group', { name: '地区' });
    const nanjing = await within(place).findByRole('button', { name: /南京市/ });
    expect(nanjing).toHaveTextContent('1');
    expect(nanjing).toHaveAttribute('aria-pressed', 'false');

    await user.click(nanjing);
    expect(search().get('region')).toBe('320100');
    await waitFor(() => expect(screen.getAllByTestId('measure')).toHaveLength(1));
    expect(within(place).getByRole('button', { name: /南京市/ })).toHaveAttribute('aria-pressed', 'true');
    expect(requested).toContain('/api/measures/facets?region=320100');

    // Theme chips come from the shared filter and carry the facet counts.
    const talent = await screen.findByRole('button', { name: /^人才/ });
    await waitFor(() => expect(talent).toHaveTextContent('人才0'));
    await user.click(talent);
    expect(search().get('theme')).toBe('talent');
    expect(await screen.findByText('没有符合条件的举措。')).toBeInTheDocument();
    expect(screen.getByText(/请减少筛选条件/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '清除全部筛选' }));
    expect(search().toString()).toBe('');
    await waitFor(() => expect(screen.getAllByTestId('measure')).toHaveLength(3));
  });

  it('renders only the rows near the viewport when the list is long', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...SHANGHAI_TALENT, id: 1000 + i, title: `举措 ${i + 1}` }));
    renderPage('/measures', (url) =>
      url.pathname === '/api/measures'
        ? json(MeasureListResponseSchema.parse({ items: many, total: 240, nextCursor: '1120' }))
        : measuresApi(url),
    );
    await screen.findAllByTestId('measure');
    const rendered = screen.getAllByTestId('measure');
    expect(rendered.length).toBeGreaterThan(3);
    expect(rendered.length).toBeLessThan(30);
    expect(rendered[0]!.closest('li')).toHaveAttribute('aria-setsize', '120');
    expect(screen.getByRole('button', { name: '加载更多' })).toBeEnabled();
    expect(screen.getByText(/共 240 条举措 · 已显示 120 条/)).toBeInTheDocument();
  });

  it('links to the form for the bureau’s own measures', async () => {
    renderPage('/measures');
    expect(await screen.findByRole('link', { name: '录入本局政策' })).toHaveAttribute('href', '/measures/new');
  });

  it('explains an API error and offers to retry', async () => {
    renderPage('/measures?q=%E4%BA%BA', (url) =>
      url.pathname === '/api/measures'
        ? problem(400, 'invalid-request', 'q: search text is at most 100 characters')
        : measuresApi(url),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法加载举措');
    expect(alert).toHaveTextContent('请求中有内容不符合要求，请按提示修改。');
    expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('speaks English in EN mode', async () => {
    renderPage('/measures', measuresApi, 'en');
    expect(await screen.findByRole('heading', { name: 'Policy measures', level: 1 })).toBeInTheDocument();
    const cards = await screen.findAllByTestId('measure');
    expect(within(cards[0]!).getByText('Talent')).toHaveAttribute('title', 'Because of: 人才培养、人才队伍');
    expect(screen.getByRole('searchbox', { name: 'Search measures' })).toBeInTheDocument();
  });
});
