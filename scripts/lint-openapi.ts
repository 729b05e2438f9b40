/**
 * Check the API description with Redocly's recommended rules: build the app on an empty database
 * in a temporary folder (the document comes from the route schemas, not from data), write
 * /api/openapi.json there and run `redocly lint`. Exits non-zero on any error or warning; CI runs it.
 *   npm run lint:openapi
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '@ipb/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ipb-openapi-'));
try {
  const app = await buildApp({ databasePath: join(dir, 'openapi.sqlite'), webDist: null });
  const res = await app.inject('/api/openapi.json');
  await app.close();
  if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${res.statusCode}`);
  const file = join(dir, 'openapi.json');
  writeFileSync(file, res.body);
  // --max-problems: list every problem; a warning fails too (the bar is 0 errors and 0 warnings).
  const output = execFileSync(
    join(root, 'node_modules/.bin/redocly'),
    ['lint', file, '--extends', 'recommended', '--format', 'stylish', '--max-problems', '1000'],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Errors make redocly exit non-zero (caught below); warnings are lines "warning  <rule-id>  …".
  if (/\b(warning|error)\s{2,}[a-z0-9-]+/.test(output)) {
    console.error(output);
    process.exit(1);
  }
  console.log('openapi: 0 errors, 0 warnings (Redocly recommended rules)');
} catch (err) {
  const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
  console.error(`${stdout}${stderr}` || err);
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
