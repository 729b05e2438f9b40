/**
 * The tests' copy of data/ (test/support/data-template.ts) is what `buildDatabase` makes: a test file
 * that starts from the copy reads the rows it would have read from its own build.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDatabase } from '@ipb/ingest';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { copyOfData } from './support/data-template';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ipb-data-template-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every table's row count, and the rows of the tables no clock writes into. */
function contents(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const counts = Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
    );
    const rows = Object.fromEntries(
      ['regions', 'themes', 'indicators', 'measure_themes'].map((t) => [
        t,
        db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all(),
      ]),
    );
    return { counts, rows };
  } finally {
    db.close();
  }
}

describe('the copy of data/ for test files', () => {
  it('holds what a build of data/ holds, and is built once for the run', async () => {
    const built = join(dir, 'built.sqlite');
    const copied = join(dir, 'copied.sqlite');
    await buildDatabase(built, DATA_DIR);
    await copyOfData(copied);
    const want = contents(built);
    expect(want.counts.measures).toBeGreaterThan(0);
    expect(contents(copied)).toEqual(want);
    // A second copy comes from the same build, not a new one.
    const template = join(inject('dataTemplateDir'), 'data.sqlite');
    const before = statSync(template);
    await copyOfData(join(dir, 'again.sqlite'));
    expect(statSync(template).ino).toBe(before.ino);
    expect(statSync(template).mtimeMs).toBe(before.mtimeMs);
  });
});
