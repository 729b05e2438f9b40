import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS, type Server, startServer } from './harness';

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // AxeBuilder needs a page of an explicit context.
  page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Review and login in Chromium against the real server', () => {
  it('sends an anonymous visitor from /review to the login page, which says what went wrong', async () => {
    await page.goto(`${server.url}/review`);
    await page.waitForURL(/\/login\?next=%2Freview$/, { timeout: 30_000 });
    await page.getByLabel('用户名').fill('nobody');
    await page.getByLabel('密码').fill('not the password');
    await page.getByRole('button', { name: '登录' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('登录失败');
    await page.screenshot({ path: join(SCREENSHOTS, 'login-error.png') });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
