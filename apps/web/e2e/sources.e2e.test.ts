import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Server, seriousViolations, setupBrowserSession } from './harness';

const session = setupBrowserSession();
let server: Server;
let page: Page;
let consoleErrors: string[];
beforeAll(() => {
  ({ server, page, consoleErrors } = session);
});

describe('Sources and the bulletin reader in Chromium against the real server', () => {
  it('lists the bulletin issues first and offers anonymous visitors a login link to upload', async () => {
    await page.goto(`${server.url}/sources`);
    const list = page.getByRole('region', { name: '来源列表' });
    const first = list.getByRole('link').first();
    await first.waitFor({ timeout: 30_000 });
    expect(await first.textContent()).toMatch(/科技情报参考/);
    expect(await page.getByRole('link', { name: '登录后上传' }).getAttribute('href')).toBe('/login?next=%2Fsources');
    await page.screenshot({ path: join(SCREENSHOTS, 'sources-list.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('highlights the extracted measures and figures in the text and opens one in the side panel', async () => {
    await page.goto(`${server.url}/sources`);
    // Bulletin issues come first, newest first.
    await page.getByRole('region', { name: '来源列表' }).getByRole('link').first().click();
    const measures = page.locator('.reader-text mark.hl-measure');
    await measures.first().waitFor({ timeout: 30_000 });
    expect(await measures.count()).toBeGreaterThan(5);
    const figures = await page.locator('.reader-text mark.hl-figure').count();

    const firstMeasure = page.locator('.reader-text mark[role="button"]').first();
    await firstMeasure.click();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\d+-\d+$/);
    const details = page.getByTestId('record-details');
    expect(await details.locator('dl').textContent()).toMatch(/文章|地区/);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-highlights.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // The lead's records endpoint serves figures too; a bulletin with numbers has some.
    expect(figures).toBeGreaterThan(0);
  });

  it('restores the selection from a copied link and focuses the span', async () => {
    await page.goto(`${server.url}/sources`);
    await page.getByRole('region', { name: '来源列表' }).getByRole('link').first().click();
    const mark = page.locator('.reader-text mark[role="button"]').nth(2);
    await mark.waitFor({ timeout: 30_000 });
    await mark.click();
    const link = page.url();
    const title = await page.getByTestId('record-details').locator('h3').textContent();

    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('#cited-span').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cited-span');
    expect(await page.getByTestId('record-details').locator('h3').textContent()).toBe(title);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-linked-span.png') });
  });
});
