/**
 * Build-only changes to what the web bundle takes from its libraries (vite.config.ts). Kept apart
 * so the config stays a list of choices; build.ts counts this file among dist's inputs.
 */
import type { Plugin } from 'vite';

const NOT_IN_BROWSER = 'throw new Error("zod\'s JSON Schema output is not part of the web build (vite-plugins.ts)")';

/**
 * Zod 4's classic schemas carry `.toJSONSchema()`, so bundling zod brings its JSON Schema
 * generator (core/to-json-schema.js and core/json-schema-processors.js: ~17.5 kB minified, ~5 kB
 * gzip, a fifth of the zod chunk) onto every page's first load. The browser only parses API
 * answers and URL state; JSON Schema is the API's business (apps/api runs zod from node_modules,
 * untouched). The two modules are replaced by functions that throw, so a call would say what is
 * missing instead of misbehaving, and a zod release that imports another name from them fails
 * the build (MISSING_EXPORT) rather than shipping a broken bundle.
 */
export function zodWithoutJsonSchema(): Plugin {
  const no = `() => { ${NOT_IN_BROWSER}; }`;
  const stubs: Array<[RegExp, string]> = [
    [
      /zod[\\/]v4[\\/]core[\\/]to-json-schema\.js$/,
      [
        'initializeContext',
        'handleUnrepresentable',
        'processSchema',
        'process',
        'extractDefs',
        'finalize',
        'createToJSONSchemaMethod',
        'createStandardJSONSchemaMethod',
      ]
        .map((name) => `export const ${name} = () => ${no};`)
        .join('\n'),
    ],
    [
      /zod[\\/]v4[\\/]core[\\/]json-schema-processors\.js$/,
      `export const aggregateChecks = ${no};\nexport const toJSONSchema = ${no};\nexport const allProcessors = {};`,
    ],
  ];
  return {
    name: 'zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      return stubs.find(([test]) => test.test(id))?.[1] ?? null;
    },
  };
}

/** What the early entry must never load: the libraries whose download and run it exists to get ahead of. */
const NOT_EARLY = /node_modules[\\/](zod|react|react-dom|react-router|scheduler|@tanstack|echarts|zrender)[\\/]/;

/**
 * index.html's second script, `src/early/early.ts` (an input of its own in vite.config.ts): it
 * asks for the page's data and code before the app's entry has loaded and run. Vite bundles every
 * module script of a page into one entry, which would make it wait for that entry's whole graph,
 * so this plugin adds the tag itself, first in <head> so the browser asks for it first, `async` so
 * it runs as soon as its small graph is fetched, with its static imports preloaded. The build fails if that graph ever includes zod, React or
 * another library the entry loads (it would then no longer be early).
 */
export function earlyEntry(source: string): Plugin {
  let base = '/';
  return {
    name: 'early-entry',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tag = (src: string) => ({
          tag: 'script',
          attrs: { type: 'module', async: true, crossorigin: true, src },
          injectTo: 'head-prepend' as const,
        });
        if (!ctx.bundle) return [tag(`/${source}`)];
        const chunks = Object.values(ctx.bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.replaceAll('\\', '/').endsWith(source));
        if (!entry) throw new Error(`early-entry: the build has no entry for ${source} (vite.config.ts input)`);
        const imported = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.find((c) => c.fileName === fileName);
          for (const id of chunk?.moduleIds ?? []) {
            if (NOT_EARLY.test(id)) throw new Error(`early-entry: ${source} must not load ${id} (vite-plugins.ts)`);
          }
          for (const next of chunk?.imports ?? []) if (!imported.has(next) && imported.add(next)) visit(next);
        };
        visit(entry.fileName);
        return [
          tag(`${base}${entry.fileName}`),
          ...[...imported].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head-prepend' as const,
          })),
        ];
      },
    },
  };
}
