/** Mount /review in a memory router over the stubbed review API (review-fixtures.ts). */
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import type { Lang } from '@/i18n';
import type { ReviewItem } from '../api/get-review-queue';
import { ReviewPage } from '../components/ReviewPage';
import { EDITOR, stubReviewApi } from './review-fixtures';

const LoginStub = () => <p>login page</p>;

export function renderReview(url = '/review', session = EDITOR, options: { items?: ReviewItem[]; lang?: Lang } = {}) {
  const sent = stubReviewApi(session, { items: options.items });
  const router = createMemoryRouter(
    [
      { path: '/review', Component: ReviewPage },
      { path: '/login', Component: LoginStub },
    ],
    { initialEntries: [url] },
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders queryClient={queryClient} lang={options.lang ?? 'zh'}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const writes = () => sent.filter((s) => s.method !== 'GET');
  return { router, sent, writes, user: userEvent.setup() };
}

export const labels = () =>
  screen.getAllByTestId('review-item').map((el) => within(el).getByRole('heading', { level: 3 }).textContent);
export const current = () =>
  screen.getAllByTestId('review-item').find((el) => el.getAttribute('aria-current') === 'true');
