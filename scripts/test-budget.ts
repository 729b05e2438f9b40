/**
 * The tests' time budgets, the only place they are set (docs/decisions/020, "Tests under load").
 *
 * None of these is a speed bar: a test waits for a condition (an element, a URL, a row, a process's
 * exit), and a budget only says how long a wait or a test may last before it is taken for a hang.
 * CI runs the whole suite on two cores at load 10–20, where a step that takes 50 ms on a quiet
 * machine takes seconds, so every budget is many times the slowest run seen at that load. A test
 * that needs more is made cheaper, not given a timeout of its own. Speed is measured by the
 * benches (`npm run bench`, `npm run bench:api`), never here.
 */

/**
 * In-process tests (domain, db, ingest, api, web): one wait on a condition — `expect.poll`,
 * `vi.waitFor`, Testing Library's `waitFor` and `findBy…` — against mocked or in-process I/O.
 * Vitest's and Testing Library's 1 s default failed at load 15 (a chart drawn by happy-dom); at
 * load 30 one web test with a few such waits took 29 s in all.
 */
export const WAIT_MS = 60_000;

/**
 * In-process tests: one test, and one hook (a beforeAll that loads data/ on both engines). The
 * slowest in-process test at load 15–20 took 30 s (the first upload of a file starts the import
 * worker, which loads the extraction pipeline through tsx): four times that.
 */
export const TEST_MS = 120_000;
export const HOOK_MS = 120_000;

/**
 * Tests that spawn whole programs or build large fixtures (LibreOffice, the CLIs, 100,000-row
 * imports, Compare's worst case): one test or hook. Each such test says why it needs this.
 */
export const HEAVY_MS = 600_000;

/**
 * Browser tests (apps/web/e2e): one wait on the page — a locator, `expect.poll`, a URL, a download —
 * against the real server and Chromium, and one test or hook. The wait's budget is below the
 * test's, so a failure reports the wait's own message rather than "test timed out".
 */
export const BROWSER_WAIT_MS = 240_000;
/** At load 30 the review test's conflict settlement (login, axe, a 100-item queue) took 274 s in all. */
export const BROWSER_TEST_MS = 600_000;
