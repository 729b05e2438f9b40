/**
 * Every problem code the API's source can send has a message in both languages, so the interface
 * never falls back to the server's English `detail` inside a Chinese page. The API builds each
 * problem in one place (HttpProblem, with a `code: '…'`); this reads those codes from its source.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './messages/en/problems';
import { zh } from './messages/problems';

// The web tests run in happy-dom (no file: URL of this module): find the API from the working directory.
const API_SRC =
  [join(process.cwd(), 'apps/api/src'), join(process.cwd(), '../api/src')].find((p) => existsSync(p)) ?? '';
/** Codes made from a value: `document-${IngestInputError code}` (jobs/job-problems.ts). */
const DERIVED = ['document-empty', 'document-undecodable', 'document-binary', 'document-too-large'];
/** Codes that are a weak password's reason, sent in `params.reason` (lib/password-policy.ts). */
const REASONS = new Set(['too-short', 'too-long', 'repetitive', 'common', 'contains-username']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function apiCodes(): string[] {
  const found = new Set(DERIVED);
  for (const file of sourceFiles(API_SRC)) {
    for (const [, code] of readFileSync(file, 'utf8').matchAll(/code: '([a-z][a-z0-9-]+)'/g))
      if (code && !REASONS.has(code)) found.add(code);
  }
  return [...found].sort();
}

describe('problem messages', () => {
  it('finds the codes in the API source', () => {
    expect(apiCodes()).toEqual(expect.arrayContaining(['csv-has-errors', 'unknown-place', 'wrong-credentials']));
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('has a %s message for every code the API sends', (_lang, messages) => {
    const keys = new Set(Object.keys(messages));
    const field = (code: string) => keys.has(`field.${code}`);
    expect(apiCodes().filter((code) => !keys.has(`problem.${code}`) && !field(code))).toEqual([]);
  });
});
