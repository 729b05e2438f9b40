import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { json, problem } from '@/test/stub-api';
import { CONFIRMED, PREVIEW, SOURCES } from '../test/reader-fixtures';
import { SourcesPage } from './SourcesPage';

const EDITOR = { user: { id: 2, username: 'wang.editor', role: 'editor' }, csrfToken: 'csrf-7f3a' };

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** The order GET /api/sources gives: bulletin issues first, newest first, then the other sources. */
const API_ORDER = [2, 1, 9];

function renderPage(session: unknown = EDITOR, upload?: () => Response, confirm?: (body: unknown) => Response) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'http://localhost');
      const method = init.method ?? 'GET';
      sent.push({
        method,
        path: url.pathname,
        headers: Object.fromEntries(new Headers(init.headers)),
        body: init.body,
      });
      if (url.pathname === '/api/auth/session') return json(session);
      if (url.pathname === '/api/sources' && method === 'GET')
        return json({
          items: API_ORDER.map((id) => SOURCES.find((s) => s.id === id)),
          total: SOURCES.length,
          nextCursor: null,
        });
      if (url.pathname === '/api/sources' && method === 'POST') return upload?.() ?? json(PREVIEW, 201);
      if (url.pathname === `/api/sources/${PREVIEW.id}/confirm`) return confirm?.(init.body) ?? json(CONFIRMED);
      if (url.pathname === `/api/uploads/${PREVIEW.id}/items/f%3A0%3A0` && method === 'PATCH') {
        const figures = PREVIEW.items.figures.map((f) => ({ ...f, status: 'dropped' as const }));
        return json({ ...PREVIEW, items: { ...PREVIEW.items, figures } });
      }
      return problem(404, 'not-found', url.pathname, { path: url.pathname });
    }),
  );
  const router = createMemoryRouter([{ path: '/sources', Component: SourcesPage }], { initialEntries: ['/sources'] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders queryClient={queryClient} lang="zh">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { sent, user: userEvent.setup() };
}

const file = () => new File(['# 科技情报参考\n\n2024年第8期\n'], 'kejiqingbao-2024-08.txt', { type: 'text/plain' });

describe('SourcesPage', () => {
  it('lists the sources in the order the API gives them (bulletins first, newest first), each linking to the reader', async () => {
    renderPage();
    const list = await screen.findByRole('region', { name: '来源列表' });
    const links = await within(list).findAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      '科技情报参考 2024年第7期',
      '科技情报参考 2023年第7期',
      '城市参考数据',
    ]);
    expect(links[0]).toHaveAttribute('href', '/sources/2');
  });

  it('uploads a file, previews what was extracted, and confirms the import', async () => {
    const { sent, user } = renderPage();
    const panel = await screen.findByRole('region', { name: '上传新一期' });
    await user.upload(await within(panel).findByLabelText(/文本文件/), file());
    // The source hints the extractor reads when a text says only 我市/全区 (issue 9).
    await user.type(within(panel).getByRole('textbox', { name: '原文网址' }), 'https://kjj.example.gov.cn/a/1.html');
    await user.type(within(panel).getByRole('textbox', { name: '地区' }), '西安市雁塔区');
    await user.click(within(panel).getByRole('button', { name: '上传并预览' }));

    const table = (await within(panel).findAllByRole('table'))[0]!;
    expect(within(table).getByRole('rowheader', { name: '合肥：打造科技成果转化示范市' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('合肥市46');
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('未识别');
    expect(panel).toHaveTextContent('解析提示（1）');
    const post = sent.find((s) => s.method === 'POST' && s.path === '/api/sources')!;
    expect(post.headers['x-csrf-token']).toBe('csrf-7f3a');
    expect(post.body).toBeInstanceOf(FormData);
    expect(((post.body as FormData).get('file') as File).name).toBe('kejiqingbao-2024-08.txt');
    expect((post.body as FormData).get('url')).toBe('https://kjj.example.gov.cn/a/1.html');
    expect((post.body as FormData).get('place')).toBe('西安市雁塔区');
    // A blank hint is not sent.
    expect((post.body as FormData).has('publisher')).toBe(false);

    // Every figure with place, indicator, kind, period and confidence; and what changes against the stored issue.
    const figure = within(within(panel).getByTestId('upload-figures')).getAllByRole('row')[1]!;
    expect(figure).toHaveTextContent('中试基地 12个');
    expect(figure).toHaveTextContent('合肥市');
    expect(figure).toHaveTextContent('未对应指标');
    expect(figure).toHaveTextContent('实际');
    expect(figure).toHaveTextContent('年末/时点 2024');
    expect(figure).toHaveTextContent('62%');
    expect(within(panel).getByTestId('upload-diff')).toHaveTextContent('新增 1，删除 1，不变 5');

    await user.click(within(panel).getByRole('button', { name: '确认导入' }));
    expect(await within(panel).findByText(/已导入：2 篇文章，4 条举措，6 条数据/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: '打开导入的来源' })).toHaveAttribute('href', '/sources/3');
    expect(sent.find((s) => s.path === '/api/sources/41/confirm')?.headers['x-csrf-token']).toBe('csrf-7f3a');
    await waitFor(() => expect(sent.filter((s) => s.method === 'GET' && s.path === '/api/sources')).toHaveLength(2));
  });

  it('leaves a figure out before import, with a reason sent for the audit log', async () => {
    const { sent, user } = renderPage();
    const panel = await screen.findByRole('region', { name: '上传新一期' });
    await user.upload(await within(panel).findByLabelText(/文本文件/), file());
    await user.click(within(panel).getByRole('button', { name: '上传并预览' }));
    const figures = await within(panel).findByTestId('upload-figures');
    await user.click(within(figures).getByRole('button', { name: '不导入“中试基地 12个”' }));
    const form = within(figures).getByRole('form', { name: '不导入“中试基地 12个”' });
    await user.click(within(form).getByRole('button', { name: '确认不导入' }));
    expect(within(form).getByText('请填写理由。')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox'), '重复统计');
    await user.click(within(form).getByRole('button', { name: '确认不导入' }));
    await waitFor(() => expect(within(figures).getAllByRole('row')[1]).toHaveTextContent('不导入'));
    const patch = sent.find((s) => s.method === 'PATCH');
    expect(patch?.path).toBe('/api/uploads/41/items/f%3A0%3A0');
    expect(JSON.parse(String(patch?.body))).toEqual({ action: 'drop', reason: '重复统计' });
    expect(within(figures).getByRole('button', { name: '恢复“中试基地 12个”' })).toBeInTheDocument();
  });

  it("shows the server's reason when a file is refused", async () => {
    const { user } = renderPage(EDITOR, () =>
      problem(415, 'document-binary', 'This looks like a binary file (PDF?). Save the bulletin as text first.'),
    );
    const panel = await screen.findByRole('region', { name: '上传新一期' });
    await user.upload(await within(panel).findByLabelText(/文本文件/), file());
    await user.click(within(panel).getByRole('button', { name: '上传并预览' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('上传失败');
    expect(alert).toHaveTextContent('这不是文本文件，请先转换为 UTF-8 或 GB18030 文本。');
    expect(alert).not.toHaveTextContent('Save the bulletin');
  });

  it('lets the editor insist when a newer version of the issue was imported after the preview', async () => {
    const newer = json(
      {
        type: 'https://ipb.local/problems/newer-version-imported',
        title: 'A newer version is imported',
        status: 409,
        detail: 'Source 3, another version of this document, was imported after this preview was made.',
        code: 'newer-version-imported',
        params: { sourceId: 3 },
      },
      409,
      'application/problem+json',
    );
    const { sent, user } = renderPage(EDITOR, undefined, (body) => (body ? json(CONFIRMED) : newer));
    const panel = await screen.findByRole('region', { name: '上传新一期' });
    await user.upload(await within(panel).findByLabelText(/文本文件/), file());
    await user.click(within(panel).getByRole('button', { name: '上传并预览' }));
    await user.click(await within(panel).findByRole('button', { name: '确认导入' }));
    expect(await within(panel).findByText(/已有更新的版本导入/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: '仍然用这份预览替换较新的版本' }));
    expect(await within(panel).findByText(/已导入：2 篇文章/)).toBeInTheDocument();
    const confirms = sent.filter((s) => s.path === '/api/sources/41/confirm');
    expect(confirms.map((c) => c.body)).toEqual([undefined, JSON.stringify({ replaceNewer: true })]);
  });

  it('offers a login link instead of the form to anonymous visitors', async () => {
    renderPage({ user: null, csrfToken: null });
    const panel = await screen.findByRole('region', { name: '上传新一期' });
    expect(await within(panel).findByRole('link', { name: '登录后上传' })).toHaveAttribute(
      'href',
      '/login?next=%2Fsources',
    );
    expect(within(panel).queryByRole('button', { name: '上传并预览' })).not.toBeInTheDocument();
  });
});
