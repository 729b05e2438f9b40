/**
 * The reviewers' writes on the two-engine Db (write/review.ts): the same correction, acceptance and
 * rejection of a measure and of a figure, on data/ in SQLite and the same rows in PostgreSQL, leave
 * the same rows, the same audit entries and a bumped data version on both; a write that throws
 * half-way, or meets a constraint, leaves nothing on either.
 */
import type { MeasurePatch, ObservationPatch } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { query } from '../src/engine/query';
import { listAudit } from '../src/queries/review';
import { measureBefore, observationBefore } from '../src/write/edited-rows';
import { getMeta } from '../src/write/replace-source';
import { NotFoundError, reviewMeasure, reviewObservation } from '../src/write/review';
import { describeOnBothEngines } from './support/both-engines';
import { failingAt, InjectedFault } from './support/failing-db';
import { onBoth, useRealData } from './support/real-data';

const THEMES = query('SELECT theme_id AS id FROM measure_themes WHERE measure_id = ? ORDER BY theme_id');
const FIRST_MEASURE = query("SELECT min(id) AS id FROM measures WHERE review_status = 'extracted'");
const FIRST_FIGURE = query(
  "SELECT min(id) AS id FROM observations WHERE review_status = 'extracted' AND indicator_id IS NOT NULL",
);

/** What a review touches, read back: the record, its themes, the latest audit entries, the data version. */
async function state(db: Db, entity: 'measure' | 'observation', id: number) {
  const record = entity === 'measure' ? await measureBefore(db, id) : await observationBefore(db, id);
  const themes = entity === 'measure' ? await db.all(THEMES, [id]) : [];
  const audit = await listAudit(db, { entity, entityId: String(id), limit: 10 });
  // `at` is the clock's; everything else must match.
  const entries = audit.items.map(({ at: _at, ...rest }) => rest);
  return { record, themes, entries, version: await getMeta(db, 'data_version') };
}

describeOnBothEngines('review writers on both engines, over data/', (engines) => {
  const data = useRealData(engines);
  const first = async (q: typeof FIRST_MEASURE) => {
    const [a, b] = await onBoth(data, (db) => db.get<{ id: number }>(q));
    expect(b).toEqual(a);
    return a?.id as number;
  };

  it('corrects, accepts and rejects a measure alike: same rows, audit entries and a new data version', async () => {
    const id = await first(FIRST_MEASURE);
    const patches: MeasurePatch[] = [
      {
        action: 'correct',
        reason: '标题有误',
        changes: { title: '科技成果转化贷款风险补偿', programs: ['科技贷'], themes: ['talent', 'tech_finance'] },
      },
      { action: 'accept' },
      { action: 'reject', reason: '不是政策措施' },
    ];
    for (const patch of patches) {
      const [before, beforePg] = await onBoth(data, (db) => state(db, 'measure', id));
      expect(beforePg).toEqual(before);
      const [result, resultPg] = await onBoth(data, (db) => reviewMeasure(db, id, patch, 'editor-a'));
      expect(resultPg).toEqual(result);
      const [after, afterPg] = await onBoth(data, (db) => state(db, 'measure', id));
      expect(afterPg).toEqual(after);
      expect(after.entries).toHaveLength(before.entries.length + 1);
      expect(after.entries[0]).toMatchObject({ id: result.auditId, action: patch.action, actor: 'editor-a' });
      expect(Number(after.version)).toBe(Number(before.version) + 1);
    }
    const [last] = await onBoth(data, (db) => state(db, 'measure', id));
    expect(last.record).toMatchObject({
      title: '科技成果转化贷款风险补偿',
      programs: ['科技贷'],
      reviewStatus: 'rejected',
    });
    expect(last.themes).toEqual([{ id: 'talent' }, { id: 'tech_finance' }]);
  });

  it('corrects, rejects and accepts a figure alike, its kind following its axes', async () => {
    const id = await first(FIRST_FIGURE);
    const patches: ObservationPatch[] = [
      { action: 'correct', reason: '核对原文', changes: { value: 12_345, status: 'target', periodEnd: '2025-12-31' } },
      { action: 'reject', reason: '重复' },
      { action: 'accept' },
    ];
    for (const patch of patches) {
      const [before] = await onBoth(data, (db) => state(db, 'observation', id));
      const [result, resultPg] = await onBoth(data, (db) => reviewObservation(db, id, patch, 'editor-b'));
      expect(resultPg).toEqual(result);
      const [after, afterPg] = await onBoth(data, (db) => state(db, 'observation', id));
      expect(afterPg).toEqual(after);
      expect(after.entries[0]).toMatchObject({ id: result.auditId, action: patch.action, before: before.record });
      expect(Number(after.version)).toBe(Number(before.version) + 1);
    }
    const [last] = await onBoth(data, (db) => state(db, 'observation', id));
    expect(last.record).toMatchObject({ value: 12_345, status: 'target', kind: 'target', year: 2025, confidence: 1 });
  });

  describe.each(['sqlite', 'postgres'] as const)('%s: nothing is left of a write that fails', (engine) => {
    const db = () => data[engine];

    it('an unknown record is not found, and nothing changes', async () => {
      const before = await getMeta(db(), 'data_version');
      await expect(reviewMeasure(db(), 99_999_999, { action: 'accept' }, 'x')).rejects.toThrow(NotFoundError);
      await expect(reviewObservation(db(), 99_999_999, { action: 'accept' }, 'x')).rejects.toThrow(NotFoundError);
      expect(await getMeta(db(), 'data_version')).toBe(before);
    });

    it('a throw at the audit entry undoes the record’s change', async () => {
      const m = (await db().get<{ id: number }>(FIRST_MEASURE))?.id as number;
      const o = (await db().get<{ id: number }>(FIRST_FIGURE))?.id as number;
      const [mBefore, oBefore] = [await state(db(), 'measure', m), await state(db(), 'observation', o)];
      const broken = failingAt(db(), /INSERT INTO audit_log/);
      const patch: MeasurePatch = { action: 'correct', reason: 'r', changes: { title: '改', themes: ['other'] } };
      await expect(reviewMeasure(broken, m, patch, 'x')).rejects.toThrow(InjectedFault);
      const figurePatch = { action: 'correct', reason: 'r', changes: { value: 1, kind: 'target' } } as const;
      await expect(reviewObservation(broken, o, figurePatch, 'x')).rejects.toThrow(InjectedFault);
      expect(await state(db(), 'measure', m)).toEqual(mBefore);
      expect(await state(db(), 'observation', o)).toEqual(oBefore);
    });

    it('a constraint met half-way (an unknown theme or place) undoes the whole write', async () => {
      const m = (await db().get<{ id: number }>(query('SELECT min(id) AS id FROM measures')))?.id as number;
      const before = await state(db(), 'measure', m);
      const patch = { action: 'correct', reason: 'r', changes: { title: '改', themes: ['no_such_theme'] } };
      await expect(reviewMeasure(db(), m, patch as MeasurePatch, 'x')).rejects.toThrow();
      expect(await state(db(), 'measure', m)).toEqual(before);
      const o = (await db().get<{ id: number }>(query('SELECT min(id) AS id FROM observations')))?.id as number;
      const figureBefore = await state(db(), 'observation', o);
      const move = { action: 'correct', reason: 'r', changes: { regionCode: '000000' } } as const;
      await expect(reviewObservation(db(), o, move, 'x')).rejects.toThrow();
      expect(await state(db(), 'observation', o)).toEqual(figureBefore);
    });
  });
});
