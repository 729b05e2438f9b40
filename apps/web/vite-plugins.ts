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
