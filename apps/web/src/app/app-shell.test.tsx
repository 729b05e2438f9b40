import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadPages, renderApp } from '@/test/render-app';

beforeAll(preloadPages);

describe('app shell', () => {
  it('is Chinese by default and switches to English, remembering the choice', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '概览' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');

    await userEvent.click(screen.getByRole('button', { name: '切换为英文界面' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('ipb.lang')).toBe('en');
  });

  it('links the overview to the indicators page, which loads lazily', async () => {
    const router = renderApp('/');
    await userEvent.click(await screen.findByRole('link', { name: /查看指标对比/ }));
    expect(await screen.findByRole('heading', { level: 1, name: '指标对比' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/indicators');
  });

  it('answers unknown paths with a page that leads back', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: '页面不存在' })).toBeInTheDocument();
  });
});
