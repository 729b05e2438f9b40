import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CONFLICT_ITEM, CONFLICT_KEY } from '../test/conflict-fixtures';
import { current, labels, renderReview } from '../test/render-review';
import { EDITOR, QUEUE } from '../test/review-fixtures';

const ITEMS = [CONFLICT_ITEM, ...QUEUE.items];
const renderPage = (url = '/review', lang: 'zh' | 'en' = 'zh') => renderReview(url, EDITOR, { items: ITEMS, lang });

const conflictCard = async () => {
  const [first] = await screen.findAllByTestId('review-item');
  await within(first!).findAllByTestId('conflict-value');
  return first!;
};
const values = (card: HTMLElement) => within(card).getAllByTestId('conflict-value');

describe('ReviewPage: conflicts', () => {
  it('shows the place, indicator and period, the rule and the value used now, and every source’s value', async () => {
    renderPage();
    const card = await conflictCard();
    expect(card).toHaveAttribute('aria-current', 'true');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('研发经费投入 2022');
    expect(within(card).getByRole('link', { name: '呼和浩特市' })).toHaveAttribute('href', '/regions/150100');
    expect(card).toHaveTextContent('指标：研发经费投入');
    expect(card).toHaveTextContent('期间：2022年 · 全年');
    expect(card).toHaveTextContent('2 个来源不一致');
    expect(card).toHaveTextContent('取值规则：已裁定的优先；其次来源权威性更高');
    expect(card).toHaveTextContent('本条依据：higher source authority');
    expect(within(card).getByTestId('conflict-current')).toHaveTextContent('当前采用：44.5 亿元（官方统计）');

    const [statistics, reprint] = values(card) as [HTMLElement, HTMLElement];
    expect(within(statistics).getByRole('radio', { name: /44\.5 亿元/ })).toBeChecked();
    expect(within(statistics).getByText('官方统计')).toHaveAttribute('data-authority', 'official_statistics');
    expect(statistics).toHaveTextContent('采用值');
    expect(statistics).toHaveTextContent('发布于 2023-10-09');
    expect(within(statistics).getByText(/呼和浩特市\(44\.5亿元\)/).tagName).toBe('BLOCKQUOTE');
    expect(
      within(statistics).getByRole('link', { name: /在原文中查看 · 2022年内蒙古自治区科技经费投入统计公报/ }),
    ).toHaveAttribute('href', '/sources/21');
    expect(within(statistics).getByRole('link', { name: '原网页' })).toHaveAttribute(
      'href',
      'http://yfsoft.com.cn/50988.html',
    );

    const reprintRadio = within(reprint).getByRole('radio', { name: /达到52\.4 亿元/ });
    expect(reprintRadio).not.toBeChecked();
    expect(reprintRadio).toHaveAccessibleDescription(/全社会研发投入达到52\.4亿元/);
    expect(within(reprint).getByText('新闻转载')).toHaveAttribute('data-authority', 'news_reprint');
    expect(within(reprint).getByRole('list', { name: '数据质量标记' })).toHaveTextContent('估算/约数');
    expect(reprint).not.toHaveTextContent('采用值');
  });

  it('settles with the picked value and a reason; the conflict leaves the queue and the focus moves on', async () => {
    const { writes, user } = renderPage();
    const card = await conflictCard();
    const reason = within(card).getByRole('textbox', { name: '裁定理由（必填，至少 3 个字）' });
    // The reviewer prefers the city's own 全社会研发投入 caliber this time.
    await user.click(within(card).getByRole('radio', { name: /52\.4 亿元/ }));
    await user.type(reason, '口径');
    await user.click(within(card).getByRole('button', { name: '提交裁定' }));
    expect(within(card).getByRole('alert')).toHaveTextContent('请填写至少 3 个字的理由。');
    expect(writes()).toEqual([]);

    await user.type(reason, '：全社会研发投入');
    await user.click(within(card).getByRole('button', { name: '提交裁定' }));
    await waitFor(() => expect(labels()).toEqual(QUEUE.items.map((i) => i.label)));
    expect(writes()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/conflicts/settlements',
        headers: expect.objectContaining({ 'x-csrf-token': 'csrf-7f3a', 'content-type': 'application/json' }),
        body: { key: CONFLICT_KEY, observationId: 807, reason: '口径：全社会研发投入' },
      }),
    ]);
    expect(screen.getByText('已处理：研发经费投入 2022 · 2 个不同的值')).toBeInTheDocument();
    expect(within(current()!).getByRole('heading')).toHaveTextContent('投资总额 26.5亿元');
    await waitFor(() => expect(current()).toHaveFocus());
  });

  it('keeps the shortcuts: s (or a) focuses the value used now, j/k still move, nothing is accepted alone', async () => {
    const { writes, user } = renderPage();
    const card = await conflictCard();
    const help = screen.getByRole('complementary', { name: '快捷键' });
    expect(help).toHaveTextContent('s裁定冲突');

    await user.keyboard('s');
    const preferred = within(card).getByRole('radio', { name: /44\.5 亿元/ });
    await waitFor(() => expect(preferred).toHaveFocus());
    // j from a radio button moves on (a radio takes no letters) …
    await user.keyboard('j');
    expect(within(current()!).getByRole('heading')).toHaveTextContent('投资总额 26.5亿元');
    await user.keyboard('k');
    expect(current()).toBe(card);
    // … and "a" on a conflict opens the settlement instead of accepting one figure.
    preferred.blur();
    await user.keyboard('a');
    await waitFor(() => expect(preferred).toHaveFocus());
    expect(writes()).toEqual([]);
  });

  it('speaks English in EN mode', async () => {
    renderPage('/review', 'en');
    const card = await conflictCard();
    expect(card).toHaveTextContent('Indicator: 研发经费投入');
    expect(card).toHaveTextContent('Period: 2022 · full year');
    expect(within(card).getByTestId('conflict-current')).toHaveTextContent(
      'Value used now: 44.5 100m yuan (Official statistics)',
    );
    expect(within(card).getByRole('button', { name: 'Settle' })).toBeInTheDocument();
    expect(within(card).getByRole('group', { name: 'Pick the right value' })).toBeInTheDocument();
  });
});
