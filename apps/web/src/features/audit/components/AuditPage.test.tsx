import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/test/render-page';
import { json } from '@/test/stub-api';
import { AuditPage } from './AuditPage';

const EDITOR = { user: { id: 2, username: 'wang', role: 'editor' }, csrfToken: 'csrf-1' };
const ENTRY = {
  id: 7,
  at: '2026-03-02T08:15:00.000Z',
  actor: 'wang',
  action: 'correct',
  entity: 'observation',
  entityId: '302',
  before: { value: 10, reviewStatus: 'extracted', quote: '签约项目 10 个' },
  after: { value: 11, reviewStatus: 'corrected' },
  reason: '原文为洽谈企业数',
};

function stub() {
  const gets: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost');
      if (url.pathname === '/api/auth/session') return json(EDITOR);
      gets.push(`${url.pathname}${url.search}`);
      return json({ items: [ENTRY], total: 1, nextCursor: null });
    }),
  );
  return gets;
}

afterEach(() => vi.unstubAllGlobals());

describe('AuditPage', () => {
  it('lists who changed what, when, why, before and after', async () => {
    stub();
    renderPage(AuditPage, { url: '/audit' });
    const row = await screen.findByTestId('audit-entry');
    expect(row).toHaveTextContent('wang');
    expect(row).toHaveTextContent('更正 · 数据 302');
    expect(row).toHaveTextContent('原文为洽谈企业数');
    expect(within(row).getByText('10').tagName).toBe('DEL');
    expect(within(row).getByText('11').tagName).toBe('INS');
    expect(screen.getByTestId('audit-count')).toHaveTextContent('共 1 条记录');
  });

  it('filters through the URL and downloads the filtered entries as CSV', async () => {
    const gets = stub();
    const { user, search } = renderPage(AuditPage, { url: '/audit' });
    await screen.findByTestId('audit-entry');
    await user.selectOptions(screen.getByRole('combobox', { name: '操作' }), 'correct');
    await waitFor(() => expect(search().get('action')).toBe('correct'));
    await waitFor(() => expect(gets.some((g) => g.includes('action=correct'))).toBe(true));
    expect(screen.getByRole('link', { name: '下载 CSV' }).getAttribute('href')).toMatch(
      /^\/api\/audit\?action=correct&limit=1000&format=csv$/,
    );
  });
});
