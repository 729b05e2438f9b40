import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { json, problem, stubApi } from '@/test/stub-api';
import { INVESTMENT_SPAN, MEASURE_SPAN, PROJECTS_SPAN, RECORDS, SOURCE } from '../test/reader-fixtures';
import { SourceReaderPage } from './SourceReaderPage';

function readerApi(url: URL): Response | undefined {
  switch (url.pathname) {
    case '/api/sources/2':
      return json(SOURCE);
    case '/api/sources/2/records':
      return json(RECORDS);
    case '/api/themes':
      return json({ items: [] });
    default:
      return undefined;
  }
}

function renderPage(url: string, override = readerApi) {
  stubApi(override);
  const router = createMemoryRouter([{ path: '/sources/:id', Component: SourceReaderPage }], { initialEntries: [url] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders queryClient={queryClient} lang="zh">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, user: userEvent.setup() };
}

const details = () => screen.getByTestId('record-details');

describe('SourceReaderPage', () => {
  it('highlights every measure and figure in place, with a legend that does not rely on colour', async () => {
    renderPage('/sources/2');
    expect(await screen.findByRole('heading', { level: 1, name: '科技情报参考 2024年第7期' })).toBeInTheDocument();
    const measure = await screen.findByRole('button', { name: '举措：靶向招商引资，推进项目落地' });
    expect(measure.tagName).toBe('MARK');
    expect(measure).toHaveClass('hl-measure');
    const investment = screen.getByRole('button', { name: '数据：投资总额 26.5亿元' });
    expect(investment).toHaveTextContent('投资总额超过 26.5 亿元');
    // Nested in the measure: both styles (fill + underline and dashed box).
    expect(investment).toHaveClass('hl-measure', 'hl-figure');
    expect(screen.getByText('1 条举措，2 条数据', { exact: false })).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: '图例' });
    expect(legend).toHaveTextContent('实线下划线');
    expect(legend).toHaveTextContent('虚线边框');
    expect(details()).toHaveTextContent('点击原文中的高亮文字');
  });

  it('selects and focuses the span named by the hash, and shows the record', async () => {
    renderPage(`/sources/2#${INVESTMENT_SPAN.start}-${INVESTMENT_SPAN.end}`);
    const target = await screen.findByText('投资总额超过 26.5 亿元', { selector: 'mark.hl-target' });
    await waitFor(() => expect(target).toHaveFocus());
    expect(target).toHaveClass('is-selected');
    expect(within(details()).getByRole('heading', { name: '投资总额 26.5亿元' })).toBeInTheDocument();
    expect(details()).toHaveTextContent('数值26.5 亿元');
    expect(within(details()).getByRole('link', { name: '南京市' })).toHaveAttribute('href', '/regions/320100');
  });

  it('a click on a highlight opens its record and puts its span in the URL', async () => {
    const { router, user } = renderPage('/sources/2');
    await user.click(await screen.findByRole('button', { name: /^举措：/ }));
    expect(router.state.location.hash).toBe(`#${MEASURE_SPAN.start}-${MEASURE_SPAN.end}`);
    expect(within(details()).getByRole('heading', { name: '靶向招商引资，推进项目落地' })).toBeInTheDocument();
    expect(details()).toHaveTextContent('investment_attraction');

    // The record list is the keyboard path to the same records.
    const list = screen.getByRole('list', { name: '本文记录' });
    expect(within(list).getAllByRole('button')).toHaveLength(3);
    await user.click(within(list).getByRole('button', { name: /签约项目 10个/ }));
    expect(within(details()).getByRole('heading', { name: '签约项目 10个' })).toBeInTheDocument();
  });

  it('highlights every mention of a repeated fact, and opens the one figure from any of them', async () => {
    const { router, user } = renderPage('/sources/2');
    const own = await screen.findByRole('button', { name: '数据：签约项目 10个' });
    const again = screen.getByText('10 个', { selector: 'mark.hl-figure:not([role])' });
    // The repeat is highlighted but is not a second tab stop for the same figure.
    expect(again).not.toHaveAttribute('tabindex');
    await user.click(again);
    expect(router.state.location.hash).toBe(`#${PROJECTS_SPAN.start}-${PROJECTS_SPAN.end}`);
    expect(within(details()).getByRole('heading', { name: '签约项目 10个' })).toBeInTheDocument();
    expect(details()).toHaveTextContent('原文另有 1 处');
    expect(details()).toHaveTextContent('水平值 · 实际');
    await waitFor(() => expect(own).toHaveClass('is-selected'));
    expect(again).toHaveClass('is-selected');
  });

  it('says what to do when the source does not exist', async () => {
    renderPage('/sources/2', (url) =>
      url.pathname.startsWith('/api/sources/2')
        ? problem(404, 'unknown-source', 'There is no source 2. GET /api/sources lists them.', { id: 2 })
        : readerApi(url),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法打开这份来源');
    expect(alert).toHaveTextContent('没有编号为 2 的来源。');
    expect(screen.getByRole('link', { name: '返回来源列表' })).toHaveAttribute('href', '/sources');
  });
});
