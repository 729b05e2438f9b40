/**
 * The comparable-indicator table against /api/compare fixtures: badges on every value, like-for-like
 * comparison (common period, different years, missing), conflicts, the normalised views, the
 * official-sources switch and the coverage basis.
 */
import { packCompare } from '@ipb/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/i18n';
import { RD_BULLETIN_QUOTE, RD_REPRINT_QUOTE } from '@/test/fixtures';
import { renderPage } from '@/test/render-page';
import { json, stubApi } from '@/test/stub-api';
import { compareResponse, gapsResponse, THEMES } from '../test/compare-fixtures';
import { ComparePage } from './ComparePage';

const codesOf = (url: URL) => (url.searchParams.get('regions') ?? '').split(',').filter(Boolean);

function open(url: string, { lang = 'zh', thin = false }: { lang?: Lang; thin?: boolean } = {}) {
  const requested = stubApi((u) => {
    if (u.pathname === '/api/themes') return json({ items: THEMES });
    if (u.pathname === '/api/compare') return json(packCompare(compareResponse(codesOf(u), [])));
    if (u.pathname === '/api/gaps') return json(gapsResponse(codesOf(u), { thin }));
    return undefined;
  });
  return { requested, ...renderPage(ComparePage, { url, lang }) };
}

const row = async (name: RegExp) => within(await screen.findByRole('table')).getByRole('row', { name });
// The row header (name and unit) first, then the benchmark and each place.
const cellsOf = (r: HTMLElement) => [within(r).getByRole('rowheader'), ...within(r).getAllByRole('cell')];
const authorities = (el: HTMLElement) =>
  [...el.querySelectorAll('[data-authority]')].map((b) => b.getAttribute('data-authority'));

describe('Compare: comparable indicators', () => {
  it('badges every value with its authority and flags', async () => {
    open('/compare?regions=320100,321000');
    const [, bench, nanjing] = cellsOf(await row(/高新技术企业数/));
    expect(within(bench!).getByText('新闻转载')).toHaveAttribute('title', '来源权威性: 门户网站或自媒体转载');
    // 南京's own value and the benchmark value it is compared with, each badged.
    expect(authorities(nanjing!)).toEqual(['news_reprint', 'news_reprint']);
    expect(within(nanjing!).getByRole('list', { name: '数据质量标记' })).toHaveTextContent('下限值');
  });

  it.each([
    {
      name: 'a common period: names it, shows both values and the difference',
      indicator: /高新技术企业数/,
      column: 2,
      has: ['按 2022 比较', '8,800以上 (2022)', '对比基准：461 (2022)', '差值 +8,339'],
      hasNot: [/年份不同/],
    },
    {
      name: 'different years: both values with their years, "年份不同", no difference',
      indicator: /地区生产总值/,
      column: 3,
      has: ['年份不同', '7,423.26 (2023)', '对比基准：3,121.4 (2021)'],
      hasNot: [/差值 [+−\d]/, /按 \d/],
    },
    {
      name: 'missing: 无数据, never 0',
      indicator: /地区生产总值/,
      column: 2,
      has: ['无数据'],
      hasNot: [/0/, /差值/],
    },
  ])('$name', async ({ indicator, column, has, hasNot }) => {
    open('/compare?regions=320100,321000');
    const cell = cellsOf(await row(indicator))[column]!;
    for (const text of has) expect(cell).toHaveTextContent(text);
    for (const text of hasNot) expect(cell).not.toHaveTextContent(text);
  });

  it('discloses both sources of a conflicting value: values, authority badges, quotes and links', async () => {
    const { user } = open('/compare?regions=320100');
    const bench = cellsOf(await row(/研发经费投入/))[1]!;
    expect(bench).toHaveTextContent('52.4 (2022)');
    const badge = within(bench).getByRole('button', { name: '2 个来源不一致' });
    expect(badge).toHaveAttribute('aria-expanded', 'false');
    expect(within(bench).getByText(RD_BULLETIN_QUOTE)).not.toBeVisible();

    await user.click(badge);

    expect(badge).toHaveAttribute('aria-expanded', 'true');
    const panel = within(bench).getByRole('region', { name: '查看各来源原文' });
    const [used, other] = within(panel).getAllByTestId('conflict-value');
    expect(used).toHaveTextContent('52.4 亿元');
    expect(within(used!).getByText(RD_REPRINT_QUOTE).tagName).toBe('BLOCKQUOTE');
    expect(authorities(used!)).toEqual(['news_reprint']);
    expect(other).toHaveTextContent('44.5 亿元');
    expect(within(other!).getByText(RD_BULLETIN_QUOTE).tagName).toBe('BLOCKQUOTE');
    expect(authorities(other!)).toEqual(['low_authority']);
    expect(within(other!).getByRole('link', { name: /科技经费投入统计公报/ })).toHaveAttribute(
      'href',
      'http://yfsoft.com.cn/50988.html',
    );
    expect(panel).toHaveTextContent('取值规则');
  });

  it('shows per-capita values with their cited denominators, and says which denominator is missing', async () => {
    const { user, search } = open('/compare?regions=320100,321000');
    await row(/高新技术企业数/);
    await user.click(screen.getByRole('radio', { name: '人均' }));
    expect(search().get('view')).toBe('per_capita');
    expect(screen.getByText(/各地数值除以同一年份的常住人口/)).toBeInTheDocument();

    const cells = cellsOf(await row(/高新技术企业数/));
    expect(cells[0]).toHaveTextContent('家/万人');
    expect(cells[2]).toHaveTextContent('9.27 (2022)');
    expect(within(cells[2]!).getByTestId('denominator')).toHaveTextContent('÷ 常住人口 949.11 万人 (2022)');
    expect(within(cells[2]!).getByRole('link', { name: /常住人口/ })).toHaveAttribute(
      'href',
      'https://www.maigoo.com/news/688384.html',
    );
    expect(cells[2]).toHaveTextContent('呼和浩特缺少同年的常住人口数据，无法比较');
    expect(cells[2]).not.toHaveTextContent('差值');
    expect(cells[3]).toHaveTextContent('无数据');

    // Rows no place has a per-capita value for are left out, and the page says how many.
    expect(within(screen.getByRole('table')).queryByRole('row', { name: /地区生产总值/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('view-hidden')).toHaveTextContent('另有 2 个指标没有“人均”口径的数值');
  });

  it('says when no indicator can be shown in a view', async () => {
    open('/compare?regions=320100&view=per_gdp');
    expect(await screen.findByText('这些地区没有可以按“按 GDP 折算”换算的指标')).toBeInTheDocument();
  });

  it('restores the view from the URL and goes back to absolute values', async () => {
    const { user, search } = open('/compare?regions=320100&view=per_gdp');
    expect(await screen.findByRole('radio', { name: '按 GDP 折算' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '绝对值' }));
    expect(search().get('view')).toBeNull();
  });

  it('passes the official-sources switch to the API, the CSV links and the URL, and says it is on', async () => {
    const { user, search, requested } = open('/compare?regions=320100');
    await row(/高新技术企业数/);
    expect(screen.queryByTestId('official-notice')).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: '只看官方来源' }));

    expect(search().get('authority')).toBe('official');
    await waitFor(() => expect(requested).toContain('/api/compare?regions=320100&benchmark=150100&authority=official'));
    expect(screen.getByTestId('official-notice')).toHaveTextContent('当前只显示官方来源的数据');
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /下载“高新技术企业数”/ })).toHaveAttribute(
        'href',
        '/api/series?indicator=high_tech_enterprises&regions=150100%2C320100&authority=official&format=csv',
      ),
    );
    expect(within(screen.getByRole('table')).getByRole('link', { name: '南京市' })).toHaveAttribute(
      'href',
      '/regions/320100?authority=official',
    );

    await user.click(screen.getByRole('button', { name: '显示全部来源' }));
    expect(search().get('authority')).toBeNull();
  });

  it('shows what each place’s data rests on', async () => {
    open('/compare?regions=320100,321000');
    const basis = await screen.findAllByTestId('basis');
    expect(basis.map((b) => b.textContent)).toEqual([
      '呼和浩特市4 个来源 · 1 条举措 · 6 个数据 · 最新 2024-07-31',
      '南京市3 个来源 · 1 条举措 · 3 个数据 · 最新 2023-07-31',
      '扬州市2 个来源 · 0 条举措 · 1 个数据',
    ]);
  });

  it('says so in English: periods, authority and conflicts', async () => {
    open('/compare?regions=320100,321000', { lang: 'en' });
    const highTech = cellsOf(await row(/High-tech enterprises/));
    expect(highTech[2]).toHaveTextContent('Compared for 2022');
    expect(highTech[2]).toHaveTextContent('Benchmark: 461 (2022)News reprint');
    const gdp = cellsOf(await row(/GDP/));
    expect(gdp[3]).toHaveTextContent('Different years');
    const rd = cellsOf(await row(/R&D expenditure/));
    expect(within(rd[1]!).getByRole('button', { name: '2 sources disagree' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Official sources only' })).not.toBeChecked();
  });
});

describe('Compare: gap list coverage', () => {
  it('warns that 呼和浩特’s record is thin and lists themes as not recorded, not as gaps', async () => {
    open('/compare?regions=320100', { thin: true });
    const gaps = await screen.findByRole('region', { name: '差距清单' });
    expect(await within(gaps).findByTestId('gap-thin')).toHaveTextContent(
      '呼和浩特自身的记录较少（1 条举措、4 个来源，门槛为 20 条举措、3 个来源）',
    );
    expect(within(gaps).getByTestId('gap-basis')).toHaveTextContent('依据：呼和浩特市：4 个来源中 1 条举措');
    expect(within(gaps).queryByRole('heading', { name: '呼和浩特尚无举措的主题' })).not.toBeInTheDocument();
    expect(within(gaps).getByRole('heading', { name: '暂无呼和浩特相关举措记录的主题' })).toBeInTheDocument();
    const theme = within(gaps).getByTestId('gap-theme');
    expect(theme).toHaveAttribute('data-finding', 'not_recorded');
    expect(theme).toHaveTextContent('科技金融暂无呼和浩特相关举措记录');
  });

  it('states the coverage in English', async () => {
    open('/compare?regions=320100', { lang: 'en', thin: true });
    const gaps = await screen.findByRole('region', { name: 'Gap list' });
    expect(await within(gaps).findByTestId('gap-basis')).toHaveTextContent('Basis: Hohhot: 1 measures in 4 sources');
    expect(within(gaps).getByTestId('gap-thin')).toHaveTextContent('Hohhot’s own record is thin');
    expect(within(gaps).getByTestId('gap-theme')).toHaveTextContent('No Hohhot measure recorded');
  });
});
