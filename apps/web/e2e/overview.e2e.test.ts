import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Server, seriousViolations, setupBrowserSession, UNTIL } from './harness';

const session = setupBrowserSession();
let server: Server;
let page: Page;
let consoleErrors: string[];
beforeAll(() => {
  ({ server, page, consoleErrors } = session);
});

describe('Overview in Chromium against the real server', () => {
  it('shows the counts and the heatmap with 呼和浩特 as the first column', async () => {
    await page.goto(server.url);
    const chart = page.getByTestId('overview-heatmap');
    await chart.locator('svg path').first().waitFor({ timeout: UNTIL });
    expect(await chart.getAttribute('aria-label')).toMatch(/^热力图：各主题在呼和浩特、/);
    for (const key of ['sources', 'measures', 'figures', 'places']) {
      await expect.poll(() => page.getByTestId(`count-${key}`).locator('dd').textContent()).toMatch(/^[1-9][\d,]*$/);
    }
    // The latest sources are a request of their own, which may land after the counts'.
    const sources = page.getByTestId('latest-source');
    await sources.first().waitFor();
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await sources.first().getByRole('link').getAttribute('href')).toMatch(/^\/sources\/\d+$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'overview.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens the measures of a place and theme from a heatmap cell', async () => {
    // Cell labels are the only numbers drawn in the chart (axes name places and themes).
    const label = page.getByTestId('overview-heatmap').locator('svg text').filter({ hasText: /^\d+$/ }).first();
    await label.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/measures');
    const params = new URL(page.url()).searchParams;
    expect(params.get('region')).toMatch(/^\d{6}/);
    expect(params.get('theme')).toMatch(/^[a-z_]+$/);
  });

  it('keeps the theme filter in the URL', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: /^科技金融/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('tech_finance');
    await page.reload();
    await page.getByTestId('overview-heatmap').locator('svg path').first().waitFor({ timeout: UNTIL });
    expect(await page.getByRole('button', { name: /^科技金融/ }).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-tech-finance.png'), fullPage: true });
  });

  it('shows each latest source’s authority, and counts official figures only when the switch is on', async () => {
    await page.goto(server.url);
    const sources = page.getByTestId('latest-source');
    await sources.first().waitFor({ timeout: UNTIL });
    for (const item of await sources.all()) expect(await item.locator('[data-authority]').count()).toBe(1);
    const figures = page.getByTestId('count-figures').locator('dd');
    await expect.poll(() => figures.textContent()).toMatch(/^[1-9][\d,]*$/);
    const all = Number((await figures.textContent())?.replace(/,/g, ''));

    await page.getByRole('switch', { name: '只看官方来源' }).check();
    await page.getByTestId('official-notice').waitFor();
    await expect
      .poll(async () => Number((await figures.textContent())?.replace(/,/g, '')), { timeout: UNTIL })
      .toBeLessThan(all);
    expect(await page.getByRole('link', { name: /查看指标对比/ }).getAttribute('href')).toBe(
      '/indicators?authority=official',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-official.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });
});
