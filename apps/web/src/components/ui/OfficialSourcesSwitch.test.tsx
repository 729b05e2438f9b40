import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/test/render-page';
import { OfficialSourcesSwitch } from './OfficialSourcesSwitch';

describe('OfficialSourcesSwitch', () => {
  it.each([
    { url: '/x', checked: false, notice: false },
    { url: '/x?authority=official', checked: true, notice: true },
    { url: '/x?authority=bogus', checked: false, notice: false },
  ])('reads $url', ({ url, checked, notice }) => {
    renderPage(OfficialSourcesSwitch, { url });
    expect((screen.getByRole('switch', { name: '只看官方来源' }) as HTMLInputElement).checked).toBe(checked);
    expect(screen.queryByTestId('official-notice') !== null).toBe(notice);
  });

  it('shows a click at once and writes the URL, keeping the other parameters', async () => {
    const { search } = renderPage(OfficialSourcesSwitch, { url: '/x?theme=talent&regions=320100' });
    const toggle = screen.getByRole('switch', { name: '只看官方来源' });
    fireEvent.click(toggle);
    // Before the router has applied the new URL, the box already says what the reader chose.
    expect(toggle).toBeChecked();
    expect(await screen.findByTestId('official-notice')).toHaveTextContent('其他来源的数据已隐藏');
    expect(search().toString()).toBe('theme=talent&regions=320100&authority=official');
    fireEvent.click(screen.getByRole('button', { name: '显示全部来源' }));
    expect(toggle).not.toBeChecked();
    await screen.findByRole('switch', { name: '只看官方来源', checked: false });
    expect(search().get('authority')).toBeNull();
  });

  it('speaks English', () => {
    renderPage(OfficialSourcesSwitch, { url: '/x?authority=official', lang: 'en' });
    expect(screen.getByRole('switch', { name: 'Official sources only' })).toBeChecked();
    expect(screen.getByTestId('official-notice')).toHaveTextContent('Only figures from official sources are shown');
  });
});
