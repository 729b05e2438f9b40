import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '@/test/render-page';
import { json } from '@/test/stub-api';
import { ImportPage } from './ImportPage';

const EDITOR = { user: { id: 2, username: 'wang', role: 'editor' }, csrfToken: 'csrf-1' };

const figure = {
  regionCode: '150100',
  regionName: '呼和浩特市',
  regionNameEn: 'Hohhot',
  indicatorId: 'high_tech_enterprises',
  indicatorName: '高新技术企业',
  indicatorNameEn: 'High-tech enterprises',
  value: 1240,
  unit: '家',
  kind: 'actual',
  periodType: 'point',
  year: 2024,
  periodEnd: '2024-12-31',
  quote: '截至2024年底全市高新技术企业1240家',
  sourceTitle: '呼和浩特市科技局 2024年工作总结',
  sourceUrl: 'https://kjj.example.gov.cn/2024',
  documentNumber: '呼科发〔2025〕2号',
};

function stub(importable: boolean) {
  const posts: string[] = [];
  const rows = [
    { line: 2, status: 'new', problems: [], figure },
    ...(importable
      ? []
      : [
          {
            line: 3,
            status: 'error',
            problems: [
              { column: 'region', code: 'unknown-place', params: { names: '火星' }, message: 'unknown place' },
            ],
            figure: null,
          },
        ]),
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = new URL(String(input), 'http://localhost');
      if (url.pathname === '/api/auth/session') return json(EDITOR);
      if (init.method === 'POST') posts.push(url.pathname);
      if (url.pathname === '/api/observations/import/preview')
        return json({
          fileName: 'hohhot.csv',
          fileProblems: [],
          rows,
          counts: { rows: rows.length, new: 1, exists: 0, refused: rows.length - 1 },
          importable,
        });
      if (url.pathname === '/api/observations/import')
        return json({ status: 'imported', rows: 1, added: 1, unchanged: 0, sourceIds: [41], auditId: 9 }, 201);
      return json({}, 404);
    }),
  );
  return posts;
}

async function choose(user: ReturnType<typeof renderPage>['user']) {
  const file = new File(['region,indicator\n'], 'hohhot.csv', { type: 'text/csv' });
  await user.upload(await screen.findByLabelText(/CSV 文件/), file);
  await user.click(screen.getByRole('button', { name: '逐行预览' }));
  return screen.findByTestId('csv-preview');
}

afterEach(() => vi.unstubAllGlobals());

describe('ImportPage', () => {
  it('previews row by row, names each problem by column, and will not import a file with problems', async () => {
    const posts = stub(false);
    const { user } = renderPage(ImportPage, { url: '/import' });
    const table = await choose(user);
    const [, ok, bad] = within(table).getAllByRole('row');
    expect(ok).toHaveTextContent('新增');
    expect(ok).toHaveTextContent('呼和浩特市');
    expect(ok).toHaveTextContent('1,240 家');
    expect(ok).toHaveTextContent('呼科发〔2025〕2号');
    expect(bad).toHaveTextContent('有问题');
    expect(bad).toHaveTextContent('region 没有名为“火星”的地区');
    expect(screen.getByRole('button', { name: '确认导入' })).toBeDisabled();
    expect(posts).toEqual(['/api/observations/import/preview']);
  });

  it('imports a clean file on confirm and links the queue, the source and the audit log', async () => {
    const posts = stub(true);
    const { user } = renderPage(ImportPage, { url: '/import' });
    await choose(user);
    await user.click(screen.getByRole('button', { name: '确认导入' }));
    const result = await screen.findByTestId('csv-result');
    expect(result).toHaveTextContent('已导入 1 行');
    expect(within(result).getByRole('link', { name: '在审核队列中查看' })).toHaveAttribute('href', '/review?source=41');
    expect(within(result).getByRole('link', { name: '查看审计日志' })).toHaveAttribute('href', '/audit?entity=csv');
    await waitFor(() => expect(posts).toEqual(['/api/observations/import/preview', '/api/observations/import']));
  });
});
