/**
 * The six views beyond other trackers, in Chromium against the real server (screenshots in
 * test-results/screenshots/beyond-*.png): timeline markers on the indicator chart, the enterprise
 * ladder, instrument terms, the peer profile, the 对标简报 download and the 自上期以来 digest.
 */
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

const shot = (p: Page, name: string) => p.screenshot({ path: join(SCREENSHOTS, `beyond-${name}.png`), fullPage: true });

/** The centre of the first timeline marker drawn in `color` (an 11-px symbol below the chart's axis). */
async function markerCentre(p: Page, color: string) {
  const chart = p.getByTestId('indicator-chart');
  const box = await chart.boundingBox();
  const centre = await chart.evaluate((el, fill) => {
    const top = el.getBoundingClientRect();
    const marks = [...el.querySelectorAll(`svg path[fill="${fill}"]`)]
      .map((path) => path.getBoundingClientRect())
      .filter((r) => r.width > 6 && r.width < 16 && r.height > 6 && r.height < 16 && r.y - top.y > 380);
    const r = marks[0];
    return r ? { x: r.x - top.x + r.width / 2, y: r.y - top.y + r.height / 2 } : null;
  }, color);
  if (!box || !centre) throw new Error(`no timeline marker drawn in ${color}`);
  return { x: box.x + centre.x, y: box.y + centre.y };
}

describe('the views beyond other trackers, in Chromium', () => {
  it('marks policies on the indicator chart: hover names the measure, a click opens its sentence', async () => {
    const url = `${server.url}/indicators?indicator=high_tech_enterprises&regions=150100,320100,321000`;
    const api = await (
      await page.request.get(
        `${server.url}/api/series?indicator=high_tech_enterprises&regions=150100,320100,321000&markers=1`,
      )
    ).json();
    const hohhotTitles = api.markers
      .filter((m: { regionCode: string }) => m.regionCode === '150100')
      .map((m: { title: string }) => m.title);
    await page.goto(url);
    const chart = page.getByTestId('indicator-chart');
    await chart.locator('[data-rendered="true"]').waitFor({ timeout: UNTIL });
    const at = await markerCentre(page, '#0072B2');
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(async () => (await chart.locator('svg text').allTextContents()).some((s) => hohhotTitles.includes(s)))
      .toBe(true);
    await shot(page, 'timeline');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.url()).toMatch(/\/sources\/\d+#\d+-\d+$/);
    await page.getByText(hohhotTitles[0]).first().waitFor({ timeout: UNTIL });
    await page.goto(url);
    await page.getByText(/时间线中的举措/).click();
    await expect.poll(() => page.getByTestId('timeline-list').locator('li').count()).toBe(api.markers.length);

    // Filtered by the page's theme filter, and off by markers=0 (both in the URL).
    await page.goto(`${url}&theme=tech_finance`);
    await page.getByTestId('indicator-chart').locator('[data-rendered="true"]').waitFor({ timeout: UNTIL });
    await page.getByText(/时间线中的举措/).click();
    await expect.poll(() => page.getByTestId('timeline-list').locator('li').count()).toBe(1);
    // Controlled by the URL: the box changes once the URL has (so click, then wait for both).
    const toggle = page.getByLabel('显示政策时间线');
    await toggle.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('markers')).toBe('0');
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await expect.poll(() => page.getByTestId('timeline-list').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the enterprise ladder: counts per rung, ratios, missing rungs and the measures aimed at each', async () => {
    await page.goto(`${server.url}/ladder?regions=320100`);
    const table = page.getByTestId('ladder-table');
    await table.waitFor({ timeout: UNTIL });
    await expect.poll(() => table.locator('caption').textContent()).toContain('2022');
    const hohhot = await table.locator('tbody tr:not(.ladder-ratio-row) td:nth-child(2)').allInnerTexts();
    expect(hohhot[0]).toContain('413 家');
    expect(hohhot[1]).toContain('461 家');
    expect(hohhot[4]).toContain('缺');
    expect(await table.getByTestId('ladder-ratio').first().textContent()).toContain('1.12×');
    const stage = page.getByTestId('stage-measures').filter({ hasText: '高新技术企业' });
    expect(await stage.textContent()).toContain('宁科贷');
    await shot(page, 'ladder');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '2023', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2023');
    await page.locator('.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Enterprise ladder' }).waitFor();
    await expect
      .poll(() => page.getByTestId('ladder-table').locator('caption').textContent())
      .toBe('Enterprise ladder by place, 2023');
    await page.locator('.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: '企业梯度' }).waitFor();
  });

  it('puts instrument terms side by side, each with its sentence, and says 呼和浩特 has no comparable programme', async () => {
    await page.goto(`${server.url}/instruments?regions=320100,321000`);
    const loans = page.getByTestId('instrument').filter({ hasText: '科技信贷' });
    await loans.waitFor({ timeout: UNTIL });
    expect(await loans.getByTestId('benchmark-row').textContent()).toContain('呼和浩特暂无可比项目记录');
    const row = loans.getByTestId('term-row').filter({ hasText: '8,824' });
    expect(await row.textContent()).toContain('宁科贷');
    expect(await row.getByRole('link', { name: /原文|查看/ }).getAttribute('href')).toMatch(/^\/sources\/\d+#\d+-\d+$/);
    const fund = page.getByTestId('instrument').filter({ hasText: '股权投资基金' });
    expect(await fund.textContent()).toContain('16 亿元');
    await shot(page, 'instruments');
    await page.locator('.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Instrument terms side by side' }).waitFor();
    await page.locator('.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: '工具条款对照' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('profiles a place against its peers with the number of peers that had data', async () => {
    await page.goto(`${server.url}/peers?group=bulletin_peers`);
    const weaknesses = page.getByTestId('peer-weaknesses');
    const hte = weaknesses.getByTestId('peer-row').filter({ hasText: '高新技术企业' });
    await hte.waitFor({ timeout: UNTIL });
    expect(await hte.getByTestId('peer-coverage').textContent()).toBe('5/10 个地区有数据');
    expect(await hte.getByRole('link', { name: /查看/ }).first().getAttribute('href')).toBeTruthy();
    // Every peer's figure behind the strip's dots is listed with its authority and its source.
    const all = hte.getByTestId('peer-all');
    await all.locator('summary').click();
    const figures = all.getByTestId('peer-figure');
    await figures.first().waitFor();
    for (const figure of await figures.all()) {
      expect(await figure.locator('[data-authority]').count()).toBeGreaterThan(0);
      expect(await figure.getByRole('link').first().getAttribute('href')).toMatch(/^(\/sources\/\d+|https?:\/\/)/);
    }
    await shot(page, 'peers');
    await page.locator('.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Peer profile' }).waitFor();
    await expect
      .poll(() => weaknesses.getByTestId('peer-coverage').first().textContent())
      .toMatch(/^\d+ of \d+ places have data$/);
    await page.locator('.lang-switch').click();
    await page.getByRole('heading', { level: 1, name: '同类画像' }).waitFor();
    await page.getByLabel('画像地区').selectOption('320100');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('320100');
    await page.getByTestId('peer-strengths').getByTestId('peer-row').filter({ hasText: '高新技术企业' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('generates the 对标简报 from Compare as a .docx', async () => {
    await page.goto(`${server.url}/compare?regions=320100,330200`);
    const button = page.getByRole('button', { name: '生成对标简报' });
    await button.waitFor({ timeout: UNTIL });
    await shot(page, 'compare-brief');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: UNTIL }), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^生成对标简报-\d{4}-\d{2}-\d{2}\.docx$/);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/footnotes.xml'))).toBe(true);
  });

  it('shows 自上期以来 on the overview, and every import since a date from the URL', async () => {
    await page.goto(`${server.url}/`);
    const panel = page.getByTestId('digest-panel');
    await panel.getByTestId('digest-item').first().waitFor({ timeout: UNTIL });
    expect(await panel.textContent()).toContain('科技情报参考 2024年第7期');
    expect(await panel.getByTestId('digest-item').first().getByRole('link').getAttribute('href')).toMatch(
      /^\/sources\//,
    );
    await shot(page, 'digest');
    await page.goto(`${server.url}/?since=2000-01-01`);
    await panel.getByText('首次导入：以下为基线').waitFor({ timeout: UNTIL });
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
