import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlSelection } from './use-url-selection';

function Queue() {
  const [shown, select] = useUrlSelection('item');
  return (
    <>
      <output aria-label="shown">{shown ?? ''}</output>
      <button type="button" onClick={() => select('a')}>
        a
      </button>
      {/* j pressed twice before anything renders again: the quickest two selections can be. */}
      <button
        type="button"
        onClick={() => {
          select('a');
          select('b');
        }}
      >
        a then b
      </button>
    </>
  );
}

function Nothing() {
  return null;
}

function renderQueue(withLoader: boolean) {
  const router = createMemoryRouter(
    [
      {
        path: '/review',
        element: <Queue />,
        ...(withLoader ? { loader: () => null, HydrateFallback: Nothing } : {}),
      },
    ],
    { initialEntries: ['/review?item=start'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const shown = () => screen.getByRole('status', { name: 'shown' });
const itemInUrl = (router: ReturnType<typeof createMemoryRouter>) =>
  new URLSearchParams(router.state.location.search).get('item');

describe('useUrlSelection', () => {
  for (const withLoader of [false, true]) {
    const label = withLoader ? 'a route with a loader (as the app’s)' : 'a route without a loader';

    it(`shows the selection at once and ends with it in the URL, on ${label}`, async () => {
      const router = renderQueue(withLoader);
      await screen.findByRole('button', { name: 'a then b' });
      expect(shown()).toHaveTextContent('start');
      await userEvent.click(screen.getByRole('button', { name: 'a then b' }));
      expect(shown()).toHaveTextContent('b');
      await waitFor(() => expect(itemInUrl(router)).toBe('b'));
      await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
      expect(shown()).toHaveTextContent('b');
    });

    it(`follows a link to the item whose write was overtaken, on ${label}`, async () => {
      const router = renderQueue(withLoader);
      await userEvent.click(await screen.findByRole('button', { name: 'a then b' }));
      await waitFor(() => expect(itemInUrl(router)).toBe('b'));
      await waitFor(() => expect(shown()).toHaveTextContent('b'));
      // A link (or the back button) to a: the URL leads, and the selection follows it.
      await act(() => router.navigate('/review?item=a'));
      await waitFor(() => expect(shown()).toHaveTextContent('a'));
    });
  }

  it('follows the back button after selections of its own', async () => {
    const router = renderQueue(true);
    // A selection replaces the URL's entry; a link pushes a new one.
    await userEvent.click(await screen.findByRole('button', { name: 'a' }));
    await waitFor(() => expect(itemInUrl(router)).toBe('a'));
    await act(() => router.navigate('/review?item=c'));
    await waitFor(() => expect(shown()).toHaveTextContent('c'));
    await userEvent.click(screen.getByRole('button', { name: 'a then b' }));
    await waitFor(() => expect(itemInUrl(router)).toBe('b'));
    await act(() => router.navigate(-1));
    await waitFor(() => expect(itemInUrl(router)).toBe('a'));
    await waitFor(() => expect(shown()).toHaveTextContent('a'));
  });
});
