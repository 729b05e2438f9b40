/**
 * `npm run lighthouse`: Lighthouse 12 (desktop preset) on Debian's Chromium against the real server
 * on loopback, for the three pages the dashboard is judged by, with their JavaScript (gzip): the
 * initial route JS — the entry of index.html and the page's own chunk with everything they import
 * statically, read from the build manifest (apps/web/dist/.vite/manifest.json), so neither lazy
 * charts, nor the English strings, nor data counts — and all the JavaScript the page loaded
 * (Lighthouse's network requests, charts included); then how long a chart takes to redraw after
 * a toggle. Prints, never fails.
 *   CHROME_PATH (default /usr/bin/chromium) · --no-build (use apps/web/dist as it is) · --runs=3
 *   --base=http://127.0.0.1:3000 audits a server already running (e.g. another checkout) instead
 *   --js-only prints the initial route JS of each page from the build, without a browser
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const BASE = process.argv.find((a) => a.startsWith('--base='))?.slice(7);
/** Each page and the module of its route (apps/web/src/app/router.tsx), as the manifest names it. */
const PAGES: Array<[path: string, module: string]> = [
  ['/', 'src/features/overview/components/OverviewPage.tsx'],
  ['/compare?regions=320100,330200', 'src/features/compare/components/ComparePage.tsx'],
  [
    '/indicators?indicator=high_tech_enterprises&regions=150100,320100',
    'src/features/indicators/components/IndicatorsPage.tsx',
  ],
];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function waitFor(child: ChildProcess, marker: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const seen = (chunk: Buffer) => {
      out += chunk.toString();
      if (marker.test(out)) resolve();
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.on('exit', (code) => reject(new Error(`${what} exited (${code}): ${out.slice(-1000)}`)));
  });
}

async function startServer(work: string): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/api/src/server.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: join(work, 'lh.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitFor(server, /is serving/, 'the server');
  return { base: `http://127.0.0.1:${port}`, server };
}

async function startChrome(work: string): Promise<{ port: number; chrome: ChildProcess }> {
  const port = await freePort();
  const chrome = spawn(
    CHROME,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${join(work, 'chrome')}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitFor(chrome, /DevTools listening/, 'Chromium');
  return { port, chrome };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function audit(base: string, port: number) {
  console.log(
    `\n| page | performance | TBT | LCP | FCP | CLS | initial route JS (gzip) | all JS loaded (gzip) |\n|---|---|---|---|---|---|---|---|`,
  );
  for (const [path, module] of PAGES) {
    const route = initialRouteKb(module);
    const runs: Array<Record<'score' | 'tbt' | 'lcp' | 'fcp' | 'cls' | 'route' | 'scripts', number>> = [];
    // A run whose trace Lighthouse could not read (NO_NAVSTART, seen on a loaded machine) has no
    // metrics: counted, it would be a 0 ms LCP in the median. It is reported and run again instead.
    for (let attempt = 0; runs.length < RUNS && attempt < RUNS * 2; attempt++) {
      const result = await lighthouse(`${base}${path}`, { port, output: 'json', logLevel: 'error' }, desktopConfig);
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      if (result.lhr.runtimeError) {
        console.log(`(${path}: a run failed, ${result.lhr.runtimeError.code}; running it again)`);
        continue;
      }
      const { audits, categories } = result.lhr;
      const requests = (
        audits['network-requests']?.details as { items?: Array<{ resourceType?: string; url: string }> }
      )?.items;
      const scripts = (requests ?? []).filter((r) => r.resourceType === 'Script').map((r) => r.url);
      runs.push({
        score: (categories.performance?.score ?? 0) * 100,
        tbt: audits['total-blocking-time']?.numericValue ?? 0,
        lcp: audits['largest-contentful-paint']?.numericValue ?? 0,
        fcp: audits['first-contentful-paint']?.numericValue ?? 0,
        cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
        route,
        scripts: await gzipKb(scripts),
      });
    }
    if (!runs.length) {
      console.log(`| ${path} | no run succeeded | | | | | ${route.toFixed(1)} KB | |`);
      continue;
    }
    const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
    console.log(
      `| ${path} | ${m('score').toFixed(0)} | ${m('tbt').toFixed(0)} ms | ${m('lcp').toFixed(0)} ms | ${m('fcp').toFixed(0)} ms | ${m('cls').toFixed(3)} | ${m('route').toFixed(1)} KB | ${m('scripts').toFixed(1)} KB |`,
    );
  }
  console.log(`(median of ${RUNS} successful runs each; Lighthouse ${desktopConfig.settings?.formFactor} preset)`);
  console.log(
    'initial route JS: the files index.html and the page chunk import statically (build manifest), gzip level 6 — what must run before the route can paint; lazy charts, the English strings and data are not in it. all JS loaded: every script the page fetched (Lighthouse network requests), charts included.',
  );
}

/**
 * From a click on a view switch to the chart drawn, in the page's own clock: the script marks the
 * click, EChart marks `echart:set-option` (React has rendered the new option) and `echart:drawn`
 * (ECharts reports it drawn), and the difference of the marks is the redraw.
 */
async function chartToggle(base: string) {
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${base}${PAGES[2]?.[0]}`);
    await page.waitForFunction(
      () => document.querySelector('[data-rendered]')?.getAttribute('data-rendered') === 'true',
    );
    const total: number[] = [];
    const react: number[] = [];
    for (const name of ['指数（首年=100）', '绝对值', '指数（首年=100）', '绝对值', '指数（首年=100）', '绝对值']) {
      const clicked = await page.evaluate((label) => {
        const button = [...document.querySelectorAll('button, [role="radio"], label')].find(
          (b) => b.textContent?.trim() === label,
        ) as HTMLElement | undefined;
        performance.clearMarks('toggle');
        performance.mark('toggle');
        button?.click();
        return Boolean(button);
      }, name);
      if (!clicked) continue;
      const marks = await page
        .waitForFunction(() => {
          // No named function in here: tsx would wrap it in a helper the page does not have.
          const [toggle = -1, setOption = -1, drawn = -1] = ['toggle', 'echart:set-option', 'echart:drawn'].map(
            (n) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? -1,
          );
          return drawn > setOption && setOption > toggle ? { toggle, setOption, drawn } : null;
        })
        .then((handle) => handle.jsonValue());
      if (!marks) continue;
      const { toggle, setOption, drawn } = marks;
      total.push(drawn - toggle);
      react.push(setOption - toggle);
    }
    console.log(
      total.length
        ? `\nchart redraw after a toggle (indexed ↔ values, ${total.length} times, Performance marks): median ${median(total).toFixed(0)} ms (click to new option ${median(react).toFixed(0)} ms), max ${Math.max(...total).toFixed(0)} ms`
        : '\nchart redraw after a toggle: no toggle found on the page',
    );
  } finally {
    await browser.close();
  }
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The JavaScript a route needs before it can paint (gzip KB): the chunks of index.html's entries
 * (the app and the early request) and of the page's module, with every chunk they import statically (dynamic imports load later).
 * Read from apps/web/dist, so with --base it describes this checkout's build.
 */
function initialRouteKb(pageModule: string): number {
  const dist = join(ROOT, 'apps/web/dist');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  // index.html's early request (apps/web/src/early/early.ts), an entry of its own (vite-plugins.ts).
  visit('src/early/early.ts');
  visit(pageModule);
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(dist, file))).length;
  return bytes / 1024;
}

/** The JavaScript files a page fetched (from its network requests), gzipped as they are served. */
async function gzipKb(urls: string[]): Promise<number> {
  let bytes = 0;
  for (const url of urls) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
  return bytes / 1024;
}

async function main() {
  console.log(
    `lighthouse — Chromium ${CHROME}; load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (!process.argv.includes('--no-build'))
    execFileSync('npm', ['run', 'build', '-w', '@ipb/web'], { cwd: ROOT, stdio: 'ignore' });
  if (process.argv.includes('--js-only')) {
    for (const [path, module] of PAGES)
      console.log(`${path}: initial route JS ${initialRouteKb(module).toFixed(1)} KB gzip`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'ipb-lighthouse-'));
  const started: ChildProcess[] = [];
  try {
    let base = BASE;
    if (!base) {
      const local = await startServer(work);
      started.push(local.server);
      base = local.base;
    }
    const { port, chrome } = await startChrome(work);
    started.push(chrome);
    await audit(base, port);
    await chartToggle(base);
  } finally {
    await Promise.all(
      started.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve(null);
            child.once('exit', resolve);
            child.kill();
          }),
      ),
    );
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  }
}

main().catch((err: unknown) =>
  console.error(`lighthouse could not finish: ${err instanceof Error ? err.message : err}`),
);
