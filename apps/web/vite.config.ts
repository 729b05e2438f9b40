import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { earlyEntry, zodWithoutJsonSchema } from './vite-plugins';

/**
 * React Router 7's export map names only its development build (remix-run/react-router#12532,
 * #14102): bundled as is, the app ran the router's dev warnings and checks in production. The
 * production build ships beside it; a build takes that one, the dev server keeps the warnings.
 */
const routerProduction = join(
  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production/index.mjs',
);

/**
 * The app's modules only the editing pages share (review, sources with their upload, import, audit):
 * a chunk of their own, so the reading pages (overview, compare, indicators …) do not load them
 * with `shared`. A reading page that starts to import one loads this chunk too (--js-only shows it).
 */
const EDITING =
  /[\\/](packages[\\/]domain[\\/]src[\\/](review|extraction|upload-review|jobs)\.ts|apps[\\/]web[\\/]src[\\/](lib[\\/]api-jobs\.ts|components[\\/]ui[\\/](EditorGate|AuthorityReason)\.tsx))$/;

/**
 * The early request (src/early, with the link codes of packages/domain): one chunk, without zod or
 * React, that is index.html's first script and that the app imports too — one copy, so the app's
 * queries find the answers the early request asked for.
 */
const EARLY_ENTRY = 'src/early/early.ts';
const EARLY = /[\\/](apps[\\/]web[\\/]src[\\/]early[\\/]|packages[\\/]domain[\\/]src[\\/]url-codes\.ts$)/;

const SHARED =
  /[\\/](apps[\\/]web[\\/]src[\\/](components[\\/](?!charts[\\/])|lib[\\/])|packages[\\/]domain[\\/]src[\\/])/;

export default defineConfig(({ command }) => ({
  plugins: [react(), zodWithoutJsonSchema(), earlyEntry(EARLY_ENTRY)],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: routerProduction }] : []),
    ],
  },
  server: {
    // The API (apps/api) serves /api on port 3000 in development; same origin in production.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    outDir: 'dist',
    // scripts/lighthouse.ts reads which chunks each page needs from it (.vite/manifest.json).
    manifest: true,
    sourcemap: true,
    // The tree-shaken ECharts chunk (~520 kB, ~175 kB gzip) is loaded only by chart pages.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The app (index.html) and the early request, which index.html loads first (earlyEntry).
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        early: fileURLToPath(new URL(`./${EARLY_ENTRY}`, import.meta.url)),
      },
      // packages/domain only declares schemas, code lists and pure functions: a page's chunk keeps
      // the ones it uses instead of every domain module landing in the shared startup chunk.
      treeshake: { moduleSideEffects: (id) => !/[\\/]packages[\\/]domain[\\/]src[\\/]/.test(id) },
      output: {
        // Vendor chunks change less often than app code, so browsers keep them cached across releases.
        codeSplitting: {
          groups: [
            { name: 'early', test: EARLY },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
            // zod with the switch that keeps it from probing eval (strict-csp.ts): every schema in
            // the app's shared chunks is built after this chunk has run, so after the switch.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|[\\/]src[\\/]strict-csp\.ts$/ },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
            },
            // Taken before `shared` (whose test leaves them out, as a group's priority did not).
            {
              name: 'editing',
              test: EDITING,
              minShareCount: 2,
              includeDependenciesRecursively: false,
            },
            // The app's own modules that two or more pages use, in one chunk: otherwise each is a chunk
            // of its own, and a page waited on ~25 requests of a few hundred bytes (HTTP/1.1, 6 at
            // a time) before it could paint. Only these modules, not what they import (vendors above),
            // and not components/charts: those import ECharts, which would then load on every page.
            {
              name: 'shared',
              test: (id) => !EDITING.test(id) && !EARLY.test(id) && SHARED.test(id),
              minShareCount: 2,
              priority: -1,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
}));
