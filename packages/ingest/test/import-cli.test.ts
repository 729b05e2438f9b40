/** `ingest import` run as a real process on real files, against a real SQLite file. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from '@ipb/db';
import { afterAll, describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../../../scripts/test-budget';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SEED = join(ROOT, 'data/bulletins/kejiqingbao-2024-07.txt');
const dir = mkdtempSync(join(tmpdir(), 'ipb-import-'));
const databasePath = join(dir, 'cli.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function importCli(target: string, ...hints: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'packages/ingest/src/cli.ts'), 'import', target, ...hints],
    {
      env: { ...process.env, DATABASE_PATH: databasePath },
      encoding: 'utf8',
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function count(table: string): number {
  const handle = createDb(databasePath);
  try {
    return (handle.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    handle.close();
  }
}

// Each test spawns the CLI (tsx start-up, migrations, data/ load) two or three times: on a busy
// machine that takes well over Vitest's 5 s default, so the limit is a hang guard, not a speed bar.
describe('ingest import', { timeout: HEAVY_MS }, () => {
  const folder = join(dir, 'in');
  mkdirSync(folder);
  copyFileSync(SEED, join(folder, 'issue.txt'));

  it('imports a folder, and importing the same bytes again changes nothing', () => {
    const first = importCli(folder);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/imported: 5 articles/);
    const rows = [count('sources'), count('measures'), count('observations')];
    const again = importCli(folder);
    expect(again.stderr).toMatch(/unchanged/);
    expect([count('sources'), count('measures'), count('observations')]).toEqual(rows);
  });

  it('replaces the records of an earlier version of the same issue, and says so', () => {
    const edited = readFileSync(SEED, 'utf8').replace(/。/, '。补充说明一句。');
    writeFileSync(join(folder, 'issue.txt'), edited);
    const before = count('sources');
    const r = importCli(join(folder, 'issue.txt'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/replaced the earlier version/);
    expect(count('sources')).toBe(before);
  });

  it('places a text that says only 全区 from --place and keeps the --url it was given', () => {
    const news = join(dir, 'news.txt');
    writeFileSync(news, '区科技局召开企业培育工作会\n\n近日，全区企业培育工作会召开，全区新增高新技术企业 12 家。\n');
    const r = importCli(news, '--place', '西安市雁塔区', '--url', 'https://kjj.example.gov.cn/a/1.html');
    expect(r.status, r.stderr).toBe(0);
    const handle = createDb(databasePath);
    try {
      const row = handle.sqlite
        .prepare(
          `SELECT s.url, o.region_code AS region, o.measure, o.status FROM sources s JOIN observations o ON o.source_id = s.id WHERE s.file_name = 'news.txt'`,
        )
        .get();
      expect(row).toEqual({
        url: 'https://kjj.example.gov.cn/a/1.html',
        region: '610113',
        measure: 'level',
        status: 'actual',
      });
    } finally {
      handle.close();
    }
  });

  it('refuses a missing path and an unreadable file with a message and exit 2, writing nothing for it', () => {
    expect(importCli(join(dir, 'nope')).status).toBe(2);
    const binary = join(dir, 'bin.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0]));
    const before = count('sources');
    const r = importCli(binary);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bin\.txt: skipped/);
    expect(count('sources')).toBe(before);
  });
});
