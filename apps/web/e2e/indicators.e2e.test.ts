import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, type Server, startServer } from './harness';

let server: Server;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Indicators page in Chromium against the real server', () => {
  it("draws the chart and cites 呼和浩特's 2022 high-tech enterprises (461 家)", async () => {
    await page.goto(`${server.url}/indicators?indicator=high_tech_enterprises`);
    const chart = page.getByTestId('indicator-chart');
    // Series lines are stroked paths without fill; grid lines come first and have no height.
    await expect.poll(() => chart.locator('svg path[fill="none"]').count(), { timeout: 30_000 }).toBeGreaterThan(3);

    const citations = page.getByTestId('citation');
    const hohhot2022 = citations.filter({ hasText: '461' }).filter({ hasText: '2022' });
    await hohhot2022.first().waitFor();
    await expect.poll(() => hohhot2022.first().locator('blockquote').textContent()).toContain('高新技术企业达到461家');
    await page.waitForTimeout(600); // let the 300 ms chart animation finish before the picture
    await page.screenshot({ path: join(SCREENSHOTS, 'indicators-hohhot.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('restores the view from a copied URL (places and indicator)', async () => {
    await page.goto(`${server.url}/indicators?indicator=gdp&regions=150100,320100`);
    await page.getByTestId('citation').first().waitFor({ timeout: 30_000 });
    const text = await page.getByRole('region', { name: /来源|Sources/ }).textContent();
    expect(text).toContain('南京');
    expect(text).toContain('呼和浩特');
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(SCREENSHOTS, 'indicators-gdp-nanjing.png'), fullPage: true });
  });

  it('serves index.html for deep links and problem+json for unknown API paths', async () => {
    const html = await page.request.get(`${server.url}/indicators`);
    expect(html.headers()['content-type']).toMatch(/text\/html/);
    const api = await page.request.get(`${server.url}/api/unknown`);
    expect(api.status()).toBe(404);
    expect(api.headers()['content-type']).toMatch(/problem\+json/);
  });
});
