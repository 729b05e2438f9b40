/**
 * The counts Compare and the measure list read (place_sources, theme_counts) and each measure's
 * lead end stay equal to what the rows say after every writer, on both engines: data/ as imported,
 * review edits (themes corrected, a measure and a figure rejected, a figure moved to another place),
 * a bureau measure entered and a source deleted. The import itself is checked in engine-import.
 */
import type { MeasurePatch } from '@ipb/domain';
import { expect, it } from 'vitest';
import { query } from '../src/engine/query';
import { createBureauMeasure } from '../src/write/bureau-measures';
import { reviewMeasure, reviewObservation } from '../src/write/review';
import { describeOnBothEngines } from './support/both-engines';
import { expectKeptCounts } from './support/kept-counts';
import { onBoth, useRealData } from './support/real-data';

const FIRST_MEASURE = query("SELECT min(id) AS id FROM measures WHERE review_status <> 'rejected'");
const FIGURES = query("SELECT id FROM observations WHERE review_status <> 'rejected' ORDER BY id LIMIT 2");
const SOURCE_WITH_BOTH = query(`SELECT min(s.id) AS id FROM sources s
  WHERE EXISTS (SELECT 1 FROM measures m WHERE m.source_id = s.id) AND EXISTS (SELECT 1 FROM observations o WHERE o.source_id = s.id)`);
const DELETE_SOURCE = query('DELETE FROM sources WHERE id = ?');

describeOnBothEngines('kept counts after every writer, on both engines', (engines) => {
  const data = useRealData(engines);
  const check = () => onBoth(data, expectKeptCounts);
  const same = async <T>(read: Parameters<typeof onBoth<T>>[1]) => {
    const [a, b] = await onBoth(data, read);
    expect(b).toEqual(a);
    return a;
  };

  it('equal the rows as data/ is imported', check);

  it('follow review edits: themes corrected, a measure and a figure rejected, a figure moved', async () => {
    const measure = (await same((db) => db.get<{ id: number }>(FIRST_MEASURE)))?.id as number;
    const themes: MeasurePatch = {
      action: 'correct',
      reason: '主题有误',
      changes: { themes: ['talent', 'tech_finance'] },
    };
    await onBoth(data, (db) => reviewMeasure(db, measure, themes, 'editor'));
    await check();
    await onBoth(data, (db) => reviewMeasure(db, measure, { action: 'reject', reason: '不是政策措施' }, 'editor'));
    await check();
    const [a, b] = (await same((db) => db.all<{ id: number }>(FIGURES))).map((r) => r.id) as [number, number];
    await onBoth(data, (db) => reviewObservation(db, a, { action: 'reject', reason: '误抽' }, 'editor'));
    const move = { action: 'correct', reason: '地区有误', changes: { regionCode: '320100' } } as const;
    await onBoth(data, (db) => reviewObservation(db, b, move, 'editor'));
    await check();
  });

  it('follow a bureau measure entered and a source deleted', async () => {
    const entry = {
      region: '呼和浩特',
      regionCode: '150100',
      themes: ['tech_finance' as const],
      title: '设立科技成果转化风险补偿资金池',
      text: '对合作银行发放的成果转化贷款给予补偿。按实际损失的一定比例。',
      date: '2024-03-01',
      programs: ['科技贷'],
      document: '呼政办发〔2024〕1号',
      url: null,
    };
    await onBoth(data, (db) => createBureauMeasure(db, entry, 'editor'));
    await check();
    const source = (await same((db) => db.get<{ id: number }>(SOURCE_WITH_BOTH)))?.id as number;
    await onBoth(data, (db) => db.run(DELETE_SOURCE, [source]));
    await check();
  });
});
