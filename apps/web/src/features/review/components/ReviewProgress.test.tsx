import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { labels, renderReview } from '../test/render-review';

describe('ReviewPage: progress and filters', () => {
  it('counts down as items are handled, and counts what this visit handled', async () => {
    const { user } = renderReview();
    await screen.findAllByTestId('review-item');
    const progress = screen.getByTestId('review-progress');
    expect(within(progress).getByTestId('review-remaining')).toHaveTextContent('还有 3 条待审核');
    await user.click(within(screen.getAllByTestId('review-item')[0]!).getByRole('button', { name: /确认/ }));
    await waitFor(() => expect(within(progress).getByTestId('review-remaining')).toHaveTextContent('还有 2 条待审核'));
    expect(progress).toHaveTextContent('本次已处理 1 条');
    expect(within(progress).getByRole('progressbar', { name: '审核进度' })).toHaveAttribute('value', '1');
  });

  it('narrows the queue by kind and place, keeps the filters in the URL, and clears them', async () => {
    const { router, user, sent } = renderReview();
    await screen.findAllByTestId('review-item');
    await user.selectOptions(screen.getByRole('combobox', { name: '类型' }), 'observation');
    await waitFor(() => expect(labels()).toEqual(['投资总额 26.5亿元', '签约项目 10个']));
    expect(new URLSearchParams(router.state.location.search).get('kind')).toBe('observation');
    expect(sent.some((s) => s.path.includes('/api/review-queue') && s.path.includes('entity=observation'))).toBe(true);
    expect(screen.getByTestId('review-progress')).toHaveTextContent('符合筛选的 2 条');

    await user.selectOptions(screen.getByRole('combobox', { name: '地区' }), '310000');
    expect(await screen.findByText('没有符合筛选条件的记录。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(labels()).toHaveLength(3));
    expect(router.state.location.search).toBe('');
  });
});
