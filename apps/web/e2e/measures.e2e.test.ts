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

describe('Measures page in Chromium against the real server', () => {
  it('searches for 人才 from the search box and highlights the matches', async () => {
    await page.goto(`${server.url}/measures`);
    await page.getByTestId('measure').first().waitFor({ timeout: UNTIL });
    await page.getByRole('searchbox', { name: '搜索举措' }).fill('人才');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('人才');

    const marks = page.getByTestId('measure').locator('mark');
    await marks.first().waitFor();
    expect(await marks.first().textContent()).toBe('人才');
    const cards = await page.getByTestId('measure').count();
    expect(cards).toBeGreaterThan(0);
    // Every card on screen matches the search.
    for (let i = 0; i < Math.min(cards, 5); i++) {
      expect(await page.getByTestId('measure').nth(i).textContent()).toContain('人才');
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'measures-search-rencai.png'), fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('filters by a place facet, keeps it in the URL, and links citations to the reader', async () => {
    await page.goto(`${server.url}/measures?q=%E4%BA%BA%E6%89%8D`);
    await page.getByTestId('measure').first().waitFor({ timeout: UNTIL });
    const place = page.getByRole('group', { name: '地区' });
    const label = (await place.locator('.facet-label').first().textContent()) ?? '';
    const option = place.locator('button[aria-pressed]', { has: page.getByText(label, { exact: true }) });
    await option.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toMatch(/^\d{6}/);
    await expect.poll(() => option.getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('measure').first().waitFor();

    const csv = await page.getByRole('link', { name: /下载 CSV/ }).getAttribute('href');
    expect(csv).toContain('format=csv');
    const response = await page.request.get(`${server.url}${csv}`);
    expect(response.headers()['content-type']).toMatch(/text\/csv/);

    const citation = page
      .getByTestId('measure')
      .first()
      .getByRole('link', { name: /在原文中查看/ });
    expect(await citation.getAttribute('href')).toMatch(/^\/sources\/\d+#\d+-\d+$/);
    await citation.click();
    const target = page.locator('mark.hl-target').first();
    await target.waitFor({ timeout: UNTIL });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cited-span');
    await page.screenshot({ path: join(SCREENSHOTS, 'measures-citation-in-reader.png') });
    expect(consoleErrors).toEqual([]);
  });
});
