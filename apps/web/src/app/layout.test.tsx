import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadPages, renderApp } from '@/test/render-app';

beforeAll(preloadPages);

describe('navigation keeps the shared URL state', () => {
  it.each([
    { url: '/?authority=official', search: '?authority=official' },
    { url: '/?theme=tech_finance&authority=official', search: '?theme=tech_finance&authority=official' },
    { url: '/compare?regions=320100&view=per_capita', search: '' },
  ])('from $url the nav links carry "$search"', async ({ url, search }) => {
    renderApp(url);
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    for (const [name, path] of [
      ['概览', '/'],
      ['对比', '/compare'],
      ['指标', '/indicators'],
      ['举措', '/measures'],
    ] as const) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('href', `${path}${search}`);
    }
  });

  it('opens the indicators with the official switch still on', async () => {
    const router = renderApp('/?authority=official');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    await userEvent.click(within(nav).getByRole('link', { name: '指标' }));
    expect(await screen.findByRole('heading', { level: 1, name: '指标对比' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/indicators');
    expect(await screen.findByRole('switch', { name: '只看官方来源' })).toBeChecked();
  });
});
