import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Server, seriousViolations, setupBrowserSession, UNTIL } from './harness';

const session = setupBrowserSession({ acceptDownloads: true });
let server: Server;
let page: Page;
let consoleErrors: string[];
beforeAll(() => {
  ({ server, page, consoleErrors } = session);
});

describe('Indicators page in Chromium against the real server', () => {
  it("draws the chart and cites 呼和浩特's 2022 high-tech enterprises (461 家)", async () => {
    await page.goto(`${server.url}/indicators?indicator=high_tech_enterprises`);
    const chart = page.getByTestId('indicator-chart');
    // Series lines are stroked paths without fill; grid lines come first and have no height.
    await expect.poll(() => chart.locator('svg path[fill="none"]').count(), { timeout: UNTIL }).toBeGreaterThan(3);

    const citations = page.getByTestId('citation');
    // By its own value and period: a citation's closed conflict panel may name other values.
    const hohhot2022 = citations
      .filter({ has: page.locator('.citation-value', { hasText: /^461 / }) })
      .filter({ has: page.locator('.citation-period', { hasText: '2022' }) });
    await hohhot2022.first().waitFor();
    await expect.poll(() => hohhot2022.first().locator('blockquote').textContent()).toContain('高新技术企业达到461家');
    await chart.locator('[data-rendered="true"]').waitFor(); // drawn and animated: ECharts said 'finished'
    await page.screenshot({ path: join(SCREENSHOTS, 'indicators-hohhot.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('restores the view from a copied URL (places and indicator)', async () => {
    await page.goto(`${server.url}/indicators?indicator=gdp&regions=150100,320100`);
    await page.getByTestId('citation').first().waitFor({ timeout: UNTIL });
    const text = await page.getByRole('region', { name: /来源|Sources/ }).textContent();
    expect(text).toContain('南京');
    expect(text).toContain('呼和浩特');
    await page.getByTestId('indicator-chart').locator('[data-rendered="true"]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'indicators-gdp-nanjing.png'), fullPage: true });
  });

  it('serves index.html for deep links and problem+json for unknown API paths', async () => {
    const html = await page.request.get(`${server.url}/indicators`);
    expect(html.headers()['content-type']).toMatch(/text\/html/);
    const api = await page.request.get(`${server.url}/api/unknown`);
    expect(api.status()).toBe(404);
    expect(api.headers()['content-type']).toMatch(/problem\+json/);
  });

  it('downloads the chart as a PNG with its citation drawn under it', async () => {
    await page.goto(`${server.url}/indicators?indicator=high_tech_enterprises&regions=150100,320100,321000`);
    const chart = page.getByTestId('indicator-chart');
    await expect.poll(() => chart.locator('svg path[fill="none"]').count(), { timeout: UNTIL }).toBeGreaterThan(3);
    await chart.locator('[data-rendered="true"]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: UNTIL }),
      page.getByRole('button', { name: '下载 PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^高新技术企业.*\.png$/);
    const path = await download.path();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height (big-endian) at bytes 16–23; the caption makes it taller than the chart.
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const box = await chart.boundingBox();
    expect(width).toBe(Math.round((box?.width ?? 0) * 2));
    expect(height).toBeGreaterThan((box?.height ?? 0) * 2 + 100);
    await download.saveAs(join(SCREENSHOTS, 'indicators-download.png'));
    const csv = page.getByRole('link', { name: '下载 CSV' });
    expect(await csv.getAttribute('href')).toBe(
      '/api/series?indicator=high_tech_enterprises&regions=150100%2C320100%2C321000&format=csv',
    );
    expect(consoleErrors).toEqual([]);
  });

  it('shows targets with a status, switches to the indexed view, and passes axe', async () => {
    await page.goto(
      `${server.url}/indicators?indicator=high_tech_enterprises&regions=150100,320100,321000&mode=indexed`,
    );
    await page.getByTestId('citation').first().waitFor({ timeout: UNTIL });
    expect(await page.getByRole('radio', { name: '指数（首年=100）' }).isChecked()).toBe(true);
    const targets = page.getByRole('region', { name: '目标' });
    await targets.waitFor();
    await page.getByTestId('indicator-chart').locator('[data-rendered="true"]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'indicators-indexed-targets.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('divides GDP by the same year’s population, and says which points have none', async () => {
    await page.goto(`${server.url}/indicators?indicator=gdp&regions=150100,320100&mode=per_capita&tab=table`);
    await page.getByTestId('citation').first().waitFor({ timeout: UNTIL });
    expect(await page.getByRole('radio', { name: '人均' }).isChecked()).toBe(true);
    await page.getByText(/每个数据除以同一地区同一年份的常住人口/).waitFor();
    const rows = await page.getByRole('table').locator('tbody tr').count();
    const notes = await page.getByTestId('mode-notes').count();
    // Either figures were divided (元/人 in the table) or the page says why none could be.
    expect(rows + notes).toBeGreaterThan(0);
    if (rows) expect(await page.getByRole('table').textContent()).toContain('元/人');
    await page.screenshot({ path: join(SCREENSHOTS, 'indicators-gdp-per-capita.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });

  it('gives every figure its source authority and discloses 呼和浩特’s two 2022 R&D figures', async () => {
    await page.goto(`${server.url}/indicators?indicator=rd_expenditure&tab=table`);
    const table = page.getByRole('table');
    await table.getByRole('columnheader', { name: '来源权威性' }).waitFor({ timeout: UNTIL });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await table.locator('tbody [data-authority]').count()).toBeGreaterThanOrEqual(await rows.count());
    const contested = rows.filter({ has: page.getByRole('button', { name: /个来源不一致$/ }) }).first();
    // A period two sources disagree on is one row (the preferred value), so no change is computed
    // between the two: no other row of the same series has the same period.
    const [series = '', period = ''] = await Promise.all(
      [0, 1].map(async (i) => (await contested.locator('td').nth(i).textContent()) ?? ''),
    );
    const same = rows
      .filter({ has: page.locator('td:nth-of-type(1)', { hasText: series }) })
      .filter({ has: page.locator('td:nth-of-type(2)', { hasText: period }) });
    expect(await same.count()).toBe(1);
    await contested.getByRole('button', { name: /个来源不一致$/ }).click();
    // The panel opens on the click's render: read its quotes once they are shown.
    const quotes = async () => (await contested.locator('blockquote').allInnerTexts()).join('\n');
    await expect.poll(quotes).toContain('52.4亿元');
    expect(await quotes()).toContain('44.5亿元');
    await page.screenshot({ path: join(SCREENSHOTS, 'indicators-conflict.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: '图表' }).click();
    const chart = page.getByTestId('indicator-chart');
    await chart.locator('[data-rendered="true"]').waitFor({ timeout: UNTIL });
    await page.getByTestId('low-authority-note').waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
