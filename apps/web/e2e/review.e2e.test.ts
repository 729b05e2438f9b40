import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Server, setupBrowserSession } from './harness';

const EDITOR = { username: 'editor1', password: 'a long enough e2e password' };

interface QueueItem {
  entity: 'measure' | 'observation';
  id: number;
  label: string;
}

interface AuditItem {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

const session = setupBrowserSession({ server: { editor: EDITOR }, viewport: { width: 1024, height: 768 } });
let server: Server;
let page: Page;
beforeAll(() => {
  ({ server, page } = session);
});

/** The queue as the page sees it, through the same cookies (page.request shares the context's). */
async function queue(): Promise<QueueItem[]> {
  const response = await page.request.get(`${server.url}/api/review-queue?limit=50`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: QueueItem[] }).items;
}

async function audit(): Promise<AuditItem[]> {
  const response = await page.request.get(`${server.url}/api/audit?limit=50`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: AuditItem[] }).items;
}

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

  it('logs an editor in, who accepts one item by keyboard and corrects another, both in the audit log', async () => {
    await page.getByLabel('用户名').fill(EDITOR.username);
    await page.getByLabel('密码').fill(EDITOR.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/review/, { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('account-user').textContent()).toBe('editor1（编辑）');

    const before = await queue();
    expect(before.length).toBeGreaterThan(2);
    const first = before[0] as QueueItem;
    const items = page.getByTestId('review-item');
    await items.first().waitFor({ timeout: 30_000 });
    expect(await items.first().getAttribute('aria-current')).toBe('true');
    const logged = async (item: QueueItem) =>
      (await audit()).find((e) => e.entity === item.entity && e.entityId === String(item.id)) ?? null;

    // Keyboard: "a" accepts the selected (first) item; focus must not be in a text field.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('a');
    await expect.poll(() => logged(first), { timeout: 15_000 }).not.toBeNull();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已处理' }).count()).toBe(1);

    // "j" moves to another item (the URL says which), "c" opens its correction form.
    await page.keyboard.press('j');
    await expect.poll(() => new URL(page.url()).searchParams.get('item')).toMatch(/^(measure|observation):\d+$/);
    const key = new URL(page.url()).searchParams.get('item') ?? '';
    expect(key).not.toBe(`${first.entity}:${first.id}`);
    const second = before.find((i) => `${i.entity}:${i.id}` === key) as QueueItem;
    expect(second).toBeDefined();
    await page.keyboard.press('c');
    const form = page.getByRole('form', { name: '更正' });
    await form.waitFor();
    if (second.entity === 'measure') await form.getByLabel('标题').fill(`${second.label}（已更正）`);
    else await form.getByLabel('数值（按原文单位）').fill('1234.5');
    await form.getByLabel('理由（必填）').fill('e2e：与原文核对后更正');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-correct.png') });
    await form.getByRole('button', { name: '保存更正' }).click();
    await expect.poll(() => logged(second), { timeout: 15_000 }).not.toBeNull();

    const log = await audit();
    const accepted = log.find((e) => e.entity === first.entity && e.entityId === String(first.id));
    const corrected = log.find((e) => e.entity === second.entity && e.entityId === String(second.id));
    expect(accepted).toMatchObject({
      actor: expect.stringContaining('editor1'),
      action: expect.stringMatching(/accept/),
    });
    expect(corrected).toMatchObject({
      actor: expect.stringContaining('editor1'),
      action: expect.stringMatching(/correct/),
      reason: 'e2e：与原文核对后更正',
    });
    expect(JSON.stringify(corrected?.after)).not.toBe(JSON.stringify(corrected?.before));
    await page.screenshot({ path: join(SCREENSHOTS, 'review-after.png') });
  });

  it('logs out from the header and shows the login link again', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login\?next=/, { timeout: 30_000 });
    await page.goto(`${server.url}/indicators`);
    await page.getByRole('link', { name: '登录' }).waitFor();
    expect(await page.getByTestId('account-user').count()).toBe(0);
  });
});
