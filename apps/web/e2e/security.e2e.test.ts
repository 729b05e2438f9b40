/**
 * The security headers hold in a real browser (issue 11, defect 9): the built app has no inline
 * script, and Chromium reports no Content-Security-Policy violation while the pages are used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type Server, setupBrowserSession } from './harness';

// The one browser test whose server starts on an empty file and builds data/ itself (harness.ts).
const session = setupBrowserSession({ server: { firstStart: true } });
let server: Server;
let page: Page;
let consoleErrors: string[];
beforeAll(async () => {
  ({ server, page, consoleErrors } = session);
  // Registered through the browser, before any page script: CSP does not apply to it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('Content-Security-Policy in Chromium against the real server', () => {
  it('finds no inline script or event handler in the built index.html', () => {
    const html = readFileSync(join(ROOT, 'apps/web/dist/index.html'), 'utf8');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, tag).toMatch(/\bsrc="/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('sends the headers with the page, and HEAD / answers', async () => {
    const res = await fetch(server.url);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await fetch(server.url, { method: 'HEAD' })).status).toBe(200);
  });

  it.each([
    '/',
    '/?since=2000-01-01',
    '/indicators?indicator=high_tech_enterprises&regions=150100,320100&markers=1',
    '/compare',
    '/compare?regions=320100,330200',
    '/measures',
    '/sources',
    // Issue 14's views: the ladder, instrument terms and peer profiles.
    '/ladder?regions=320100',
    '/instruments?regions=320100,321000',
    '/peers?group=bulletin_peers',
  ])('loads %s without a violation', async (path) => {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('main').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
