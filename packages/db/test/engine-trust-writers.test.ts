/**
 * The editors' trust writes on the two-engine Db, on data/ in SQLite and the same rows in
 * PostgreSQL: a conflict settled (write/conflicts.ts), a source's authority set
 * (write/source-authority.ts) and a measure of the bureau's inventory entered (write/bureau-measures.ts)
 * give the same answers, rows, conflict listings and review queue on both, each audited with a new
 * data version; a write that throws half-way leaves nothing on either.
 */
import { createGazetteer } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import type { Db } from '../src/engine/db';
import { query } from '../src/engine/query';
import { listConflicts } from '../src/queries/conflicts';
import { allRegions } from '../src/queries/regions';
import { listAudit } from '../src/queries/review';
import { reviewQueue } from '../src/queries/review-queue';
import { getSourceSummary } from '../src/queries/sources';
import { createBureauMeasure } from '../src/write/bureau-measures';
import { importBureauMeasuresCsv } from '../src/write/bureau-measures-csv';
import { settleConflict } from '../src/write/conflicts';
import { measureBefore } from '../src/write/edited-rows';
import { getMeta } from '../src/write/replace-source';
import { setSourceAuthority } from '../src/write/source-authority';
import { describeOnBothEngines } from './support/both-engines';
import { failingAt, InjectedFault } from './support/failing-db';
import { onBoth, useRealData } from './support/real-data';

const HOHHOT = '150100';
const RD = { regionCodes: [HOHHOT], indicatorId: 'rd_expenditure' };
const QUEUE = { limit: 500 } as const;
const COUNTS = query(`SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM sources) AS sources,
  (SELECT count(*) FROM measures) AS measures, (SELECT count(*) FROM conflict_settlements) AS settlements`);

/** The clock's fields (when settled, imported, audited) differ between two runs; the rest must not. */
const withoutClock = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value), (key, v) => (['at', 'importedAt'].includes(key) ? undefined : v));

/** Everything a write could leave behind, to show that a failed one left nothing. */
async function snapshot(db: Db) {
  const counts = await db.get<Record<string, number | string>>(COUNTS);
  return {
    counts: Object.fromEntries(Object.entries(counts ?? {}).map(([k, v]) => [k, Number(v)])),
    version: await getMeta(db, 'data_version'),
    conflicts: await listConflicts(db, { regionCodes: [HOHHOT] }),
    sources: await getSourceSummary(db, 1),
  };
}

describeOnBothEngines('trust writers on both engines, over data/', (engines) => {
  const data = useRealData(engines);

  it('lists the same conflicts and review queue on both, not empty', async () => {
    const [rd, rdPg] = await onBoth(data, (db) => listConflicts(db, RD));
    expect(rdPg).toEqual(rd);
    expect(rd.some((c) => c.year === 2022 && c.values.length > 1)).toBe(true);
    const [every, everyPg] = await onBoth(data, (db) => listConflicts(db));
    expect(everyPg).toEqual(every);
    const [queue, queuePg] = await onBoth(data, (db) => reviewQueue(db, QUEUE));
    expect(queuePg).toEqual(queue);
    expect(new Set(queue.items.map((i) => i.entity))).toEqual(new Set(['conflict', 'observation', 'measure']));
    const narrowed = { limit: 20, entity: 'observation', region: HOHHOT, maxConfidence: 0.9 } as const;
    const [some, somePg] = await onBoth(data, (db) => reviewQueue(db, narrowed));
    expect(somePg).toEqual(some);
  });

  it('settles a conflict alike: it leaves the queue, audited, with a new data version', async () => {
    const [rd] = await onBoth(data, (db) => listConflicts(db, RD));
    const open = rd.find((c) => c.year === 2022 && c.settlement === null);
    const other = open?.values[1];
    if (!open || !other) throw new Error('no open conflict in data/');
    const body = { key: open.key, observationId: other.observationId, reason: '按公报口径核对' };
    const [version] = await onBoth(data, (db) => getMeta(db, 'data_version'));
    const [settled, settledPg] = await onBoth(data, (db) => settleConflict(db, body, 'editor-a'));
    expect(withoutClock(settledPg)).toEqual(withoutClock(settled));
    expect(settled).toMatchObject({ preferredObservationId: other.observationId, settlement: { by: 'editor-a' } });
    const [after, afterPg] = await onBoth(data, async (db) => ({
      conflicts: await listConflicts(db, RD),
      queue: await reviewQueue(db, QUEUE),
      audit: await listAudit(db, { entity: 'conflict', entityId: open.key, limit: 5 }),
      version: await getMeta(db, 'data_version'),
    }));
    expect(withoutClock(afterPg)).toEqual(withoutClock(after));
    expect(after.queue.items.some((i) => i.conflictKey === open.key)).toBe(false);
    expect(after.audit.items[0]).toMatchObject({ action: 'settle', reason: '按公报口径核对' });
    expect(Number(after.version)).toBe(Number(version) + 1);
  });

  it('sets a source’s authority alike, audited, kept by the row', async () => {
    const change = { authority: 'news_reprint', reason: '核实为报纸转载' } as const;
    const [summary, summaryPg] = await onBoth(data, (db) => setSourceAuthority(db, 1, change, 'editor-b'));
    expect(summaryPg).toEqual(summary);
    expect(summary).toMatchObject({
      id: 1,
      authority: 'news_reprint',
      authorityReason: expect.stringMatching(/核实为报纸转载/),
    });
    const overridden = query('SELECT authority_overridden AS o FROM sources WHERE id = 1');
    const [flag, flagPg] = await onBoth(data, (db) => db.get<{ o: number | boolean }>(overridden));
    expect([flag?.o, flagPg?.o]).toEqual([1, true]);
    const [audit, auditPg] = await onBoth(data, (db) => listAudit(db, { entity: 'source', entityId: '1', limit: 5 }));
    expect(withoutClock(auditPg)).toEqual(withoutClock(audit));
    expect(audit.items[0]).toMatchObject({ action: 'set_authority', after: { authority: 'news_reprint' } });
  });

  it('enters a bureau measure alike, waiting for review', async () => {
    const entry = {
      region: '呼和浩特',
      regionCode: HOHHOT,
      themes: ['tech_finance' as const],
      title: '设立科技成果转化风险补偿资金池',
      text: '对合作银行向科技型中小企业发放的成果转化贷款，按实际损失的一定比例给予补偿。',
      date: '2024-03-01',
      programs: ['科技贷'],
      document: '呼政办发〔2024〕1号',
      url: null,
    };
    const [made, madePg] = await onBoth(data, (db) => createBureauMeasure(db, entry, 'editor-c'));
    expect(madePg).toEqual(made);
    const [rows, rowsPg] = await onBoth(data, async (db) => ({
      measure: await measureBefore(db, made.id),
      source: await getSourceSummary(db, made.sourceId),
      queued: (await reviewQueue(db, { limit: 500, entity: 'measure' })).items.some((i) => i.id === made.id),
    }));
    expect(withoutClock(rowsPg)).toEqual(withoutClock(rows));
    expect(rows).toMatchObject({ measure: { reviewStatus: 'extracted' }, source: { authority: 'bureau_entry' } });
    expect(rows.queued).toBe(true);
  });

  it('imports a bureau measures CSV alike, once: the same text again adds nothing', async () => {
    const [made, madePg] = await onBoth(data, (db) => importCsv(db, 'editor-d'));
    expect(madePg).toEqual(made);
    expect(made).toMatchObject({ status: 'new', rows: 2, replacedSourceId: null });
    const [rows, rowsPg] = await onBoth(data, async (db) => ({
      source: await getSourceSummary(db, made.sourceId),
      queued: (await reviewQueue(db, { limit: 500, entity: 'measure' })).items.filter(
        (i) => i.citation.sourceId === made.sourceId,
      ),
      audit: (await listAudit(db, { entity: 'source', entityId: String(made.sourceId), limit: 5 })).items,
    }));
    expect(withoutClock(rowsPg)).toEqual(withoutClock(rows));
    expect(rows.source).toMatchObject({ authority: 'bureau_entry', type: 'manual' });
    expect(rows.queued.map((i) => i.regionCode).sort()).toEqual(['110000', HOHHOT]);
    expect(rows.audit[0]).toMatchObject({ action: 'import', actor: 'editor-d' });
    const [again, againPg] = await onBoth(data, (db) => importCsv(db, 'editor-e'));
    expect([again.status, againPg.status]).toEqual(['unchanged', 'unchanged']);
    expect(againPg.sourceId).toBe(made.sourceId);
  });

  describe.each(['sqlite', 'postgres'] as const)('%s: a write that throws half-way leaves nothing', (engine) => {
    it.each([
      ['a settlement', /INSERT INTO audit_log/],
      ['an authority change', /INSERT INTO audit_log/],
      ['a bureau measure', /INSERT INTO measure_themes/],
      ['a bureau measure', /INSERT INTO meta/],
      ['a measures CSV', /INSERT INTO measure_themes/],
      ['a measures CSV', /INSERT INTO audit_log/],
    ])('%s, failing at %s', async (what, at) => {
      const db = data[engine];
      const before = await snapshot(db);
      const broken = failingAt(db, at);
      const conflict = before.conflicts.find((c) => c.values.length > 1);
      if (!conflict) throw new Error('no conflict in data/');
      const write = {
        'a settlement': () =>
          settleConflict(
            broken,
            { key: conflict.key, observationId: conflict.values.at(-1)?.observationId ?? 0, reason: '理由' },
            'x',
          ),
        'an authority change': () => setSourceAuthority(broken, 1, { authority: 'government', reason: '理由' }, 'x'),
        'a bureau measure': () => createBureauMeasure(broken, { ...BUREAU, regionCode: HOHHOT }, 'x'),
        'a measures CSV': () => importCsv(broken, 'x', '（第二版）'),
      }[what];
      await expect(write?.()).rejects.toThrow(InjectedFault);
      expect(await snapshot(db)).toEqual(before);
    });
  });
});

const BUREAU = {
  region: HOHHOT,
  themes: ['talent' as const],
  title: '人才公寓',
  text: '为引进的高层次人才提供人才公寓。',
  date: '2024-05-01',
  programs: [],
  document: null,
  url: null,
};

/** Two rows, two places: the bureau's inventory as the template asks for it. */
const MEASURES_CSV = (mark: string) => `region,themes,title,text,date,programs
呼和浩特,tech_finance、talent,设立科技贷风险补偿资金池${mark},对合作银行发放的科技贷按实际损失给予补偿。,2024-03-01,科技贷
北京,talent,人才公寓,为引进的高层次人才提供人才公寓。,2024-05-01,
`;

async function importCsv(db: Db, actor: string, mark = '') {
  const gazetteer = createGazetteer(await allRegions(db));
  const input = { text: MEASURES_CSV(mark), fileName: 'inventory.csv', actor };
  return importBureauMeasuresCsv(db, input, (q) => gazetteer.resolve(q));
}
