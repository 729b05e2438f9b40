/**
 * `npm run build -w @ipb/web`, which `npm start`, the e2e setup and `npm run lighthouse` run.
 * Two servers may serve apps/web/dist from one checkout (an e2e run and an `npm start`), and a
 * server serves the files that were there when it started: rebuilding dist in place under it
 * breaks its pages. So dist is rebuilt only when its inputs changed since the build in it, and
 * then into a folder of its own that is renamed into place once complete.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build in dist was made from, kept inside it. */
export const STAMP_FILE = '.inputs-sha256';

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name === 'node_modules' ? [] : files(join(path, name))));
}

/** A hash of every input's path and bytes: the web app, the domain package, the locked dependencies. */
export function inputsStamp(root: string, inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => files(join(root, input)))) {
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex');
}

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException).code;
}

/** Puts the complete build in `ready` at `dist`; the old dist is moved aside first, then removed. */
function swapIn(ready: string, dist: string, aside: string) {
  for (;;) {
    try {
      renameSync(dist, aside);
    } catch (err) {
      if (code(err) !== 'ENOENT') throw err;
    }
    try {
      renameSync(ready, dist);
      break;
    } catch (err) {
      // Another build put its dist there between the two renames: move that one aside too.
      if (code(err) !== 'ENOTEMPTY' && code(err) !== 'EEXIST') throw err;
    }
  }
  rmSync(aside, { recursive: true, force: true });
}

/**
 * Builds `<webDir>/dist` with `build(outDir)` unless the stamp in it says it is current.
 * Returns what it did.
 */
export async function buildDist(options: {
  webDir: string;
  stamp: string;
  build: (outDir: string) => Promise<void>;
}): Promise<'current' | 'built'> {
  const dist = join(options.webDir, 'dist');
  const stampPath = join(dist, STAMP_FILE);
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === options.stamp) return 'current';
  // Folders of this build's own, beside dist (a rename does not cross file systems).
  const building = mkdtempSync(join(options.webDir, '.dist-building-'));
  try {
    await options.build(building);
    writeFileSync(join(building, STAMP_FILE), options.stamp);
    swapIn(building, dist, `${building}-old`);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return 'built';
}

async function main() {
  const webDir = fileURLToPath(new URL('.', import.meta.url));
  const root = join(webDir, '../..');
  const stamp = inputsStamp(root, [
    'apps/web/build.ts',
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/vite-plugins.ts',
    'apps/web/package.json',
    'packages/domain/src',
    'package-lock.json',
  ]);
  // dist is what `npm start` and Lighthouse serve: always React's production build, whichever
  // environment runs this (the e2e setup runs under Vitest, where NODE_ENV is 'test' and Vite would
  // otherwise bundle React's development build into a dist that later counts as current).
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  const done = await buildDist({
    webDir,
    stamp,
    build: async (outDir) => {
      await build({ root: webDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    },
  });
  console.log(done === 'current' ? 'apps/web/dist is current: not rebuilt' : 'apps/web/dist built');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(`The web build failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
