/**
 * Rate-limit counters in the database (write/rate-limits.ts), the same on both engines: a window
 * starts with its first request and ends after its length, concurrent counts lose none (what
 * several API instances do at once), reading does not count, and housekeeping deletes ended windows.
 * Time is passed in, never waited for.
 */
import { expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { postgresDb } from '../src/engine/postgres';
import { purgeExpired } from '../src/write/housekeeping';
import { countRequest, readRequestCount } from '../src/write/rate-limits';
import { describeOnBothEngines } from './support/both-engines';

const MINUTE = 60_000;
const T0 = new Date('2026-12-06T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describeOnBothEngines('rate-limit counters on both engines', (engines) => {
  const db = (name: string): Db => (name === 'sqlite' ? engines.sqlite.engine : postgresDb(engines.pool));

  it.each(['sqlite', 'postgres'])('%s: counts within a window and starts a new one when it ends', async (name) => {
    expect(await countRequest(db(name), 'read|10.0.0.1', MINUTE, T0)).toEqual({ count: 1, ttlMs: MINUTE });
    expect(await countRequest(db(name), 'read|10.0.0.1', MINUTE, at(20_000))).toEqual({ count: 2, ttlMs: 40_000 });
    expect(await countRequest(db(name), 'write|10.0.0.1', MINUTE, at(20_000))).toEqual({ count: 1, ttlMs: MINUTE });
    expect(await readRequestCount(db(name), 'read|10.0.0.1', at(30_000))).toEqual({ count: 2, ttlMs: 30_000 });
    expect(await readRequestCount(db(name), 'read|10.0.0.1', at(30_000))).toEqual({ count: 2, ttlMs: 30_000 });
    expect(await readRequestCount(db(name), 'read|10.0.0.1', at(MINUTE))).toEqual({ count: 0, ttlMs: 0 });
    expect(await countRequest(db(name), 'read|10.0.0.1', MINUTE, at(MINUTE))).toEqual({ count: 1, ttlMs: MINUTE });
  });

  it.each(['sqlite', 'postgres'])('%s: loses no count when many requests are counted at once', async (name) => {
    const counts = await Promise.all(
      Array.from({ length: 20 }, () => countRequest(db(name), 'read|10.0.0.2', MINUTE, T0)),
    );
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it.each(['sqlite', 'postgres'])('%s: housekeeping deletes the counters whose window has ended', async (name) => {
    await countRequest(db(name), 'read|10.0.0.3', MINUTE, T0);
    await countRequest(db(name), 'read|10.0.0.4', 10 * MINUTE, T0);
    const report = await purgeExpired(db(name), at(2 * MINUTE));
    expect(report.rateLimits).toBe(3);
    expect((await readRequestCount(db(name), 'read|10.0.0.4', at(2 * MINUTE))).count).toBe(1);
  });
});
