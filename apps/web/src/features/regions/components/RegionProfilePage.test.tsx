import { RegionProfileSchema, ThemeListResponseSchema } from '@ipb/domain';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '@/app/providers';
import { INDICATORS, RD_BULLETIN_QUOTE, RD_CONFLICT, REGIONS, SERIES } from '@/test/fixtures';
import { json, problem, stubApi } from '@/test/stub-api';
import { RegionProfilePage } from './RegionProfilePage';

const latestOf = (point: (typeof SERIES.nanjingHighTech.points)[number], periodType = 'point') => ({
  observationId: point.observationId,
  value: point.value,
  unit: point.unit,
  year: point.year,
  periodType,
  periodStart: point.periodStart,
  periodEnd: point.periodEnd,
  qualifier: point.qualifier,
  flags: point.flags,
  authority: point.authority,
  reviewStatus: point.reviewStatus,
  citation: point.citation,
  conflict: point.conflict,
});
const latest = latestOf(SERIES.nanjingHighTech.points[0]!);
/** A figure two sources disagree on (the fixture's 呼和浩特 R&D pair, used here for the test only). */
const contested = { ...latestOf(SERIES.hohhotRd.points[0]!, 'full_year'), conflict: RD_CONFLICT };
const bulletin = {
  sourceId: 1,
  sourceType: 'bulletin',
  sourceTitle: '科技情报参考',
  authority: 'bulletin',
  issue: '2023年第7期',
  articleTitle: '南京市扎实推进原始创新和成果转化取得“新突破”',
  documentNumber: null,
  url: null,
  quote: '构建“活水源”推动科技金融双向奔赴',
  start: 961,
  end: 978,
  note: null,
};
const target = (status: string | null, statusReason: string) => ({
  observationId: status ? 7 : 8,
  regionCode: '320100',
  regionName: '南京市',
  indicatorId: 'high_tech_enterprises',
  indicatorName: status ? '高新技术企业数' : '科技型中小企业数',
  subject: null,
  value: 10000,
  valueMax: null,
  unit: '家',
  qualifier: null,
  aim: 'level',
  written: null,
  deadline: '2025-12-31',
  deadlineYear: 2025,
  flags: status ? [] : ['outside_2019_2024_window'],
  authority: 'bulletin',
  citation: bulletin,
  baseline: status ? latest : null,
  latest: status ? latest : null,
  status,
  statusReason,
  observedCagr: null,
  requiredCagr: null,
});

const PROFILE = RegionProfileSchema.parse({
  region: REGIONS[1],
  ancestors: [
    {
      code: '320000',
      official: true,
      name: '江苏省',
      shortName: '江苏',
      level: 'province',
      parentCode: null,
      aliases: [],
      nameEn: 'Jiangsu',
      pinyin: 'jiang su',
    },
  ],
  measuresByTheme: [
    {
      theme: { id: 'tech_finance', nameZh: '科技金融', nameEn: 'Technology finance' },
      measures: [
        {
          id: 12,
          regionCode: '320100',
          title: bulletin.quote,
          text: bulletin.quote,
          programs: ['宁科贷', '科创投'],
          subPlace: null,
          citation: bulletin,
        },
      ],
      total: 1,
    },
  ],
  indicators: [
    { indicator: INDICATORS[0], latest },
    { indicator: INDICATORS[2], latest: contested },
  ],
  targets: [
    target('on_track', 'observed 12.0%/yr vs required 10.0%/yr'),
    target(null, 'no baseline: no actual figure before the target was set'),
  ],
  targetsTotal: 2,
  sources: [
    {
      id: 1,
      type: 'bulletin',
      title: '科技情报参考',
      year: 2023,
      issueNumber: 7,
      publisher: null,
      url: null,
      sha256: 'b'.repeat(64),
      importedAt: '2026-11-20T08:00:00.000Z',
      authority: 'bulletin',
      authorityReason: 'an issue of the bureau bulletin 科技情报参考',
    },
  ],
  sourcesTotal: 1,
  coverage: { regionCode: '320100', sources: 3, measures: 1, figures: 2, latestDate: '2023-07-31' },
});

function renderPage(url: string, lang: 'zh' | 'en' = 'zh') {
  const requested = stubApi((u) => {
    if (u.pathname === '/api/themes') return json(ThemeListResponseSchema.parse({ items: [] }));
    if (u.pathname === '/api/regions/320100/profile') return json(PROFILE);
    if (u.pathname.startsWith('/api/regions/'))
      return problem(404, 'unknown-place', 'No place is called "999". GET /api/regions lists them.', { names: '999' });
    return undefined;
  });
  const router = createMemoryRouter([{ path: '/regions/:code', Component: RegionProfilePage }], {
    initialEntries: [url],
  });
  render(
    <AppProviders queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} lang={lang}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { requested, router, user: userEvent.setup() };
}

const authorities = (el: HTMLElement) =>
  [...el.querySelectorAll('[data-authority]')].map((b) => b.getAttribute('data-authority'));

describe('RegionProfilePage', () => {
  it('shows name, level and parents, measures with programmes and source links', async () => {
    renderPage('/regions/320100');
    expect(await screen.findByRole('heading', { level: 1, name: '南京市' })).toBeInTheDocument();
    expect(screen.getByText(/地级 · 代码 320100/)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '上级行政区' })).toHaveTextContent('江苏省');
    const measure = screen.getByTestId('measure');
    expect(within(measure).getByRole('list', { name: '政策品牌/项目' })).toHaveTextContent('宁科贷');
    expect(within(measure).getByRole('link', { name: /原文/ })).toHaveAttribute('href', '/sources/1#961-978');
    expect(screen.getByRole('link', { name: /与呼和浩特对比/ })).toHaveAttribute('href', '/compare?regions=320100');
  });

  it('cites the latest indicators and badges targets, with the reason when there is no status', async () => {
    renderPage('/regions/320100');
    const row = await screen.findByRole('row', { name: /高新技术企业数/ });
    expect(row).toHaveTextContent('8,800 家');
    expect(row).toHaveTextContent('南京市高新技术企业从1844家增加到8800家以上');
    const [onTrack, none] = screen.getAllByTestId('target');
    expect(onTrack).toHaveTextContent('按计划推进');
    expect(none).toHaveTextContent('无法评估');
    expect(none).toHaveTextContent('缺少基线：目标设定前没有实际数值');
    expect(none).toHaveTextContent('无数据');
  });

  it('uses English names in EN mode', async () => {
    renderPage('/regions/320100', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nanjing' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Part of' })).toHaveTextContent('Jiangsu');
  });

  it('says what to do when the place is unknown', async () => {
    renderPage('/regions/999');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法加载地区档案');
    expect(alert).toHaveTextContent('没有名为“999”的地区。');
  });

  it('badges indicators, targets and sources with their authority and flags, and shows the coverage', async () => {
    renderPage('/regions/320100');
    const row = await screen.findByRole('row', { name: /高新技术企业数/ });
    expect(authorities(row)).toEqual(['news_reprint']);
    expect(within(row).getByRole('list', { name: '数据质量标记' })).toHaveTextContent('下限值');
    const [, none] = screen.getAllByTestId('target');
    expect(authorities(none!)).toEqual(['bulletin']);
    expect(none).toHaveTextContent('超出2019–2024范围');
    expect(authorities(screen.getByRole('region', { name: '来源' }))).toEqual(['bulletin']);
    expect(screen.getByTestId('profile-coverage')).toHaveTextContent(
      '数据基础：3 个来源 · 1 条举措 · 2 个数据 · 最新 2023-07-31',
    );
  });

  it('discloses the other source of a contested figure', async () => {
    const { user } = renderPage('/regions/320100');
    const row = await screen.findByRole('row', { name: /研发经费投入/ });
    await user.click(within(row).getByRole('button', { name: '2 个来源不一致' }));
    const [, other] = within(row).getAllByTestId('conflict-value');
    expect(other).toHaveTextContent('44.5 亿元');
    expect(within(other!).getByText(RD_BULLETIN_QUOTE).tagName).toBe('BLOCKQUOTE');
    expect(within(other!).getByRole('link', { name: /统计公报/ })).toHaveAttribute(
      'href',
      'http://yfsoft.com.cn/50988.html',
    );
  });

  it('asks for official figures only when the switch is on, and keeps it on its links', async () => {
    const { requested, user, router } = renderPage('/regions/320100');
    await screen.findByRole('row', { name: /高新技术企业数/ });
    expect(requested).toContain('/api/regions/320100/profile');
    await user.click(screen.getByRole('switch', { name: '只看官方来源' }));
    expect(new URLSearchParams(router.state.location.search).get('authority')).toBe('official');
    await waitFor(() => expect(requested).toContain('/api/regions/320100/profile?authority=official'));
    expect(screen.getByRole('link', { name: /与呼和浩特对比/ })).toHaveAttribute(
      'href',
      '/compare?regions=320100&authority=official',
    );
    expect(screen.getByRole('heading', { level: 1, name: '南京市' })).toBeInTheDocument();
  });
});
