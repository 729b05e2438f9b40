import type { MeasureBrief } from '@ipb/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/test/render-page';
import { json, stubApi } from '@/test/stub-api';
import { ThemeMeasures } from './ThemeMeasures';

const measure = (id: number): MeasureBrief => ({
  id,
  regionCode: '320100',
  title: `举措 ${id}`,
  text: `举措 ${id}`,
  programs: [],
  subPlace: null,
  citation: {
    sourceId: 1,
    sourceType: 'bulletin',
    sourceTitle: '科技情报参考',
    authority: 'bulletin',
    issue: '2024年第7期',
    articleTitle: null,
    url: null,
    documentNumber: null,
    quote: `举措 ${id}`,
    start: id,
    end: id + 1,
    note: null,
  },
});
const ALL = [5, 4, 3, 2, 1].map(measure);

function Column() {
  return (
    <ThemeMeasures
      regionCode="320100"
      themeId="tech_finance"
      measures={ALL.slice(0, 3)}
      total={ALL.length}
      item={(m) => (
        <li key={m.id} data-testid="item">
          {m.title}
        </li>
      )}
    />
  );
}

describe('ThemeMeasures', () => {
  it('shows the latest measures, and all of them after "N 条，显示全部", asking for that column only', async () => {
    const requested = stubApi((url) =>
      url.pathname === '/api/compare/measures' ? json({ items: ALL, total: ALL.length, nextCursor: null }) : undefined,
    );
    const { user } = renderPage(Column, { url: '/compare' });
    expect(screen.getAllByTestId('item')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: '5 条，显示全部' }));
    expect(await screen.findAllByTestId('item')).toHaveLength(5);
    expect(within(screen.getAllByTestId('item')[4] as HTMLElement).getByText('举措 1')).toBeInTheDocument();
    expect(requested).toContain('/api/compare/measures?region=320100&theme=tech_finance&limit=100');
    expect(screen.queryByRole('button', { name: /显示全部/ })).toBeNull();
  });

  it('says so in English', async () => {
    stubApi();
    renderPage(Column, { url: '/compare', lang: 'en' });
    expect(screen.getByRole('button', { name: '5 measures, show all' })).toBeInTheDocument();
  });
});
