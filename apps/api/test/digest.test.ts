/**
 * "What changed for 呼和浩特" recorded by the import itself: a new issue's measures by other places
 * in themes 呼和浩特 lacks, new and changed figures of indicators 呼和浩特 tracks, target status
 * changes; the same bytes again record nothing, and a new version does not report old news again.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importExtraction } from '@ipb/db';
import { type DigestItem, DigestResponseSchema } from '@ipb/domain';
import { decodeInput, extract, loadIngestContext } from '@ipb/ingest';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, useTestApp } from './helper';

const t = useTestApp();
const FIXTURE = fileURLToPath(new URL('./fixtures/digest-bulletin.txt', import.meta.url));

async function importText(text: string) {
  const context = await loadIngestContext(DATA_DIR);
  const bytes = Buffer.from(text);
  const extraction = extract(bytes, { ...context, fileName: 'digest-bulletin.txt' });
  return importExtraction(t.app.store.engine, {
    extraction,
    rawText: decodeInput(bytes).text,
    fileName: 'digest-bulletin.txt',
  });
}
const digest = async (query = '') => DigestResponseSchema.parse((await t.app.inject(`/api/digest${query}`)).json());

describe('GET /api/digest after an import', () => {
  it('starts from the data/ build: the latest import is the 2024 issue, the reference load the baseline', async () => {
    const latest = await digest();
    expect(latest.entries.map((e) => e.trigger.title)).toEqual(['科技情报参考 2024年第7期']);
    const all = await digest('?since=2000-01-01&limit=500');
    expect(all.entries.at(-1)?.baseline).toBe(true);
    expect(all.items.filter((i) => i.type === 'new_measure').every((i) => i.regionCode !== '150100')).toBe(true);
  });

  it('records new measures in themes 呼和浩特 lacks, new and changed figures, and target status changes', async () => {
    const before = await digest('?since=2000-01-01&limit=500');
    const hohhotThemes = new Set(
      (await t.app.inject('/api/measures?region=150100&limit=100'))
        .json()
        .items.flatMap((m: { themes: { id: string }[] }) => m.themes.map((x) => x.id)),
    );
    expect((await importText(readFileSync(FIXTURE, 'utf8'))).status).toBe('new');
    const after = await digest();
    expect(after.entries[0]?.trigger.title).toBe('科技情报参考 2025年第1期');
    const byType = (type: DigestItem['type']) => after.items.filter((i) => i.type === type);
    const measures = byType('new_measure');
    expect(measures.map((m) => m.regionCode)).toEqual(['340100', '340100']);
    for (const m of measures) expect(m.themes.every((th) => !hohhotThemes.has(th))).toBe(true);
    const figures = byType('figure');
    expect(figures).toContainEqual(
      expect.objectContaining({
        regionCode: '150100',
        indicatorId: 'high_tech_enterprises',
        change: 'new',
        value: 700,
      }),
    );
    expect(figures).toContainEqual(
      expect.objectContaining({ indicatorId: 'tech_smes', change: 'changed', previousValue: 852, value: 1200 }),
    );
    // 研发投入 2024 (80 亿元) puts the 2025 target of 85 亿元 back on track.
    expect(byType('target_status')).toEqual([
      expect.objectContaining({
        indicatorId: 'rd_expenditure',
        statusBefore: 'deterioration',
        statusAfter: 'on_track',
      }),
    ]);
    for (const item of after.items) expect(item.citation.sourceTitle.length).toBeGreaterThan(0);
    expect((await digest('?since=2000-01-01&limit=500')).entries.length).toBe(before.entries.length + 1);
  });

  it('records nothing for the same bytes, and no old news for a new version of the issue', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const count = async () => (await digest('?since=2000-01-01')).entries.length;
    const entries = await count();
    expect((await importText(text)).status).toBe('unchanged');
    expect(await count()).toBe(entries);
    expect((await importText(`${text}\n（本期完）\n`)).status).toBe('replaced');
    const latest = await digest();
    expect(latest.entries[0]?.counts).toEqual({ newMeasures: 0, figures: 0, targets: 0 });
  });

  it('refuses a since that is not a date', async () => {
    const res = await t.app.inject('/api/digest?since=yesterday');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
