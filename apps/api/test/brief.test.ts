/**
 * The 对标简报: its model (JSON) checked against the data, the .docx opened and its footnotes checked
 * against the model, and — once, because it is slow — rendered by LibreOffice to a PNG screenshot
 * (test-results/screenshots/brief-page1.png), which proves the file opens in a word processor.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { query } from '@ipb/db';
import { type Brief, BriefSchema, DOCX_MEDIA_TYPE } from '@ipb/domain';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { footnoteText } from '../src/routes/briefs/footnotes';
import { useTestApp } from './helper';

const t = useTestApp();
const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/screenshots', import.meta.url));
const URL_ = '/api/briefs?regions=南京,宁波&benchmark=150100';
let brief: Brief;
let docx: Buffer;

beforeAll(async () => {
  brief = BriefSchema.parse((await t.app.inject({ url: encodeURI(URL_) })).json());
  const res = await t.app.inject({ url: encodeURI(URL_), headers: { accept: DOCX_MEDIA_TYPE } });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe(DOCX_MEDIA_TYPE);
  docx = res.rawPayload;
});

/** One row, through the app's Db, so the check runs on whichever engine the suite runs on. */
const row = (sql: string, ...params: unknown[]) => t.app.store.engine.get<Record<string, unknown>>(query(sql), params);
const text = (xml: string) =>
  xml
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the brief model matches the data', () => {
  it('names the places, cites every fact, and every cited sentence is in the database', async () => {
    expect(brief.benchmark.name).toBe('呼和浩特市');
    expect(brief.regions.map((r) => r.name)).toEqual(['南京市', '宁波市']);
    expect(brief.footnotes.length).toBeGreaterThanOrEqual(10);
    expect(brief.targetsTotal).toBeGreaterThanOrEqual(brief.targets.length);
    expect(brief.footnotes.map((f) => f.n)).toEqual(brief.footnotes.map((_, i) => i + 1));
    for (const f of brief.footnotes) {
      expect(f.text).toBe(footnoteText(f.citation));
      const source = await row('SELECT title FROM sources WHERE id = ?', f.citation.sourceId);
      expect(source?.title).toBe(f.citation.sourceTitle);
      const stored =
        (await row(
          'SELECT 1 AS ok FROM observations WHERE source_id = ? AND quote = ?',
          f.citation.sourceId,
          f.citation.quote,
        )) ??
        (await row(
          'SELECT 1 AS ok FROM measures WHERE source_id = ? AND title = ?',
          f.citation.sourceId,
          f.citation.quote,
        ));
      expect(stored?.ok, f.text).toBe(1);
    }
  });

  it('gives each indicator value the footnote of the figure it is', async () => {
    const values = brief.indicators.flatMap((i) =>
      i.rows.flatMap((r) => [
        { code: r.regionCode, value: r.value, note: r.valueFootnote, indicator: i.indicatorId },
        { code: brief.benchmark.code, value: r.benchmarkValue, note: r.benchmarkFootnote, indicator: i.indicatorId },
      ]),
    );
    expect(values.filter((v) => v.note !== null).length).toBeGreaterThan(5);
    for (const v of values.filter((x) => x.note !== null)) {
      const quote = brief.footnotes[(v.note as number) - 1]?.citation.quote;
      const found = await row(
        'SELECT count(*) AS n FROM observations WHERE region_code = ? AND indicator_id = ? AND value = ? AND quote = ?',
        v.code,
        v.indicator,
        v.value,
        quote,
      );
      expect(Number(found?.n), `${v.code} ${v.indicator} ${v.value}`).toBeGreaterThan(0);
    }
  });

  it('says a missing theme may be missing data while 呼和浩特 is thinly covered, naming programmes', () => {
    expect(brief.coverage.thin).toBe(true);
    expect(brief.gaps.every((g) => g.finding === 'not_recorded')).toBe(true);
    const finance = brief.gaps.find((g) => g.theme.id === 'tech_finance');
    expect(finance?.places.flatMap((p) => p.measures.flatMap((m) => m.programs))).toContain('宁科贷');
  });
});

describe('the .docx', () => {
  it('holds the model: names, footnotes word for word, a reference to each, chart images', () => {
    const files = unzipSync(new Uint8Array(docx));
    const document = strFromU8(files['word/document.xml'] as Uint8Array);
    const footnotes = strFromU8(files['word/footnotes.xml'] as Uint8Array);
    expect(text(document)).toContain('呼和浩特');
    expect(text(document)).toContain('南京');
    const notes = [...footnotes.matchAll(/<w:footnote w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
      .map((m) => ({ id: Number(m[1]), text: text(m[2] as string).trim() }))
      .filter((n) => n.id > 0);
    expect(notes.map((n) => n.text)).toEqual(brief.footnotes.map((f) => f.text));
    const references = new Set([...document.matchAll(/<w:footnoteReference w:id="(\d+)"/g)].map((m) => Number(m[1])));
    for (const n of notes) expect(references.has(n.id), `footnote ${n.id} is referenced`).toBe(true);
    const pngs = Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(pngs.length).toBe(brief.charts.length);
    expect(brief.charts.length).toBeGreaterThan(0);
  });

  it('opens in LibreOffice, which renders its first page to a PNG', { timeout: HEAVY_MS }, async () => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
    expect(
      soffice,
      'LibreOffice is missing: apt-get install libreoffice-writer-nogui libreoffice-draw-nogui',
    ).toBeTruthy();
    const dir = mkdtempSync(join(tmpdir(), 'ipb-brief-'));
    try {
      writeFileSync(join(dir, 'brief.docx'), docx);
      // Its own profile, so a LibreOffice already running (or another test run) does not interfere.
      await promisify(execFile)(
        soffice as string,
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'png',
          '--outdir',
          dir,
          join(dir, 'brief.docx'),
        ],
        // Ends a hung LibreOffice before the test's own limit, so its message is the one reported.
        { timeout: HEAVY_MS - 10_000 },
      );
      const png = join(dir, 'brief.png');
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(png).size).toBeGreaterThan(20_000);
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(join(SCREENSHOTS, 'brief-page1.png'), readFileSync(png));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GET /api/briefs refuses what it cannot build', () => {
  it.each([
    ['/api/briefs?regions=不存在的地方', 400],
    ['/api/briefs?regions=南京&theme=no_such_theme', 400],
  ])('%s → %i problem+json', async (url, status) => {
    const res = await t.app.inject({ url: encodeURI(url) });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
