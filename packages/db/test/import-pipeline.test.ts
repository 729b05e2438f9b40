/**
 * The import on two threads (packages/ingest/src/import-files.ts, import-worker.ts; decision 014,
 * eleventh session): a worker extracts and cuts search words ahead of the writes. It must change
 * nothing but the time: the words cut ahead are exactly those a write would cut, or are not used;
 * the worker's extraction is the main thread's; a folder imported through the worker gives the
 * same outcomes and rows as on one thread, with its failures (unreadable, empty, repeated, stored
 * files) reported the same; a worker that is gone leaves the work to the main thread.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, importAll, listInputFiles, loadIngestContext } from '@ipb/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../../../scripts/test-budget';
import { ExtractionWorker } from '../../ingest/src/import-pipeline';
import { extractAhead } from '../../ingest/src/import-worker';
import { createDb } from '../src/create-db';
import { query } from '../src/engine/query';
import { loadData } from '../src/load/load-data';
import { readDataDir } from '../src/load/read-data-dir';
import { cutAhead, segmentManyForIndex } from '../src/segment';
import { cutWordsAhead } from '../src/write/extraction-rows';
import { importExtraction } from '../src/write/import-extraction';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
const SEEDS = listInputFiles(join(DATA_DIR, 'bulletins'));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ipb-pipeline-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let firstSeed: Promise<ReturnType<typeof extract>> | undefined;

/**
 * A database of its own with data/ loaded (places, indicators, themes) and nothing imported, and
 * data/'s first bulletin extracted for it to import (extracted once a file: the writes don't change it).
 */
async function firstSeedOnData() {
  const handle = createDb(':memory:');
  await loadData(handle.engine, readDataDir(DATA_DIR));
  firstSeed ??= loadIngestContext(DATA_DIR).then((context) => {
    const file = SEEDS[0] as string;
    return extract(readFileSync(file), { ...context, fileName: basename(file) });
  });
  const { text, ...extraction } = await firstSeed;
  return { handle, text, extraction };
}

describe('words cut ahead', () => {
  const texts = ['上海市 新增高新技术企业 120 家', '科技金融 科创贷 放款 3.5 亿元', '人才公寓 500 套'];

  it('are taken for exactly the texts they were cut from, in their order', () => {
    const ahead = { texts, words: ['a', 'b', 'c'] };
    expect(segmentManyForIndex(texts, ahead)).toEqual(['a', 'b', 'c']);
    expect(cutAhead(texts).words).toEqual(segmentManyForIndex(texts));
  });

  it('are not taken for other texts: the write cuts them', () => {
    const ahead = { texts, words: ['a', 'b', 'c'] };
    const cut = (list: string[]) => segmentManyForIndex(list);
    for (const other of [[...texts].reverse(), texts.slice(1), [...texts, '人才'], texts.map((t) => `${t}。`)])
      expect(segmentManyForIndex(other, ahead)).toEqual(cut(other));
    expect(segmentManyForIndex(texts, { texts, words: ['a'] })).toEqual(cut(texts));
  });

  it("are an import's: every measure's and figure's words come from cutWordsAhead", async () => {
    const { handle, text, extraction } = await firstSeedOnData();
    try {
      const words = cutWordsAhead(extraction);
      expect(words.measures.texts.length).toBeGreaterThan(5);
      expect(words.figures.texts.length).toBeGreaterThan(5);
      // Marked, so the rows show whose words they hold.
      const mark = (w: { texts: readonly string[]; words: readonly string[] }) => ({
        texts: w.texts,
        words: w.words.map((x) => `${x} 先切`),
      });
      const report = await importExtraction(handle.engine, {
        extraction,
        rawText: text,
        words: { measures: mark(words.measures), figures: mark(words.figures) },
      });
      const measures = await handle.engine.all<{ search_tokens: string }>(
        query('SELECT search_tokens FROM measures WHERE source_id = ?'),
        [report.sourceId],
      );
      // observations_fts keeps no text (contentless): its rows are found by the mark.
      const figures = await handle.engine.all<{ id: number }>(
        query(
          "SELECT o.id FROM observations o WHERE o.source_id = ? AND o.id IN (SELECT rowid FROM observations_fts WHERE observations_fts MATCH '先切')",
        ),
        [report.sourceId],
      );
      expect(measures).toHaveLength(report.measures);
      expect(figures).toHaveLength(report.observations);
      expect(measures.every((m) => m.search_tokens.endsWith(' 先切'))).toBe(true);
    } finally {
      handle.close();
    }
  });
});

describe("a write that asks for its bytes itself (importExtraction's unlessStored)", () => {
  it('answers "unchanged" with the source stored with those bytes, whatever its key, and writes nothing', async () => {
    const { handle, text, extraction } = await firstSeedOnData();
    try {
      const first = await importExtraction(handle.engine, { extraction, rawText: text });
      // The same bytes read under another title (another build's extraction): another source key.
      const retitled = { ...extraction, source: { ...extraction.source, title: `${extraction.source.title}（重排）` } };
      const counts = () =>
        handle.engine.get(
          query(`SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM measures) AS measures,
            (SELECT value FROM meta WHERE key = 'data_version') AS version`),
        );
      const before = await counts();
      const asked = await importExtraction(handle.engine, { extraction: retitled, rawText: text, unlessStored: true });
      expect(asked).toEqual({
        status: 'unchanged',
        sourceId: first.sourceId,
        articles: 0,
        measures: 0,
        observations: 0,
        skippedWithoutRegion: 0,
      });
      expect(await counts()).toEqual(before);
      // Without the question the key decides: a second source with the same bytes.
      expect((await importExtraction(handle.engine, { extraction: retitled, rawText: text })).status).toBe('new');
    } finally {
      handle.close();
    }
  });
});

describe('the extraction worker', () => {
  it("answers as the main thread's extraction, in the order asked", { timeout: HEAVY_MS }, async () => {
    const context = await loadIngestContext(DATA_DIR);
    const worker = new ExtractionWorker({ context, hints: {} });
    try {
      const requests = [...SEEDS, SEEDS[0] as string].map((file, index) => ({
        index,
        fileName: basename(file),
        bytes: readFileSync(file),
      }));
      requests.push({ index: requests.length, fileName: 'empty.txt', bytes: Buffer.alloc(0) });
      const answers = requests.map((r) => worker.give(r));
      const local = requests.map((r) => extractAhead(r, { context, hints: {} }));
      expect(await Promise.all(answers)).toEqual(local);
      expect(local.at(-1)).toEqual({ ok: false, error: expect.stringMatching(/empty/) });
    } finally {
      await worker.close();
    }
  });

  it('once gone, answers nothing, and the main thread extracts', async () => {
    const worker = new ExtractionWorker({ context: await loadIngestContext(DATA_DIR), hints: {} });
    await worker.close();
    const bytes = readFileSync(SEEDS[0] as string);
    const answer = worker.give({ index: 0, fileName: 'a.txt', bytes });
    expect(await answer).toBeNull();
    expect(await worker.take(0, answer)).toBeNull();
  });
});

describe('a folder imported on two threads', () => {
  /** Every row but the wall clock's, every table in name order (as scripts/import-dump.ts). */
  const dump = (path: string) => {
    const handle = createDb(path);
    try {
      const raw = handle.sqlite;
      const tables = raw
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
        )
        .all() as Array<{ name: string }>;
      return tables.map(({ name }) => {
        const columns = (raw.prepare('SELECT name FROM pragma_table_xinfo(?)').all(name) as Array<{ name: string }>)
          .map((c) => `"${c.name}"`)
          .filter((c) => !['"imported_at"', '"at"', '"created_at"', '"updated_at"'].includes(c));
        const list = columns.includes('"rank"') ? ['rowid', ...columns].join(', ') : columns.join(', ');
        return [name, raw.prepare(`SELECT ${list} FROM "${name}" ORDER BY ${list}`).raw().all()];
      });
    } finally {
      handle.close();
    }
  };

  it('gives the same outcomes and rows as one thread, failures included', { timeout: HEAVY_MS }, async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const seeds = SEEDS.map((f) => readFileSync(f, 'utf8'));
    const files: string[] = [];
    for (let k = 0; k < 10; k++) {
      const file = join(folder, `issue-${String(k).padStart(2, '0')}.txt`);
      writeFileSync(file, (seeds[k % 2] as string).replace(/20\d\d\s*年第\s*\d+\s*期/, `${1990 + k}年第${k + 1}期`));
      files.push(file);
    }
    copyFileSync(files[3] as string, join(folder, 'issue-03-again.txt'));
    writeFileSync(join(folder, 'issue-04-empty.txt'), '');
    const list = [...listInputFiles(folder), join(folder, 'missing.txt')];
    const outcomes: Record<string, unknown> = {};
    for (const pipeline of [false, 'wait'] as const) {
      const path = join(dir, `${pipeline}.sqlite`);
      // Two issues stored before: unchanged.
      await importAll(path, DATA_DIR, files.slice(0, 2), { pipeline: false });
      const run = await importAll(path, DATA_DIR, list, { actor: 'cli', pipeline });
      outcomes[String(pipeline)] = run.outcomes.map((o) => (o.ok ? { file: o.file, ...o.report } : o));
    }
    const one = outcomes.false as Array<{ status?: string; ok?: false; error?: string }>;
    expect(one.map((o) => o.status ?? o.error)).toEqual([
      'unchanged',
      'unchanged',
      'new',
      'new',
      'unchanged',
      expect.stringMatching(/empty/),
      'new',
      'new',
      'new',
      'new',
      'new',
      'new',
      expect.stringMatching(/ENOENT/),
    ]);
    expect(outcomes.wait).toEqual(one);
    expect(dump(join(dir, 'wait.sqlite'))).toEqual(dump(join(dir, 'false.sqlite')));
  });
});
