import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlParams } from './use-url-params';

type Hook = typeof useUrlParams | typeof useSearchParams;

/** Two parts of a page, each owning one parameter, as two filters or two hooks do. */
function Part({ name, hook }: { name: string; hook: Hook }) {
  const [params, setParams] = hook();
  const set = (value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set(name, value);
      return next;
    });
  return (
    <button type="button" data-value={params.get(name) ?? ''} onClick={() => set('1')}>
      {name}
    </button>
  );
}

/** One click changes both parts before anything renders again: the quickest two changes can be. */
function Page({ hook }: { hook: Hook }) {
  const [, setA] = hook();
  const [, setB] = hook();
  const both = () => {
    setA((prev) => new URLSearchParams([...prev, ['a', '1']]));
    setB((prev) => new URLSearchParams([...prev, ['b', '1']]));
  };
  return (
    <>
      <Part name="x" hook={hook} />
      <Part name="y" hook={hook} />
      <button type="button" onClick={both}>
        both
      </button>
    </>
  );
}

function Nothing() {
  return null;
}

function renderPage(hook: Hook, withLoader: boolean) {
  const route = {
    path: '/p',
    element: <Page hook={hook} />,
    ...(withLoader ? { loader: () => null, HydrateFallback: Nothing } : {}),
  };
  const router = createMemoryRouter([route, { path: '/elsewhere', Component: Nothing }], {
    initialEntries: ['/p?keep=1'],
  });
  render(<RouterProvider router={router} />);
  return router;
}

const search = (router: ReturnType<typeof createMemoryRouter>) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search));

describe('useUrlParams', () => {
  for (const withLoader of [false, true]) {
    const label = withLoader ? 'a route with a loader (as the app’s)' : 'a route without a loader';
    it(`keeps both of two changes made before a render, on ${label}`, async () => {
      const router = renderPage(useUrlParams, withLoader);
      await userEvent.click(await screen.findByRole('button', { name: 'both' }));
      await waitFor(() => expect(search(router)).toEqual({ keep: '1', a: '1', b: '1' }));
    });

    it(`keeps each part's change when parts change one after the other, on ${label}`, async () => {
      const router = renderPage(useUrlParams, withLoader);
      await userEvent.click(await screen.findByRole('button', { name: 'x' }));
      await userEvent.click(screen.getByRole('button', { name: 'y' }));
      await waitFor(() => expect(search(router)).toEqual({ keep: '1', x: '1', y: '1' }));
      expect(screen.getByRole('button', { name: 'x' })).toHaveAttribute('data-value', '1');
    });
  }

  it('shows why it exists: react-router’s own updater drops the first of two changes made before a render', async () => {
    const router = renderPage(useSearchParams, true);
    await userEvent.click(await screen.findByRole('button', { name: 'both' }));
    await waitFor(() => expect(router.state.navigation.state).toBe('idle'));
    expect(search(router)).toEqual({ keep: '1', b: '1' });
  });

  it('starts from this page’s URL while the router is still loading another page', async () => {
    let arrive = () => {};
    const away = new Promise<null>((resolve) => {
      arrive = () => resolve(null);
    });
    const router = createMemoryRouter(
      [
        { path: '/p', element: <Page hook={useUrlParams} /> },
        { path: '/elsewhere', loader: () => away, Component: Nothing },
      ],
      { initialEntries: ['/p?keep=1'] },
    );
    render(<RouterProvider router={router} />);
    await screen.findByRole('button', { name: 'x' });
    void router.navigate('/elsewhere?other=1');
    expect(router.state.navigation.location?.pathname).toBe('/elsewhere');
    await userEvent.click(screen.getByRole('button', { name: 'x' }));
    await waitFor(() => expect(search(router)).toEqual({ keep: '1', x: '1' }));
    expect(router.state.location.pathname).toBe('/p');
    arrive();
  });
});
