/**
 * The bureau's own policy inventory (/measures/new) in Chromium against the real server: the way in
 * from the Measures page and back from the login, the API's field errors on the form, a measure
 * saved and found in the review queue, and a CSV refused line by line, then imported. Each test
 * logs itself in and writes its own records, so none depends on another's.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type Server, seriousViolations, setupBrowserSession, UNTIL } from './harness';

const EDITOR = { username: 'bureau1', password: 'a long enough e2e password' };
/** What the review page asks for (QUEUE_LIMIT in features/review). */
const QUEUE_PAGE = 100;

interface QueueItem {
  entity: 'measure' | 'observation' | 'conflict';
  id: number;
  label: string;
  citation: { authority: string };
}

const session = setupBrowserSession({ server: { editor: EDITOR } });
let server: Server;
let page: Page;
let consoleErrors: string[];
beforeAll(() => {
  ({ server, page, consoleErrors } = session);
});

/** The browser logs every refused request; the 400s and 422s these tests provoke are expected. */
const unexpectedErrors = () =>
  consoleErrors.filter((e) => !/Failed to load resource: the server responded with a status of 4(00|22)/.test(e));

async function logIn(next: string) {
  await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(EDITOR.username);
  await page.getByLabel('密码').fill(EDITOR.password);
  // exact: once the session is known, the page also has 退出登录 buttons.
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname === next, { timeout: UNTIL });
  // The URL changes before the lazily loaded page replaces the login form: wait for that too.
  await page.getByLabel('密码').waitFor({ state: 'detached' });
}

async function queue(limit: number): Promise<QueueItem[]> {
  const response = await page.request.get(`${server.url}/api/review-queue?limit=${limit}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: QueueItem[] }).items;
}

/**
 * The review page shows the first 100 items of the queue: conflicts, then the least confident
 * extractions. A bureau entry has confidence 1 and sorts after the ~190 unreviewed extractions of
 * the seeded data, so the editor meets it only after working through those. This does that work
 * (accepting, as "a" would) until the entry is on the page; once the API stops burying the bureau's
 * entries it does nothing. Raised with the lead: see the hand-over report.
 */
async function workThroughQueueUntilShown(measureId: number) {
  for (let round = 0; round < 5; round++) {
    const items = await queue(500);
    const at = items.findIndex((i) => i.entity === 'measure' && i.id === measureId);
    expect(at).toBeGreaterThanOrEqual(0);
    if (at < QUEUE_PAGE) return;
    const ahead = items.slice(0, at).filter((i) => i.entity !== 'conflict');
    for (const item of ahead.slice(0, at - QUEUE_PAGE + 1)) {
      const path = item.entity === 'measure' ? 'measures' : 'observations';
      const response = await page.request.patch(`${server.url}/api/${path}/${item.id}`, {
        data: { action: 'accept' },
        headers: { 'x-csrf-token': await csrfToken() },
      });
      expect(response.status()).toBe(200);
    }
  }
  throw new Error(`measure ${measureId} never reached the first ${QUEUE_PAGE} items of the queue`);
}

async function csrfToken(): Promise<string> {
  const response = await page.request.get(`${server.url}/api/auth/session`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

describe('The bureau policy inventory in Chromium against the real server', () => {
  it('leads an anonymous visitor from the Measures page to a login that comes back to the form', async () => {
    await page.goto(`${server.url}/measures`);
    await page.getByRole('link', { name: '录入本局政策' }).click();
    await page.waitForURL(/\/measures\/new$/);
    const login = page.getByRole('link', { name: '登录后录入' });
    await login.waitFor({ timeout: UNTIL });
    expect(await login.getAttribute('href')).toBe('/login?next=%2Fmeasures%2Fnew');
    expect(await page.getByRole('form', { name: '逐条录入' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await login.click();
    await page.getByLabel('用户名').fill(EDITOR.username);
    await page.getByLabel('密码').fill(EDITOR.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/measures\/new$/);
    await page.getByRole('form', { name: '逐条录入' }).waitFor();
    expect(unexpectedErrors()).toEqual([]);
  });

  it('shows the API’s problems next to the fields, then saves a measure the review queue lists', async () => {
    await logIn('/measures/new');
    const form = page.getByRole('form', { name: '逐条录入' });
    await form.getByRole('checkbox', { name: '科技金融' }).waitFor();
    await form.getByRole('button', { name: '保存并送审' }).click();

    await page.getByRole('alert').filter({ hasText: '尚未保存' }).waitFor();
    expect(await form.getByRole('textbox', { name: /^标题/ }).getAttribute('aria-invalid')).toBe('true');
    // The server's problem is worded from its code in the interface's language, not in its English.
    const titleError = await form.getByTestId('error-title').textContent();
    expect(titleError).toContain('至少 2 个字');
    expect(titleError).not.toContain('characters');
    // The first field to fix takes the focus: the themes, whose first box is 科技金融.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('tech_finance');
    await page.screenshot({ path: join(SCREENSHOTS, 'inventory-field-errors.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    const title = '设立科技成果转化贷款风险补偿资金池（e2e）';
    await form.getByRole('checkbox', { name: '科技金融' }).check();
    await form.getByRole('checkbox', { name: '成果转化与产学研' }).check();
    await form.getByRole('textbox', { name: /^标题/ }).fill(title);
    await form
      .getByRole('textbox', { name: /^举措内容/ })
      .fill('对合作银行向科技型中小企业发放的成果转化贷款，按实际损失的一定比例给予补偿。');
    await form.getByLabel(/^日期/).fill('2024-03-01');
    await form.getByRole('textbox', { name: /^政策品牌/ }).fill('科技贷、成果转化贷');
    await form.getByRole('textbox', { name: /^政策文件或文号/ }).fill('呼政办发〔2024〕12号');
    await form.getByRole('button', { name: '保存并送审' }).click();

    const confirmation = page.getByTestId('entry-confirmation');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain(`已录入“${title}”，已进入审核队列。`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('entry-confirmation');
    expect(await form.getByRole('textbox', { name: /^标题/ }).inputValue()).toBe('');
    expect(await form.getByRole('checkbox', { name: '科技金融' }).isChecked()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'inventory-saved.png') });

    const link = confirmation.getByRole('link', { name: '在审核队列中查看' });
    const id = Number(/item=measure:(\d+)$/.exec((await link.getAttribute('href')) ?? '')?.[1]);
    await workThroughQueueUntilShown(id);
    await link.click();
    const card = page.getByTestId('review-item').filter({ has: page.getByRole('heading', { name: title }) });
    await card.waitFor({ timeout: UNTIL });
    expect(await card.getAttribute('aria-current')).toBe('true');
    const item = (await queue(QUEUE_PAGE)).find((i) => i.entity === 'measure' && i.id === id);
    expect(item).toMatchObject({ label: title, citation: { authority: 'bureau_entry' } });
    await page.screenshot({ path: join(SCREENSHOTS, 'inventory-in-review-queue.png') });
    expect(unexpectedErrors()).toEqual([]);
  });

  it('lists each problem of a refused CSV by line and column, then imports the corrected file', async () => {
    await logIn('/measures/new');
    const panel = page.getByRole('region', { name: '批量导入（CSV）' });
    const template = await panel.getByRole('link', { name: '下载 CSV 模板' }).getAttribute('href');
    const header = (await (await page.request.get(`${server.url}${template}`)).text()).split(/\r?\n/)[0];
    expect(header?.replace(/^\uFEFF/, '')).toBe('region,themes,title,text,date,programs,document,url');

    const upload = async (rows: string[]) => {
      await panel.getByLabel('CSV 文件').setInputFiles({
        name: '本局政策清单-e2e.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([header, ...rows].join('\r\n'), 'utf8'),
      });
      await panel.getByRole('button', { name: '上传并导入' }).click();
    };
    await upload([
      '火星,talent,引进高层次人才团队,对新引进的高层次人才团队给予资助。,2024-05-01,,,',
      '呼和浩特,tech_finance,科技信贷风险补偿,对科技型中小企业贷款损失给予补偿。,2024-13-01,科技贷,,',
    ]);
    const problems = panel.getByTestId('csv-problems');
    await problems.waitFor();
    expect(await problems.getByRole('heading').textContent()).toContain('文件有 2 处问题，未导入任何内容');
    const cells = await problems
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent)));
    expect(cells).toEqual([
      ['2', 'region'],
      ['3', 'date'],
    ]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await page.screenshot({ path: join(SCREENSHOTS, 'inventory-csv-problems.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await upload([
      '呼和浩特,talent,引进高层次人才团队（e2e）,对新引进的高层次人才团队给予资助。,2024-05-01,英才兴蒙,,',
      '呼和浩特,tech_finance;tech_transfer,科技信贷风险补偿（e2e）,对科技型中小企业贷款损失给予补偿。,2024-03-01,科技贷,,',
    ]);
    const result = panel.getByTestId('csv-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('已导入 2 条举措，已进入审核队列。');
    const labels = (await queue(500)).filter((i) => i.entity === 'measure').map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['引进高层次人才团队（e2e）', '科技信贷风险补偿（e2e）']));
    expect(unexpectedErrors()).toEqual([]);
  });
});
