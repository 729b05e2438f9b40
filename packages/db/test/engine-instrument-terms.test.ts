/**
 * The instrument terms and measure matches the writes keep (instrument_terms, measure_instruments;
 * issue 10) stay equal to a recomputation from the rows after every writer, on both engines: data/
 * as imported, review edits (a measure's text and programmes corrected, a measure rejected, a
 * figure corrected to a target and a figure rejected), a bureau measure entered, a source deleted; and
 * a changed lexicon, or none recorded (a database migrated to 0018), rebuilds them all.
 */
import type { InstrumentFile, MeasurePatch } from '@ipb/domain';
import { expect, it } from 'vitest';
import { query } from '../src/engine/query';
import { readBenchmarkFiles } from '../src/load/read-benchmark-files';
import { createBureauMeasure } from '../src/write/bureau-measures';
import { keepLexicon } from '../src/write/instrument-terms';
import { reviewMeasure, reviewObservation } from '../src/write/review';
import { describeOnBothEngines } from './support/both-engines';
import { expectKeptInstrumentTerms, keptInstrumentRows } from './support/kept-instrument-terms';
import { onBoth, useRealData } from './support/real-data';

const FILE = readBenchmarkFiles(new URL('../../../data', import.meta.url).pathname).instruments;

/** A measure with terms, and two of its figures that are terms. */
const MEASURE_WITH_TERMS = query(`SELECT measure_id AS id FROM instrument_terms GROUP BY measure_id
  HAVING count(*) >= 2 ORDER BY measure_id LIMIT 1`);
const TERMS_OF = query(
  'SELECT observation_id AS id FROM instrument_terms WHERE measure_id = ? ORDER BY observation_id',
);
const A_MEASURE_OF_AN_INSTRUMENT = query(
  'SELECT max(measure_id) AS id FROM measure_instruments WHERE measure_id NOT IN (SELECT measure_id FROM instrument_terms)',
);
const SOURCE_WITH_TERMS = query(
  'SELECT min(m.source_id) AS id FROM instrument_terms t JOIN measures m ON m.id = t.measure_id',
);
const DELETE_SOURCE = query('DELETE FROM sources WHERE id = ?');
const FORGET_LEXICON = query("DELETE FROM meta WHERE key = 'instrument_lexicon'");
const EMPTY = [query('DELETE FROM instrument_terms'), query('DELETE FROM measure_instruments')];

describeOnBothEngines('kept instrument terms after every writer, on both engines', (engines) => {
  const data = useRealData(engines);
  const check = (file: InstrumentFile = FILE) => onBoth(data, (db) => expectKeptInstrumentTerms(db, file));
  const same = async <T>(read: Parameters<typeof onBoth<T>>[1]) => {
    const [a, b] = await onBoth(data, read);
    expect(b).toEqual(a);
    return a;
  };
  const id = async (q: ReturnType<typeof query>, params: unknown[] = []) =>
    (await same((db) => db.get<{ id: number }>(q, params)))?.id as number;

  it('equal the rows as data/ is imported', () => check());

  it('follow review edits of measures and figures', async () => {
    const measure = await id(MEASURE_WITH_TERMS);
    const [first, second] = (await same((db) => db.all<{ id: number }>(TERMS_OF, [measure]))).map((r) => r.id) as [
      number,
      number,
    ];
    // A figure corrected to a target: the view reads actual figures and shares only; another rejected.
    await onBoth(data, (db) =>
      reviewObservation(db, first, { action: 'correct', reason: '是目标', changes: { kind: 'target' } }, 'editor'),
    );
    await check();
    await onBoth(data, (db) => reviewObservation(db, second, { action: 'reject', reason: '误抽' }, 'editor'));
    await check();
    // A measure's text and programmes corrected: other instruments match it.
    const other = await id(A_MEASURE_OF_AN_INSTRUMENT);
    const text: MeasurePatch = {
      action: 'correct',
      reason: '正文有误',
      changes: { text: '设立天使投资引导基金，对合作担保机构给予风险补偿。', programs: ['科技贷'] },
    };
    await onBoth(data, (db) => reviewMeasure(db, other, text, 'editor'));
    await check();
    await onBoth(data, (db) => reviewMeasure(db, measure, { action: 'reject', reason: '不是政策措施' }, 'editor'));
    await check();
  });

  it('follow a bureau measure entered and a source deleted', async () => {
    const entry = {
      region: '呼和浩特',
      regionCode: '150100',
      themes: ['tech_finance' as const],
      title: '设立科技成果转化风险补偿资金池',
      text: '对合作银行发放的成果转化贷款给予补偿，单笔贷款最高补偿 200 万元。',
      date: '2024-03-01',
      programs: ['科技贷'],
      document: '呼政办发〔2024〕1号',
      url: null,
    };
    const before = await onBoth(data, keptInstrumentRows);
    await onBoth(data, (db) => createBureauMeasure(db, entry, 'editor'));
    await check();
    const after = await onBoth(data, keptInstrumentRows);
    expect(after[0].matches.length).toBeGreaterThan(before[0].matches.length);
    const source = await id(SOURCE_WITH_TERMS);
    await onBoth(data, (db) => db.run(DELETE_SOURCE, [source]));
    await check();
    expect((await onBoth(data, keptInstrumentRows))[0].terms.length).toBeLessThan(after[0].terms.length);
  });

  it('are rebuilt when the lexicon changes, and filled when none was recorded (the backfill)', async () => {
    // 担保 no longer names an instrument: its terms and matches go, others may take them.
    const file: InstrumentFile = {
      ...FILE,
      instruments: FILE.instruments.map((i) => ({ ...i, lexicon: i.lexicon.filter((w) => w !== '担保') })),
    };
    expect(JSON.stringify(file)).not.toBe(JSON.stringify(FILE));
    expect(await onBoth(data, (db) => keepLexicon(db, file))).toEqual([true, true]);
    await check(file);
    expect(await onBoth(data, (db) => keepLexicon(db, file))).toEqual([false, false]);
    await onBoth(data, async (db) => {
      for (const q of [...EMPTY, FORGET_LEXICON]) await db.run(q);
    });
    expect(await onBoth(data, (db) => keepLexicon(db, FILE))).toEqual([true, true]);
    await check();
  });
});
