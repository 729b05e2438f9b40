/**
 * `npm run backup` under load, and its restore (issue 11, defect 10): the real CLI copies the
 * database while this process keeps importing CSV files into it (each import one transaction of
 * ROWS figures); the backup must pass integrity_check and hold whole imports only, and after a
 * restore the server answers with exactly what the backup held.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  allRegions,
  backupDatabase,
  checkDatabaseFile,
  createDb,
  importObservationsCsv,
  listIndicators,
  restoreDatabase,
} from '@ipb/db';
import { createGazetteer } from '@ipb/domain';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfData } from '../../../packages/db/test/support/data-template';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { buildApp } from '../src/app';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ROWS = 50;
const dir = mkdtempSync(join(tmpdir(), 'ipb-backup-'));
const databasePath = join(dir, 'live.sqlite');

beforeAll(async () => {
  await copyOfData(databasePath);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<{ code: number | null; output: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/cli/backup.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c));
  child.stderr?.on('data', (c: Buffer) => (output += c));
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, output })),
  );
  return { child, done };
}

const importRows = (n: number) =>
  ['region,indicator,year,value,unit,quote,source_title']
    .concat(
      Array.from(
        { length: ROWS },
        (_, k) => `150100,gdp,${1960 + k},${n * 1000 + k + 1},亿元,load ${n} row ${k},load test ${n}`,
      ),
    )
    .join('\r\n');

/** Figures per load-test import in a database file: every import must have all ROWS of them. */
function importSizes(path: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT s.id, count(o.id) AS n FROM sources s LEFT JOIN observations o ON o.source_id = s.id
         WHERE s.type = 'csv' GROUP BY s.id`,
      )
      .all() as Array<{ n: number }>;
    return rows.map((r) => r.n);
  } finally {
    db.close();
  }
}

describe('npm run backup', () => {
  // Two CLIs and a server started through tsx while imports run: 57 s of the in-process 60 s at load 15.
  it('copies the database while imports go on, and the copy restores to a working server', {
    timeout: HEAVY_MS,
  }, async () => {
    const writer = createDb(databasePath);
    const gazetteer = createGazetteer(await allRegions(writer.engine));
    const ctx = {
      resolveRegion: (q: string) => gazetteer.resolve(q),
      indicators: new Map((await listIndicators(writer.engine)).map((i) => [i.id, i])),
    };
    let imports = 0;
    const importOne = async () => {
      await importObservationsCsv(writer.engine, { text: importRows(imports), fileName: null, actor: 'load' }, ctx);
      imports += 1;
    };
    await importOne();

    const backupPath = join(dir, 'backup.sqlite');
    const backup = runCli([backupPath], { DATABASE_PATH: databasePath });
    let exited = false;
    const result = backup.done.finally(() => {
      exited = true;
    });
    const before = imports;
    // Keep writing, one import per turn of the event loop, until the backup has finished.
    while (!exited) {
      await importOne();
      await new Promise((r) => setImmediate(r));
    }
    const { code, output } = await result;
    writer.close();
    expect(code, output).toBe(0);
    expect(imports, 'imports went on while the backup ran').toBeGreaterThan(before);

    expect(checkDatabaseFile(backupPath)).toEqual([]);
    const sizes = importSizes(backupPath);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    expect(
      sizes.every((n) => n === ROWS),
      `figures per import in the backup: ${sizes.join(', ')}`,
    ).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);

    const restore = runCli(['--restore', backupPath], { DATABASE_PATH: databasePath });
    const restored = await restore.done;
    expect(restored.code, restored.output).toBe(0);
    expect(readdirSync(dir).some((f) => f.startsWith('live.sqlite.before-restore-'))).toBe(true);
    expect(importSizes(databasePath)).toEqual(sizes);

    const app = await buildApp({ databasePath, webDist: null });
    try {
      const health = await app.inject('/api/health');
      const reference = new Database(backupPath, { readonly: true });
      const count = (reference.prepare('SELECT count(*) AS n FROM observations').get() as { n: number }).n;
      reference.close();
      expect(health.json().database.observations).toBe(count);
    } finally {
      await app.close();
    }
  });

  it('refuses to overwrite a file, and to restore a file that is not a sound database', async () => {
    const existing = join(dir, 'exists.sqlite');
    writeFileSync(existing, 'something precious');
    await expect(backupDatabase(databasePath, existing)).rejects.toThrow(/exists/);
    expect(readFileSync(existing, 'utf8')).toBe('something precious');

    const other = join(dir, 'other.sqlite');
    expect(() => restoreDatabase(existing, other)).toThrow();
    expect(existsSync(other)).toBe(false);
  });
});
