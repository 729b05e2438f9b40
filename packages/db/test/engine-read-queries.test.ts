/**
 * The read query modules on the two-engine Db (docs/decisions/016), run on data/ in SQLite and the
 * same rows in PostgreSQL (support/real-data.ts): each answers the same from both, and the
 * answers are not empty, so the comparison is of something.
 */
import { expect, it } from 'vitest';
import { listDigests } from '../src/queries/digest';
import { describeOnBothEngines } from './support/both-engines';
import { onBoth, useRealData } from './support/real-data';

describeOnBothEngines('read queries on both engines, over data/', (engines) => {
  const data = useRealData(engines);

  it('digests: the latest, and every one since a date, bounded', async () => {
    const [latest, latestPg] = await onBoth(data, (db) => listDigests(db, { limit: 50 }));
    expect(latestPg).toEqual(latest);
    expect(latest.entries).toHaveLength(1);
    expect(latest.items.length).toBeGreaterThan(0);
    const [since, sincePg] = await onBoth(data, (db) => listDigests(db, { since: '2000-01-01', limit: 7 }));
    expect(sincePg).toEqual(since);
    expect(since.items).toHaveLength(7);
    expect(since.total).toBeGreaterThan(7);
    const [none, nonePg] = await onBoth(data, (db) => listDigests(db, { since: '2999-01-01', limit: 7 }));
    expect(nonePg).toEqual(none);
    expect(none).toEqual({ entries: [], items: [], total: 0 });
  });
});
