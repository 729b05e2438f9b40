/**
 * Trust on the Indicators page: the source authority of every figure (table column, sources list,
 * targets, chart note), conflicts disclosed with both sentences and never turned into a change,
 * and the official-sources switch passed to every query and the CSV, kept in the URL.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { RD_BULLETIN_QUOTE, RD_REPRINT_QUOTE, SERIES, seriesResponse } from '@/test/fixtures';
import { renderPage } from '@/test/render-page';
import { json, stubApi } from '@/test/stub-api';
import { makeTarget } from '../test/builders';
import { IndicatorsPage } from './IndicatorsPage';

const TARGET = makeTarget('150100', { value: 1000, deadlineYear: 2025 }, { latest: [2022, 461] });

function open(url: string, override?: Parameters<typeof stubApi>[0]) {
  const requested = stubApi((u) => {
    const custom = override?.(u);
    if (custom) return custom;
    if (u.pathname === '/api/targets') {
      const items = u.searchParams.get('indicator') === 'high_tech_enterprises' ? [TARGET] : [];
      return json({ items, total: items.length, offset: 0 });
    }
    return undefined;
  });
  return { requested, ...renderPage(IndicatorsPage, { url }) };
}

const authorities = (el: HTMLElement) =>
  [...el.querySelectorAll('[data-authority]')].map((b) => b.getAttribute('data-authority'));

// The chart is a lazy chunk: load it once, so a test waits for the chart to draw, never for its module.
beforeAll(() => import('./IndicatorChart'));

describe('Indicators: trust', () => {
  it('gives the table an authority column and discloses a conflict without computing a change', async () => {
    const { user } = open('/indicators?indicator=rd_expenditure&tab=table');
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: '来源权威性' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    const cells = within(rows[0]!).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent('达到52.4');
    expect(cells[4]).toHaveTextContent('—');
    expect(authorities(cells[6]!)).toEqual(['news_reprint']);

    await user.click(within(cells[7]!).getByRole('button', { name: '2 个来源不一致' }));
    const values = within(cells[7]!).getAllByTestId('conflict-value');
    expect(within(values[0]!).getByText(RD_REPRINT_QUOTE).tagName).toBe('BLOCKQUOTE');
    expect(values[1]).toHaveTextContent('44.5 亿元');
    expect(within(values[1]!).getByText(RD_BULLETIN_QUOTE).tagName).toBe('BLOCKQUOTE');
    expect(authorities(values[1]!)).toEqual(['low_authority']);
  });

  it('badges each cited figure and target with its source authority', async () => {
    open('/indicators?indicator=high_tech_enterprises&regions=150100,320100');
    const sources = await screen.findByRole('region', { name: '来源' });
    const citations = await within(sources).findAllByTestId('citation');
    expect(citations.flatMap(authorities)).toEqual(['news_reprint', 'news_reprint']);
    const target = await within(screen.getByRole('region', { name: '目标' })).findByTestId('target');
    expect(authorities(target)).toEqual(['bulletin']);
  });

  it('explains the mark on points from low-authority sources', async () => {
    const low = {
      ...SERIES.hohhotHighTech,
      points: SERIES.hohhotHighTech.points.map((p) => ({ ...p, authority: 'low_authority' as const })),
    };
    open('/indicators?indicator=high_tech_enterprises', (u) =>
      u.pathname === '/api/series'
        ? json({ ...seriesResponse('high_tech_enterprises', ['150100']), series: [low] })
        : undefined,
    );
    expect(await screen.findByTestId('low-authority-note')).toHaveTextContent('空心、虚线边框的点来自低权威来源');
  });

  it('has no low-authority note when no drawn point needs one', async () => {
    open('/indicators?indicator=high_tech_enterprises&regions=150100,320100');
    await screen.findByTestId('indicator-chart');
    expect(screen.queryByTestId('low-authority-note')).not.toBeInTheDocument();
  });

  it('passes the official switch to the series, the targets and the CSV, and keeps it across changes', async () => {
    const { user, search, requested } = open('/indicators?indicator=high_tech_enterprises&regions=150100,320100');
    await screen.findByTestId('indicator-chart');
    await user.click(screen.getByRole('switch', { name: '只看官方来源' }));
    expect(search().get('authority')).toBe('official');
    await waitFor(() =>
      expect(requested).toContain(
        '/api/series?indicator=high_tech_enterprises&regions=150100%2C320100&authority=official&markers=1',
      ),
    );
    expect(requested).toContain(
      '/api/targets?indicator=high_tech_enterprises&region=150100%2C320100&authority=official&limit=200',
    );
    expect(screen.getByTestId('official-notice')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('link', { name: '下载 CSV' })).toHaveAttribute(
        'href',
        '/api/series?indicator=high_tech_enterprises&regions=150100%2C320100&authority=official&format=csv',
      ),
    );

    await user.click(screen.getByRole('tab', { name: '表格' }));
    expect(search().get('tab')).toBe('table');
    expect(search().get('authority')).toBe('official');
  });
});
