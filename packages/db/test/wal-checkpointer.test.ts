/**
 * A bulk import's checkpoints run on their own thread (wal-checkpointer.ts, docs/decisions/014,
 * thirteenth session): the writer's automatic checkpoint is only a backstop, the thread copies the
 * WAL into the database file every few commits, and closing the store leaves no WAL behind.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WAIT_MS } from '../../../scripts/test-budget';
import { query } from '../src/engine/query';
import { openStore } from '../src/store';
import { BULK_WAL_BACKSTOP, CHECKPOINT_EVERY } from '../src/wal-checkpointer';

const dir = mkdtempSync(join(tmpdir(), 'ipb-checkpointer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AUTOCHECKPOINT = query('PRAGMA wal_autocheckpoint');
const INSERT = query('INSERT INTO meta (key, value) VALUES (?, ?)');

async function commits(db: Awaited<ReturnType<typeof openStore>>['db'], n: number, from = 0) {
  for (let i = from; i < from + n; i++) await db.transaction((tx) => tx.run(INSERT, [`k${i}`, 'x'.repeat(3000)]));
}

describe("a bulk import's checkpoints", () => {
  it('run on their own thread; the writer keeps only the backstop; no WAL is left', async () => {
    const path = join(dir, 'bulk.sqlite');
    const store = await openStore({ engine: 'sqlite', path }, { bulkImport: true });
    const thread = store.checkpointer;
    expect(thread).toBeTruthy();
    const [setting] = await store.db.transaction((tx) => tx.all<{ wal_autocheckpoint: number }>(AUTOCHECKPOINT));
    expect(setting?.wal_autocheckpoint).toBe(BULK_WAL_BACKSTOP);
    await commits(store.db, 2 * CHECKPOINT_EVERY - 1);
    await expect.poll(() => thread?.reports.filter((r) => 'checkpointed' in r).length, { timeout: WAIT_MS }).toBe(2);
    for (const report of thread?.reports ?? []) {
      expect(report).not.toHaveProperty('failed');
      // Everything committed before the checkpoint was copied (nothing held an older snapshot).
      if ('checkpointed' in report) expect(report.checkpointed).toBe(report.log);
    }
    const first = thread?.reports[0];
    expect(first && 'log' in first && first.log).toBeGreaterThan(0);
    await store.close();
    expect(thread?.reports.at(-1)).toMatchObject({ closed: true, checkpoints: 2 });
    expect(existsSync(`${path}-wal`)).toBe(false);

    const again = await openStore({ engine: 'sqlite', path });
    const rows = await again.db.all<{ n: number }>(query("SELECT count(*) AS n FROM meta WHERE key LIKE 'k%'"));
    expect(rows[0]?.n).toBe(2 * CHECKPOINT_EVERY - 1);
    await again.close();
  });

  it('start no thread for an import that writes less than a checkpoint’s worth', async () => {
    const store = await openStore({ engine: 'sqlite', path: join(dir, 'few.sqlite') }, { bulkImport: true });
    await commits(store.db, CHECKPOINT_EVERY - 1);
    await store.close();
    // Not even the thread's goodbye: it never started.
    expect(store.checkpointer?.reports).toEqual([]);
  });

  it('are the writer’s own, at SQLite’s default, without bulkImport', async () => {
    const store = await openStore({ engine: 'sqlite', path: join(dir, 'plain.sqlite') });
    expect(store.checkpointer ?? null).toBeNull();
    const [setting] = await store.db.transaction((tx) => tx.all<{ wal_autocheckpoint: number }>(AUTOCHECKPOINT));
    expect(setting?.wal_autocheckpoint).toBe(1000);
    await store.close();
  });
});
