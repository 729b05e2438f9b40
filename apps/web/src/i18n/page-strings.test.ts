/**
 * The Chinese strings that load with a feature's pages (page-strings.ts) must be read by that
 * feature only: read anywhere else, a page that did not load them would show their keys. Keys are
 * found by their prefix (`'audit.`, `` `audit.${x}` ``), so keys built at run time are caught too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type MessageKey, zh } from './dictionary';
import { PAGE_STRINGS } from './page-strings';
import { translator } from './translate';

// The web tests run in happy-dom (no file: URL of this module): find the sources from the working directory.
const SRC =
  [join(process.cwd(), 'apps/web/src'), join(process.cwd(), 'src')].find((p) => existsSync(join(p, 'i18n'))) ?? '';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' || name === 'test' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const prefixes = (keys: string[]) => [...new Set(keys.map((key) => key.split('.')[0] ?? key))];

describe('strings that load with their pages', () => {
  const files = sources(SRC).map((path) => ({
    path: relative(SRC, path).split(sep).join('/'),
    text: readFileSync(path, 'utf8'),
  }));

  it.each(Object.keys(PAGE_STRINGS))('the strings of %s are read by that feature only', async (feature) => {
    const parts = await Promise.all((PAGE_STRINGS[feature] ?? []).map((load) => load()));
    const found = prefixes(parts.flatMap((part) => Object.keys(part.zh)));
    expect(found.length).toBeGreaterThan(0);
    // A prefix the start-up strings share could be read legitimately elsewhere: none may.
    expect(found.filter((prefix) => prefixes(Object.keys(zh)).includes(prefix))).toEqual([]);
    const readers = files.filter(({ text }) => found.some((prefix) => new RegExp(`['"\`]${prefix}\\.`).test(text)));
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.map(({ path }) => path).filter((path) => !path.startsWith(`features/${feature}/`))).toEqual([]);
  });

  it('shows the key of a string no page loaded instead of failing', () => {
    expect(translator('zh')('audit.nowhere' as MessageKey)).toBe('audit.nowhere');
  });
});
