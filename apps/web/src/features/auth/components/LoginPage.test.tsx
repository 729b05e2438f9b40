import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '@/app/providers';
import { json, problem } from '@/test/stub-api';
import { LoginPage } from './LoginPage';

const ReviewStub = () => <p>review page</p>;
const OverviewStub = () => <p>overview page</p>;

function renderPage(url: string) {
  const bodies: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const path = new URL(String(input), 'http://localhost').pathname;
      if (path === '/api/auth/session') return json({ user: null, csrfToken: null });
      if (path === '/api/auth/login') {
        const body = JSON.parse(String(init.body));
        bodies.push(body);
        return body.password === 'correct horse battery'
          ? json({ user: { id: 2, username: body.username, role: 'editor' }, csrfToken: 'csrf-1' })
          : problem(401, 'wrong-credentials', 'Check both and try again.');
      }
      return problem(404, 'not-found', path, { path });
    }),
  );
  const router = createMemoryRouter(
    [
      { path: '/login', Component: LoginPage },
      { path: '/review', Component: ReviewStub },
      { path: '/', Component: OverviewStub },
    ],
    { initialEntries: [url] },
  );
  render(
    <AppProviders queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} lang="zh">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, bodies, user: userEvent.setup() };
}

describe('LoginPage', () => {
  it('shows what went wrong, then logs in and returns to next', async () => {
    const { router, bodies, user } = renderPage('/login?next=%2Freview%3Fitem%3Dmeasure%3A11');
    await user.click(await screen.findByRole('button', { name: '登录' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请填写用户名和密码。');
    expect(bodies).toEqual([]);

    await user.type(screen.getByLabelText('用户名'), 'wang.editor');
    await user.type(screen.getByLabelText('密码'), 'wrong password');
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('用户名或密码错误，请检查后重试。')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('密码'));
    await user.type(screen.getByLabelText('密码'), 'correct horse battery{Enter}');
    expect(await screen.findByText('review page')).toBeInTheDocument();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/review?item=measure:11');
    expect(bodies.at(-1)).toEqual({ username: 'wang.editor', password: 'correct horse battery' });
  });

  it('never follows a next that leaves the site', async () => {
    const { router, user } = renderPage('/login?next=https%3A%2F%2Fevil.example');
    await user.type(await screen.findByLabelText('用户名'), 'wang.editor');
    await user.type(screen.getByLabelText('密码'), 'correct horse battery{Enter}');
    expect(await screen.findByText('overview page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
