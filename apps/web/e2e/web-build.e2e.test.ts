/**
 * The web build never leaves a half-written dist under a running server: it skips a current dist
 * and swaps a new one in whole (apps/web/build.ts).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDist, inputsStamp, STAMP_FILE } from '../build';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A stand-in for vite: writes an index.html and one asset named after the build. */
function fakeBuild(name: string, calls: string[] = []) {
  return async (outDir: string) => {
    calls.push(name);
    mkdirSync(join(outDir, 'assets'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), `<script src="/assets/${name}.js"></script>`);
    writeFileSync(join(outDir, 'assets', `${name}.js`), `// ${name}`);
  };
}

describe('web build', () => {
  let webDir = '';
  afterEach(() => rmSync(webDir, { recursive: true, force: true }));
  const fresh = () => {
    webDir = mkdtempSync(join(tmpdir(), 'ipb-web-build-'));
    return webDir;
  };
  const leftovers = () => readdirSync(webDir).filter((name) => name !== 'dist');

  it('builds once, then leaves a current dist as it is', async () => {
    const calls: string[] = [];
    fresh();
    expect(await buildDist({ webDir, stamp: 'a', build: fakeBuild('one', calls) })).toBe('built');
    const index = statSync(join(webDir, 'dist/index.html'));
    expect(await buildDist({ webDir, stamp: 'a', build: fakeBuild('two', calls) })).toBe('current');
    expect(calls).toEqual(['one']);
    expect(statSync(join(webDir, 'dist/index.html')).ino).toBe(index.ino);
    expect(readFileSync(join(webDir, 'dist', STAMP_FILE), 'utf8')).toBe('a');
    expect(leftovers()).toEqual([]);
  });

  it('swaps in a new build whole when the inputs changed', async () => {
    fresh();
    await buildDist({ webDir, stamp: 'a', build: fakeBuild('one') });
    expect(await buildDist({ webDir, stamp: 'b', build: fakeBuild('two') })).toBe('built');
    expect(readdirSync(join(webDir, 'dist/assets'))).toEqual(['two.js']);
    expect(readFileSync(join(webDir, 'dist/index.html'), 'utf8')).toContain('two.js');
    expect(leftovers()).toEqual([]);
  });

  it('keeps the old dist when the build fails', async () => {
    fresh();
    await buildDist({ webDir, stamp: 'a', build: fakeBuild('one') });
    const failing = async (outDir: string) => {
      await fakeBuild('half')(outDir);
      throw new Error('syntax error in a page');
    };
    await expect(buildDist({ webDir, stamp: 'b', build: failing })).rejects.toThrow('syntax error');
    expect(readdirSync(join(webDir, 'dist/assets'))).toEqual(['one.js']);
    expect(leftovers()).toEqual([]);
  });

  it('ends with one complete dist when two builds run at once', async () => {
    fresh();
    await Promise.all([
      buildDist({ webDir, stamp: 'a', build: fakeBuild('one') }),
      buildDist({ webDir, stamp: 'b', build: fakeBuild('two') }),
    ]);
    const [asset] = readdirSync(join(webDir, 'dist/assets'));
    expect(readdirSync(join(webDir, 'dist/assets'))).toHaveLength(1);
    expect(readFileSync(join(webDir, 'dist/index.html'), 'utf8')).toContain(asset);
    expect(leftovers()).toEqual([]);
  });

  it('stamps the inputs by path and content', () => {
    fresh();
    writeFileSync(join(webDir, 'a.ts'), 'one');
    const before = inputsStamp(webDir, ['a.ts', 'missing']);
    writeFileSync(join(webDir, 'a.ts'), 'two');
    expect(inputsStamp(webDir, ['a.ts', 'missing'])).not.toBe(before);
  });

  it('does not rebuild the dist this run was set up with (npm start beside the e2e run)', () => {
    const index = statSync(join(ROOT, 'apps/web/dist/index.html'));
    const out = execFileSync('npm', ['run', '--silent', 'build', '-w', '@ipb/web'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('current');
    expect(statSync(join(ROOT, 'apps/web/dist/index.html')).ino).toBe(index.ino);
    expect(existsSync(join(ROOT, 'apps/web/dist', STAMP_FILE))).toBe(true);
  });
});
