/**
 * Runs before every web test file: jest-dom matchers, DOM cleanup, and a rule that an unexpected
 * console.error (React warnings about act(), keys, invalid DOM nesting …) fails the test.
 * A test that expects an error logs it through `allowConsoleError()`.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { WAIT_MS } from '../../../../scripts/test-budget';
import { loadLang, loadPageStrings } from '../i18n';
import { PAGE_STRINGS } from '../i18n/page-strings';

// Tests render either language and any page at once; the browser fetches English strings when they
// are chosen and a feature's own Chinese strings with its page (app/router.tsx).
await Promise.all([loadLang('en'), ...Object.keys(PAGE_STRINGS).map(loadPageStrings)]);

// waitFor and findBy… wait for their condition up to the suite's one budget (scripts/test-budget.ts,
// docs/decisions/020), not Testing Library's 1 s: under load a render takes seconds.
configure({ asyncUtilTimeout: WAIT_MS });

let errors: unknown[][] = [];
let allowed = false;

/** Call inside a test that legitimately logs an error. */
export function allowConsoleError() {
  allowed = true;
}

beforeEach(() => {
  errors = [];
  allowed = false;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
  if (errors.length && !allowed) {
    const text = errors.map((args) => args.map(String).join(' ')).join('\n');
    throw new Error(`Unexpected console.error during the test:\n${text}`);
  }
});
