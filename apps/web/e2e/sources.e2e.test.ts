import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Server, seriousViolations, setupBrowserSession, UNTIL } from './harness';

const EDITOR = { username: 'editor2', password: 'a long enough e2e password' };
const session = setupBrowserSession({ server: { editor: EDITOR } });
let server: Server;
let page: Page;
let consoleErrors: string[];
beforeAll(() => {
  ({ server, page, consoleErrors } = session);
});

/** Through the login page, as a person would; it comes back to `next`. */
async function logIn(on: Page, next: string) {
  await on.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
  await on.getByLabel('用户名').fill(EDITOR.username);
  await on.getByLabel('密码').fill(EDITOR.password);
  await on.getByRole('button', { name: '登录', exact: true }).click();
  await on.waitForURL((url) => url.pathname === next, { timeout: UNTIL });
  // The URL changes before the lazily loaded page replaces the login form: wait for that too.
  await on.getByLabel('密码').waitFor({ state: 'detached' });
}

describe('Sources and the bulletin reader in Chromium against the real server', () => {
  it('lists the bulletin issues first and offers anonymous visitors a login link to upload', async () => {
    await page.goto(`${server.url}/sources`);
    const list = page.getByRole('region', { name: '来源列表' });
    const first = list.getByRole('link').first();
    await first.waitFor({ timeout: UNTIL });
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
    await measures.first().waitFor({ timeout: UNTIL });
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
    await mark.waitFor({ timeout: UNTIL });
    await mark.click();
    // The hash is written after the click lands: copy the link once it carries the selection.
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\d+-\d+$/);
    const link = page.url();
    const title = await page.getByTestId('record-details').locator('h3').textContent();

    await page.goto('about:blank');
    await page.goto(link);
    await page.locator('#cited-span').waitFor({ timeout: UNTIL });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cited-span');
    expect(await page.getByTestId('record-details').locator('h3').textContent()).toBe(title);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-linked-span.png') });
  });

  it('lets an editor change a source’s authority on the list; the new badge shows there and in the reader', async () => {
    // The editor works in a context of their own, so the anonymous page of the other tests stays anonymous.
    const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    try {
      const editor = await context.newPage();
      editor.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await logIn(editor, '/sources');
      // The same en.hhhtnews.com page was loaded twice, once classed as state media and once, by the
      // fallback rule, as a reprint: the editor makes the reprint agree.
      const title = 'Hohhot spends 5b yuan in 2021 to advance sci-tech innovation (en.hhhtnews.com)';
      const item = editor
        .getByTestId('source-item')
        .filter({ has: editor.getByRole('link', { name: title, exact: true }) });
      const badge = item.locator('[data-authority]');
      await badge.waitFor({ timeout: UNTIL });
      expect(await badge.getAttribute('data-authority')).toBe('news_reprint');

      await item.getByRole('button', { name: `更改“${title}”的来源权威性` }).click();
      const form = item.getByRole('form', { name: '更改来源权威性' });
      await form.getByLabel('权威性类别').selectOption('state_media');
      await form.getByLabel(/^理由/).fill('与同一网页的另一条记录一致：en.hhhtnews.com 为官方媒体');
      await editor.screenshot({ path: join(SCREENSHOTS, 'sources-authority-form.png') });
      expect(await seriousViolations(editor)).toEqual([]);
      await form.getByRole('button', { name: '保存' }).click();

      await expect.poll(() => badge.getAttribute('data-authority')).toBe('state_media');
      expect(await badge.textContent()).toBe('官方媒体');
      await expect.poll(() => form.count()).toBe(0);
      await expect.poll(() => item.getByRole('status').textContent()).toBe(`“${title}”的来源权威性已改为“官方媒体”。`);

      // The reader shows the new class too, read back from the server.
      await item.getByRole('link').first().click();
      await editor.waitForURL(/\/sources\/\d+$/);
      await editor.getByRole('region', { name: '来源列表' }).waitFor({ state: 'detached' });
      const readerBadge = editor.getByTestId('source-authority').locator('[data-authority]');
      await readerBadge.waitFor({ timeout: UNTIL });
      expect(await readerBadge.getAttribute('data-authority')).toBe('state_media');
      expect(await editor.getByTestId('source-authority').textContent()).toContain('en.hhhtnews.com 为官方媒体');
      await editor.screenshot({ path: join(SCREENSHOTS, 'sources-authority-reader.png') });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
