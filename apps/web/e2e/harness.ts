/**
 * The real thing, end to end: the server started as `npm start` starts it (tsx apps/api/src/server.ts)
 * on a free port with its own SQLite file, and Debian's Chromium driven by playwright-core.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { copyOfData } from '../../../packages/db/test/support/data-template';
import { BROWSER_WAIT_MS } from '../../../scripts/test-budget';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
/**
 * How long a wait on the page may last before the test fails with that wait's own message: a guard
 * against a hang, not a measure of speed. The machine may be busy (CI shares two cores), so it is
 * generous, and below the project's testTimeout so the locator's message is the one reported. It is
 * every context's default (launchBrowser) and expect.poll's (vitest.config.ts): a wait needs no
 * timeout of its own. Set in scripts/test-budget.ts with the suite's other budgets (docs/decisions/020).
 */
export const UNTIL = BROWSER_WAIT_MS;
const CHROMIUM = '/usr/bin/chromium';

export interface Server {
  url: string;
  stop(): Promise<void>;
}

export interface Account {
  username: string;
  password: string;
}

export interface ServerOptions {
  /** An editor account created before the server starts, through the real CLI (as an admin would). */
  editor?: Account;
  /**
   * An empty SQLite file, which the server fills from data/ itself, as on a first `npm start`. Other
   * files start on a copy of data/ built once for the run (packages/db/test/support/data-template.ts),
   * as on any later start: the server finds data/ unchanged.
   */
  firstStart?: boolean;
}

/** `npm run users -- create <name> --role <role>`, the password in IPB_PASSWORD (never in argv). */
async function createUser(databasePath: string, account: Account, role: 'editor' | 'admin'): Promise<void> {
  try {
    await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'apps/api/src/cli/users.ts', 'create', account.username, '--role', role],
      { cwd: ROOT, env: { ...process.env, DATABASE_PATH: databasePath, IPB_PASSWORD: account.password } },
    );
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`could not create the ${role} "${account.username}":\n${stdout}${stderr}`);
  }
}

export async function startServer(options: ServerOptions = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'ipb-e2e-'));
  const databasePath = join(dir, 'e2e.sqlite');
  if (!options.firstStart) await copyOfData(databasePath);
  if (options.editor) await createUser(databasePath, options.editor, 'editor');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Waits for the server to say where it serves, or to exit: no clock of its own (a busy machine
  // starts slowly; the hook's own timeout is the only limit).
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    async stop() {
      // A server that already exited (it crashed during the file) fires no 'exit' again: waiting for
      // one would hang the hook until its timeout and hide the crash behind "hook timed out".
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Every context (browser.newPage makes one too) waits up to UNTIL by default, not Playwright's
  // 30 s: a wait without its own limit must not fail because the machine is busy.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(UNTIL);
    // The tests' own API reads (page.request shares the context's cookies) reuse idle keep-alive
    // sockets, which the server closes after 5 s: a GET sent as the server closes its socket is reset
    // (ECONNRESET; it failed the import test at load 30). A browser sends such an idempotent request
    // again on a new connection (RFC 9112 §9.3.1); Playwright's client only when told to. Only GET
    // and HEAD, only a reset, once: a write is never sent twice, and any other error still fails.
    const { request } = context;
    const get = request.get.bind(request);
    const head = request.head.bind(request);
    request.get = (url, init) => get(url, { maxRetries: 1, ...init });
    request.head = (url, init) => head(url, { maxRetries: 1, ...init });
    return context;
  };
  return browser;
}

export interface BrowserSession {
  server: Server;
  browser: Browser;
  page: Page;
  /** console.error and uncaught page errors: a test expects this to stay empty. */
  consoleErrors: string[];
}

/**
 * The set-up every browser test file shares: the real server, Chromium, one page in an explicit
 * context (axe needs one) that records console errors; all closed after the file.
 */
export function setupBrowserSession(
  options: { server?: ServerOptions; viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): BrowserSession {
  const session = { consoleErrors: [] as string[] } as BrowserSession;
  beforeAll(async () => {
    session.server = await startServer(options.server);
    session.browser = await launchBrowser();
    const context = await session.browser.newContext({
      viewport: options.viewport ?? { width: 1366, height: 768 },
      acceptDownloads: options.acceptDownloads ?? false,
    });
    session.page = await context.newPage();
    session.page.on('console', (m) => {
      if (m.type() === 'error') session.consoleErrors.push(m.text());
    });
    session.page.on('pageerror', (e) => session.consoleErrors.push(e.message));
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}

/**
 * Serious and critical axe violations, one "rule: help (targets)" line each, so a failure says what to fix.
 *
 * axe runs the same rules on the same page as with AxeBuilder's defaults, in two cheaper ways
 * (docs/decisions/020, fourteenth session; axe was 79 % of the views test's time):
 * - `axe.run` in the page itself (legacy mode) instead of `runPartial` per frame and `finishRun` in a
 *   second, blank page that is opened, given axe's 500 KB source and the serialized partial results,
 *   and closed again for every check. The two differ only for frames of another origin, which legacy
 *   mode cannot enter: the app draws no frame at all (no iframe in apps/web/src), and its
 *   Content-Security-Policy (default-src 'self', no frame-src: apps/api/src/plugins/security.ts)
 *   would let no frame of another origin load. (Either mode enters a same-origin frame only if
 *   injecting axe into it beats the library's own 1 s race, so frames were never checked reliably.)
 * - `resultTypes: ['violations']`: passes, incomplete and inapplicable results keep one node each
 *   instead of a selector and an HTML excerpt for every node that passed; violations are reported
 *   in full, and they are all this reads.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * How far the document scrolls sideways, and when it does, the element that causes it: of the
 * innermost elements reaching past the viewport, the one whose removal shrinks the overflow most,
 * as "tag.class width right 'text'", so a failure names what to fix.
 */
export function sidewaysOverflow(page: Page): Promise<{ over: number; widest: string | null }> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const overNow = () => document.documentElement.scrollWidth - vw;
    const over = overNow();
    if (over <= 0) return { over, widest: null };
    const out = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (el) => el.getBoundingClientRect().right > vw + 0.5,
    );
    const leaves = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
    let best: { el: HTMLElement; gain: number } | null = null;
    for (const el of leaves) {
      const display = el.style.display;
      el.style.display = 'none';
      const gain = over - overNow();
      el.style.display = display;
      if (gain > (best?.gain ?? 0)) best = { el, gain };
    }
    const el = best?.el ?? leaves[0];
    if (!el) return { over, widest: null };
    const r = el.getBoundingClientRect();
    const text = (el.textContent ?? '').trim().slice(0, 40);
    const path = [el, el.parentElement, el.parentElement?.parentElement]
      .map((e) => (e ? `${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]}` : ''))
      .join(' < ');
    return { over, widest: `${path} width ${Math.round(r.width)} right ${Math.round(r.right)} "${text}"` };
  });
}
