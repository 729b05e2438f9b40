import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { current, labels, renderReview } from '../test/render-review';
import { ANONYMOUS, VIEWER } from '../test/review-fixtures';

function renderPage(url = '/review', session?: Parameters<typeof renderReview>[1]) {
  const page = renderReview(url, session);
  const patches = () => page.sent.filter((s) => s.method === 'PATCH');
  return { ...page, patches };
}

describe('ReviewPage', () => {
  it('shows the queue with each citation sentence, conflicts first, and the shortcuts', async () => {
    renderPage();
    await screen.findAllByTestId('review-item');
    expect(labels()).toEqual(['投资总额 26.5亿元', '加强人才引育', '签约项目 10个']);
    const first = current()!;
    expect(within(first).getByText(/投资总额超过 26.5 亿元/).tagName).toBe('BLOCKQUOTE');
    expect(within(first).getByText('与 1 条数据冲突')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: /在原文中查看/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/sources\/2#2073-\d+$/),
    );
    const help = screen.getByRole('complementary', { name: '快捷键' });
    expect(help).toHaveTextContent('j下一条');
    expect(help).toHaveTextContent('a确认');
  });

  it('accept sends the PATCH with the CSRF header, and the item leaves the queue', async () => {
    const { patches, user } = renderPage();
    const first = (await screen.findAllByTestId('review-item'))[0]!;
    await user.click(within(first).getByRole('button', { name: /确认/ }));

    await waitFor(() => expect(labels()).toEqual(['加强人才引育', '签约项目 10个']));
    expect(patches()).toEqual([
      expect.objectContaining({
        path: '/api/observations/301',
        headers: expect.objectContaining({ 'x-csrf-token': 'csrf-7f3a', 'content-type': 'application/json' }),
        body: { action: 'accept' },
      }),
    ]);
    expect(within(current()!).getByRole('heading')).toHaveTextContent('加强人才引育');
    expect(screen.getByText('已处理：投资总额 26.5亿元')).toBeInTheDocument();
    // The clicked button is gone with its card: the card now in its place takes the focus.
    await waitFor(() => expect(current()).toHaveFocus());
  });

  it('moves with j/k, keeps the selection in the URL, and rejects with a required reason', async () => {
    const { router, patches, user } = renderPage();
    await screen.findAllByTestId('review-item');
    await user.keyboard('j');
    expect(within(current()!).getByRole('heading')).toHaveTextContent('加强人才引育');
    expect(new URLSearchParams(router.state.location.search).get('item')).toBe('measure:11');
    await user.keyboard('jk');
    expect(within(current()!).getByRole('heading')).toHaveTextContent('加强人才引育');

    await user.keyboard('r');
    const reason = within(current()!).getByRole('textbox', { name: '理由（必填）' });
    await waitFor(() => expect(reason).toHaveFocus());
    // Typing a shortcut letter in the field is just typing.
    await user.keyboard('a');
    expect(reason).toHaveValue('a');
    await user.clear(reason);
    await user.click(within(current()!).getByRole('button', { name: '确认驳回' }));
    expect(within(current()!).getByRole('alert')).toHaveTextContent('请填写理由。');
    expect(patches()).toEqual([]);

    await user.type(reason, '不是具体举措');
    await user.click(within(current()!).getByRole('button', { name: '确认驳回' }));
    await waitFor(() => expect(labels()).toEqual(['投资总额 26.5亿元', '签约项目 10个']));
    expect(patches()).toEqual([
      expect.objectContaining({
        path: '/api/measures/11',
        headers: expect.objectContaining({ 'x-csrf-token': 'csrf-7f3a' }),
        body: { action: 'reject', reason: '不是具体举措' },
      }),
    ]);
  });

  it('corrects a figure with c: value and reason', async () => {
    const { patches, user } = renderPage('/review?item=observation:302');
    await screen.findAllByTestId('review-item');
    expect(within(current()!).getByRole('heading')).toHaveTextContent('签约项目 10个');
    await user.keyboard('c');
    await user.type(within(current()!).getByRole('textbox', { name: '数值（按原文单位）' }), '11');
    await user.type(within(current()!).getByRole('textbox', { name: '理由（必填）' }), '原文为洽谈企业数');
    await user.click(within(current()!).getByRole('button', { name: '保存更正' }));
    await waitFor(() => expect(labels()).toEqual(['投资总额 26.5亿元', '加强人才引育']));
    expect(patches()[0]).toMatchObject({
      path: '/api/observations/302',
      body: { action: 'correct', reason: '原文为洽谈企业数', changes: { value: 11 } },
    });
  });

  it('sends an anonymous visitor to the login page and back', async () => {
    const { router } = renderPage('/review?item=measure:11', ANONYMOUS);
    expect(await screen.findByText('login page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/review?item=measure:11');
  });

  it('tells a viewer which role is needed', async () => {
    const { sent } = renderPage('/review', VIEWER);
    expect(await screen.findByRole('alert')).toHaveTextContent('审核需要“编辑”角色；当前用户 li 是“访客”');
    expect(sent.some((s) => s.path.startsWith('/api/review-queue'))).toBe(false);
  });
});
