import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle, getSeries, loadData } from '../src/index';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

let dir: string;
let handle: DbHandle;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ipb-db-'));
  handle = createDb(join(dir, 'test.sqlite'));
});
afterEach(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const TABLES = ['regions', 'themes', 'indicators', 'sources', 'observations'];
function dump(h: DbHandle) {
  return Object.fromEntries(
    TABLES.map((t) => [
      t,
      h.sqlite
        .prepare(`SELECT * FROM ${t} ORDER BY 1`)
        .all()
        .map((r) => ({ ...(r as object), imported_at: undefined })),
    ]),
  );
}

describe('createDb', () => {
  it('uses WAL and enforces foreign keys', async () => {
    expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      handle.sqlite
        .prepare("INSERT INTO articles (source_id, ordinal, title, start, end) VALUES (999, 1, 'x', 0, 1)")
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('loadData', () => {
  it('loads the gazetteer, taxonomy and every reference figure', async () => {
    const report = await loadData(handle.engine, DATA_DIR);
    expect(report.status).toBe('loaded');
    expect(report.themes).toBe(13);
    // city-figures 139 + official-figures 68 + hohhot-plan-figures 15.
    expect(report.referenceObservations).toBe(222);
    const n = handle.sqlite.prepare("SELECT count(*) AS n FROM observations WHERE review_status = 'curated'").get() as {
      n: number;
    };
    expect(n.n).toBe(222);
  });

  it('is idempotent: a second run leaves exactly the same rows', async () => {
    await loadData(handle.engine, DATA_DIR);
    const first = dump(handle);
    handle.sqlite.prepare("DELETE FROM meta WHERE key = 'data_hash'").run(); // force a full second pass
    const second = await loadData(handle.engine, DATA_DIR);
    expect(second.referenceSources.new).toBe(0);
    expect(second.referenceSources.replaced).toBe(0);
    expect(dump(handle)).toEqual(first);
    expect((await loadData(handle.engine, DATA_DIR)).status).toBe('unchanged');
  });

  it('keeps every field of a reference figure: quote, URL, flags, note', async () => {
    await loadData(handle.engine, DATA_DIR);
    const { series } = await getSeries(handle.engine, { indicatorId: 'tech_smes', regionCodes: ['150100'] });
    const partial = series.find((s) => s.periodType === 'year_to_date')?.points[0];
    expect(partial?.flags).toContain('partial_year');
    expect(partial?.citation.quote.length).toBeGreaterThan(10);
    expect(partial?.citation.url).toMatch(/^https?:/);
    expect(partial?.citation.note).toBeTruthy();
  });
});
