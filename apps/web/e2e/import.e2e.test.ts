/**
 * The bureau's CSV import and the audit log in Chromium against the real server: the template
 * unchanged is refused for its example row, a file with problems is previewed row by row (each
 * problem by column, in the interface's language), a clean file enters the review queue as
 * bureau entries citing its source, importing it again adds nothing, and the audit page lists the
 * import, filters it and exports it as CSV.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Server, seriousViolations, setupBrowserSession, UNTIL } from './harness';

const EDITOR = { username: 'importer', password: 'a long enough e2e password' };
const session = setupBrowserSession({ server: { editor: EDITOR }, acceptDownloads: true });
let server: Server;
let page: Page;
beforeAll(() => {
  ({ server, page } = session);
});

const HEADER = 'region,indicator,year,value,unit,quote,source_title,source_url,document_number';
const GOOD = [
  HEADER,
  '呼和浩特,high_tech_enterprises,2030,"1,612",家,截至2030年底全市高新技术企业1612家（e2e）,呼和浩特市科学技术局 2030年工作总结,https://kjj.example.gov.cn/2030,呼科发〔2031〕7号',
  '呼和浩特,tech_smes,2030,1888,家,2030年入库科技型中小企业1888家（e2e）,呼和浩特市科学技术局 2030年工作总结,https://kjj.example.gov.cn/2030,呼科发〔2031〕7号',
].join('\r\n');
const BAD = [
  HEADER,
  '呼和浩特,high_tech_enterprises,2030,12,家,ok（e2e）,测试,,',
  '火星,high_tech_enterprises,2030,12,家,x,测试,,',
  '呼和浩特,gdp,2030,abc,斤,x,测试,,',
].join('\n');

function file(name: string, text: string) {
  const path = join(tmpdir(), `ipb-e2e-${name}`);
  writeFileSync(path, text);
  return path;
}

async function logIn() {
  const { csrfToken } = (await (await page.request.get(`${server.url}/api/auth/session`)).json()) as {
    csrfToken: string | null;
  };
  const res = await page.request.post(`${server.url}/api/auth/login`, {
    data: EDITOR,
    headers: { 'x-csrf-token': csrfToken ?? '' },
  });
  expect(res.status()).toBe(200);
}

async function preview(path: string, lang: 'zh' | 'en' = 'zh') {
  await page.setInputFiles('input[type=file]', path);
  await page.getByRole('button', { name: lang === 'zh' ? '逐行预览' : 'Preview row by row' }).click();
  await page.getByTestId('csv-counts').waitFor({ timeout: UNTIL });
}

const queueSize = async () =>
  ((await (await page.request.get(`${server.url}/api/review-queue?limit=1`)).json()) as { all: number }).all;

describe('CSV import of the bureau’s figures, and the audit log', () => {
  it('refuses the template unchanged: its example row is marked and cannot be imported', async () => {
    await logIn();
    await page.goto(`${server.url}/import`);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '下载 CSV 模板' }).click();
    const template = await (await download).path();
    await preview(template);
    const row = page.getByTestId('csv-row');
    expect(await row.count()).toBe(1);
    expect(await row.first().getAttribute('data-status')).toBe('example');
    expect(await row.first().textContent()).toContain('这是模板中的示例行');
    expect(await page.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
  });

  it('previews a file with problems row by row, each problem by column, and will not import it', async () => {
    await page.goto(`${server.url}/import`);
    await preview(file('bad.csv', BAD));
    expect(await page.getByTestId('csv-counts').textContent()).toBe('共 3 行：新增 1 行，已导入过 0 行，有问题 2 行。');
    const rows = page.getByTestId('csv-row');
    expect(await rows.nth(1).textContent()).toContain('region 没有名为“火星”的地区');
    const third = (await rows.nth(2).textContent()) ?? '';
    expect(third).toContain('value “abc”不是数字');
    expect(third).toContain('unit 无法识别单位“斤”');
    expect(await page.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-preview-problems.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says the same problems in English in English mode', async () => {
    await page.evaluate(() => localStorage.setItem('ipb.lang', 'en'));
    try {
      await page.goto(`${server.url}/import`);
      await preview(file('bad.csv', BAD), 'en');
      expect(await page.getByTestId('csv-row').nth(1).textContent()).toContain('region no place is called “火星”');
      expect(await page.getByTestId('csv-row').nth(2).textContent()).toContain('value “abc” is not a number');
    } finally {
      await page.evaluate(() => localStorage.setItem('ipb.lang', 'zh'));
    }
  });

  it('imports a clean file into the review queue as bureau entries citing their source, once', async () => {
    const before = await queueSize();
    await page.goto(`${server.url}/import`);
    await preview(file('good.csv', GOOD));
    expect(await page.getByTestId('csv-counts').textContent()).toBe('共 2 行：新增 2 行，已导入过 0 行，有问题 0 行。');
    await page.getByRole('button', { name: '确认导入' }).click();
    const result = page.getByTestId('csv-result');
    await result.waitFor({ timeout: UNTIL });
    expect(await result.textContent()).toContain('已导入 2 行');
    await expect.poll(queueSize).toBe(before + 2);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-done.png'), fullPage: true });

    // The queue, filtered to the new source, lists both, citing the title, address and number.
    await result.getByRole('link', { name: '在审核队列中查看' }).click();
    await page.waitForURL((url) => url.pathname === '/review' && url.searchParams.has('source'));
    const items = page.getByTestId('review-item');
    await expect.poll(() => items.count(), { timeout: UNTIL }).toBe(2);
    expect(await items.first().textContent()).toContain('呼和浩特市科学技术局 2030年工作总结');
    const sourceId = new URL(page.url()).searchParams.get('source');
    const source = (await (await page.request.get(`${server.url}/api/sources/${sourceId}`)).json()) as {
      authority: string;
      url: string;
    };
    expect(source).toMatchObject({ authority: 'bureau_entry', url: 'https://kjj.example.gov.cn/2030' });

    // The same file again: every row exists, nothing is added.
    await page.goto(`${server.url}/import`);
    await preview(file('good.csv', GOOD));
    expect(await page.getByTestId('csv-counts').textContent()).toBe('共 2 行：新增 0 行，已导入过 2 行，有问题 0 行。');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByTestId('csv-result').waitFor();
    expect(await page.getByTestId('csv-result').textContent()).toContain('没有新增数据');
    expect(await queueSize()).toBe(before + 2);
  });

  it('lists the import in the audit log, filters it, and exports it as CSV', async () => {
    await page.goto(`${server.url}/audit`);
    const entries = page.getByTestId('audit-entry');
    await entries.first().waitFor({ timeout: UNTIL });
    await page.getByRole('combobox', { name: '操作' }).selectOption('import');
    await page.getByRole('combobox', { name: '记录类型' }).selectOption('csv');
    await expect.poll(() => new URL(page.url()).search).toBe('?entity=csv&action=import');
    await expect.poll(() => entries.count()).toBe(1);
    const entry = (await entries.first().textContent()) ?? '';
    expect(entry).toContain(EDITOR.username);
    expect(entry).toContain('导入 · CSV 导入');
    expect(entry).toContain('added');
    await page.screenshot({ path: join(SCREENSHOTS, 'audit.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '下载 CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain('actor,action,entity,entityId,before,after,reason');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${EDITOR.username},import,csv`);
  });
});
