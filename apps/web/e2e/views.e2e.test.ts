/**
 * Every view at every size, in both languages, against the real server in Chromium: the page never
 * scrolls sideways (document.documentElement.scrollWidth <= innerWidth) at 1366, 768 and 390 px;
 * in English no Chinese character appears in the interface outside data (names, titles, quotes,
 * marked data-data or lang="zh-CN"); axe finds no serious or critical violation; and each view is
 * saved as a screenshot (test-results/screenshots/views/<lang>-<width>-<view>.png).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  SCREENSHOTS,
  type Server,
  seriousViolations,
  sidewaysOverflow,
  startServer,
  UNTIL,
} from './harness';

const EDITOR = { username: 'views-editor', password: 'a long enough e2e password' };
const SHOTS = join(SCREENSHOTS, 'views');

/** Every route of the app, the editors' pages included (the session is an editor's). */
const VIEWS: Array<[name: string, path: string]> = [
  ['overview', '/'],
  ['digest', '/?since=2000-01-01'],
  ['compare', '/compare?regions=320100,330200,321000,340100,420500,530000,310000,341100'],
  ['indicators', '/indicators?indicator=high_tech_enterprises&regions=150100,320100'],
  ['ladder', '/ladder?regions=320100'],
  ['instruments', '/instruments?regions=320100,321000'],
  ['peers', '/peers?group=bulletin_peers'],
  ['measures', '/measures'],
  ['inventory', '/measures/new'],
  ['sources', '/sources'],
  ['reader', '/sources/{bulletin}'],
  ['profile', '/regions/150100'],
  ['review', '/review'],
  ['import', '/import'],
  ['audit', '/audit'],
  ['login', '/login'],
];
const SIZES = [
  { width: 1366, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
];
const LANGS = ['zh', 'en'] as const;

let server: Server;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let bulletin = '';
const contexts = new Map<string, { context: BrowserContext; page: Page; errors: string[] }>();

beforeAll(async () => {
  server = await startServer({ editor: EDITOR });
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  const sources = (await (await fetch(`${server.url}/api/sources`)).json()) as {
    items: { id: number; type: string }[];
  };
  bulletin = String(sources.items.find((s) => s.type === 'bulletin')?.id);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** One logged-in page per language and size, reused by that combination's views. */
async function pageFor(lang: (typeof LANGS)[number], size: (typeof SIZES)[number]) {
  const key = `${lang}-${size.width}`;
  const found = contexts.get(key);
  if (found) return found;
  const context = await browser.newContext({ viewport: size });
  await context.addInitScript((l) => localStorage.setItem('ipb.lang', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const session = await page.request.get(`${server.url}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string | null };
  const login = await page.request.post(`${server.url}/api/auth/login`, {
    data: EDITOR,
    headers: { 'x-csrf-token': csrfToken ?? '' },
  });
  expect(login.status()).toBe(200);
  const entry = { context, page, errors };
  contexts.set(key, entry);
  return entry;
}

/** The view has rendered: its heading is there and nothing is still loading. */
async function ready(page: Page) {
  await page.locator('main h1').first().waitFor({ timeout: UNTIL });
  await page.waitForFunction(() => !document.querySelector('main .skeleton, main [aria-busy="true"]'), null, {
    timeout: UNTIL,
  });
  // Widths depend on the CJK font: measure with the fonts the page uses, not a fallback.
  await page.evaluate(() => document.fonts.ready);
}

/** Text of the interface (not data) that has a Chinese character: it should be empty in English. */
function chineseChrome(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('[data-data], [lang^="zh"], blockquote, q, cite, code, script, style')) continue;
      const text = node.textContent?.trim() ?? '';
      if (/[\u3400-\u9fff]/.test(text)) out.push(`${el.tagName.toLowerCase()}: ${text.slice(0, 40)}`);
    }
    return out;
  });
}

describe.each(LANGS)('every view in %s', (lang) => {
  describe.each(SIZES)('at $width px', (size) => {
    it.each(VIEWS)('%s: no sideways scroll, a screenshot', async (name, path) => {
      const { page, errors } = await pageFor(lang, size);
      await page.goto(`${server.url}${path.replace('{bulletin}', bulletin)}`);
      await ready(page);
      const { over, widest } = await sidewaysOverflow(page);
      expect(over, `${name} at ${size.width}px scrolls sideways by ${over}px; widest: ${widest}`).toBeLessThanOrEqual(
        0,
      );
      if (lang === 'en') expect(await chineseChrome(page), `${name}: Chinese in the English interface`).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `${lang}-${size.width}-${name}.png`) });
      // axe at the laptop size in both languages, and on the phone (the folded header) in Chinese.
      if (size.width === 1366 || (size.width === 390 && lang === 'zh'))
        expect(await seriousViolations(page), `${name}: axe`).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('phone and tablet layout', () => {
  it('folds the header into a menu on a phone: closed at first, open on demand, closed again by a choice', async () => {
    const { page } = await pageFor('zh', { width: 390, height: 844 });
    await page.goto(`${server.url}/`);
    await ready(page);
    const menu = page.getByRole('button', { name: '菜单' });
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    await menu.click();
    await nav.getByRole('link', { name: '对比' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'zh-390-menu-open.png') });
    await nav.getByRole('link', { name: '对比' }).click();
    await page.waitForURL((url) => url.pathname === '/compare');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
  });

  it('stacks the compare columns on a phone, benchmark first', async () => {
    const { page } = await pageFor('zh', { width: 390, height: 844 });
    await page.goto(`${server.url}/compare?regions=320100,330200`);
    const theme = page.locator('.compare-theme').first();
    await theme.getByTestId('compare-column').first().waitFor({ timeout: UNTIL });
    const boxes = await theme
      .getByTestId('compare-column')
      .evaluateAll((cols) =>
        cols.map((c) => ({ ...c.getBoundingClientRect().toJSON(), benchmark: c.classList.contains('is-benchmark') })),
      );
    expect(boxes.length).toBe(3);
    expect(boxes[0]?.benchmark).toBe(true);
    for (const [i, box] of boxes.entries()) {
      expect(box.left).toBe(boxes[0]?.left);
      if (i > 0) expect(box.top).toBeGreaterThan(boxes[i - 1]?.bottom ?? 0);
    }
  });

  it('scrolls a wide table inside its own box, the indicator and the benchmark staying in view', async () => {
    const { page } = await pageFor('zh', { width: 390, height: 844 });
    await page.goto(`${server.url}/compare?regions=320100,330200,321000`);
    const box = page.locator('section[aria-labelledby="compare-indicators"] .table-scroll');
    await box.locator('tbody tr').first().waitFor({ timeout: UNTIL });
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await box.evaluate((el) => {
      el.scrollLeft = 400;
    });
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const left = await box.evaluate((el) => el.getBoundingClientRect().left);
    const header = await box
      .locator('tbody th[scope="row"]')
      .first()
      .evaluate((el) => el.getBoundingClientRect().left);
    const benchmark = await box
      .locator('tbody td.is-benchmark')
      .first()
      .evaluate((el) => el.getBoundingClientRect());
    expect(Math.abs(header - left)).toBeLessThan(2);
    expect(benchmark.left).toBeGreaterThanOrEqual(left);
    expect(benchmark.right).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SHOTS, 'zh-390-compare-table-scrolled.png') });
  });

  it('keeps the benchmark column in view while many places scroll sideways on a laptop', async () => {
    const { page } = await pageFor('zh', { width: 1366, height: 768 });
    await page.goto(`${server.url}${VIEWS.find(([name]) => name === 'compare')?.[1]}`);
    const scroller = page.locator('.compare-scroll').first();
    await scroller.getByTestId('compare-column').first().waitFor({ timeout: UNTIL });
    await scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const left = await scroller.evaluate((el) => el.getBoundingClientRect().left);
    const benchmark = await scroller
      .locator('.compare-column.is-benchmark')
      .evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(benchmark - left)).toBeLessThan(2);
  });
});

describe('the axe check itself', () => {
  it('reports the serious and critical violations of a broken page', async () => {
    const { context } = await pageFor('zh', { width: 1366, height: 768 });
    const page = await context.newPage();
    try {
      // A button without a name and an image without alt (critical), grey on white (serious).
      await page.goto(`${server.url}/login`);
      await ready(page);
      await page.evaluate(() => {
        document
          .querySelector('main')
          ?.insertAdjacentHTML(
            'beforeend',
            '<button type="button"></button><img src="data:,"><p style="color:#ccc;background:#fff">faint</p>',
          );
      });
      const lines = await seriousViolations(page);
      expect(lines.map((line) => line.split(':')[0]).sort()).toEqual(['button-name', 'color-contrast', 'image-alt']);
      expect(lines).toContain('image-alt: Images must have alternative text (img)');
    } finally {
      await page.close();
    }
  });
});
