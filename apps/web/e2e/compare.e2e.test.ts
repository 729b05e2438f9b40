import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Server, seriousViolations, setupBrowserSession } from './harness';

const session = setupBrowserSession();
let server: Server;
let browser: Browser;
let page: Page;
let consoleErrors: string[];
beforeAll(() => {
  ({ server, browser, page, consoleErrors } = session);
});

const nanjingColumn = (p: Page) =>
  p.getByRole('region', { name: '科技金融' }).getByTestId('compare-column').filter({ hasText: '南京市' });

describe('Compare page in Chromium against the real server', () => {
  it('shows a 南京 measure naming 宁科贷 with a link to its source sentence', async () => {
    await page.goto(`${server.url}/compare?regions=320100&theme=tech_finance`);
    const measure = nanjingColumn(page).getByTestId('measure').filter({ hasText: '宁科贷' });
    await measure.first().waitFor({ timeout: 30_000 });
    const link = measure.first().getByRole('link', { name: /原文/ });
    expect(await link.getAttribute('href')).toMatch(/^\/sources\/\d+#\d+-\d+$/);

    const columns = page.getByRole('region', { name: '科技金融' }).getByTestId('compare-column');
    expect(await columns.first().textContent()).toContain('呼和浩特市');
    await page.getByTestId('coverage-chart').locator('svg path').first().waitFor({ state: 'attached' });
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-nanjing-tech-finance.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('puts an added place in the URL, and a reload of the copied URL restores the view', async () => {
    await page.getByRole('searchbox', { name: '添加地区' }).fill('yz');
    await page.getByRole('button', { name: /扬州市/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('regions')).toBe('320100,321000');
    const copied = page.url();

    const fresh = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await fresh.goto(copied);
    const heads = fresh.getByRole('region', { name: '科技金融' }).getByTestId('compare-column').locator('h4');
    await heads.nth(2).waitFor({ timeout: 30_000 });
    expect(await heads.allInnerTexts()).toEqual([expect.stringContaining('呼和浩特市'), '南京市', '扬州市']);
    expect(await fresh.getByRole('button', { name: '科技金融' }).getAttribute('aria-pressed')).toBe('true');
    await nanjingColumn(fresh).getByTestId('measure').filter({ hasText: '宁科贷' }).first().waitFor();
    await fresh.close();
  });

  it('scrolls the columns sideways on a tablet', async () => {
    const tablet = await (await browser.newContext({ viewport: { width: 768, height: 1024 } })).newPage();
    await tablet.goto(`${server.url}/compare?regions=320100,321000,310000,340700&theme=tech_finance`);
    const scroller = tablet.getByRole('region', { name: '科技金融' }).locator('.compare-scroll');
    await scroller.getByTestId('measure').first().waitFor({ timeout: 30_000 });
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await tablet.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await tablet.screenshot({ path: join(SCREENSHOTS, 'compare-tablet.png'), fullPage: true });
    await tablet.close();
  });

  it('links a place name to its profile, which cites its figures', async () => {
    await page.goto(`${server.url}/compare?regions=320100&theme=tech_finance`);
    await nanjingColumn(page).getByRole('link', { name: '南京市' }).click();
    await page.getByRole('heading', { level: 1, name: '南京市' }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/regions/320100');
    await page.getByRole('heading', { name: '分主题政策举措' }).waitFor();
    expect(await page.getByTestId('measure').filter({ hasText: '宁科贷' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'region-nanjing.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
