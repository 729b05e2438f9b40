/**
 * An import of a new source folds its figures into the kept period groups (write/period-values.ts,
 * foldGroup) instead of regrouping every figure of each period it touches — and the summary must be
 * exactly what regrouping everything gives: after new groups, after figures that agree with a group
 * (and rank first, as a later issue does), after one that disagrees (a conflict: regrouped), after
 * figures joining a group in conflict (regrouped), and after a new version replacing an issue.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, loadIngestContext } from '@ipb/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../src/create-db';
import { query } from '../src/engine/query';
import { loadData } from '../src/index';
import { importExtraction } from '../src/write/import-extraction';
import { bumpDataVersion } from '../src/write/replace-source';

const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
const seed = (name: string) => readFileSync(join(DATA_DIR, 'bulletins', `${name}.txt`), 'utf8');
/** The bench's renumbering: the masthead makes an issue distinct. */
const issue = (text: string, year: number, month: number) =>
  text.replace(/20\d\d\s*年第\s*\d+\s*期/, `${year}年第${month}期`);

let dir: string;
let handle: DbHandle;
let context: Awaited<ReturnType<typeof loadIngestContext>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ipb-period-fold-'));
  handle = createDb(join(dir, 'test.sqlite'));
  await loadData(handle.engine, DATA_DIR);
  context = await loadIngestContext(DATA_DIR);
});
afterAll(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importText(text: string, fileName: string) {
  const { text: rawText, ...extraction } = extract(text, { ...context, fileName });
  return importExtraction(handle.engine, { extraction, rawText, fileName });
}

const table = () => handle.sqlite.prepare('SELECT * FROM period_values ORDER BY key').all();

/** The summary as kept, then rebuilt whole from every figure: they must be the same. */
async function expectAsRegrouped() {
  const kept = table();
  await handle.engine.transaction(async (tx) => {
    await tx.run(
      query(
        "INSERT INTO period_dirty (region_code, indicator_id, period_end) SELECT DISTINCT region_code, indicator_id, '*' FROM period_values",
      ),
    );
    await bumpDataVersion(tx);
  });
  expect(kept).toEqual(table());
  return kept;
}

/**
 * The text with the number of one linked figure changed: one whose period the text states (not one
 * dated by the issue itself, as 截至目前 is, which every renumbered issue puts in a group of its own).
 */
function withOtherValue(text: string, issueYear: number): string {
  const { text: decoded, articles } = extract(text, { ...context, fileName: 'kejiqingbao-1950-01.txt' });
  const figure = articles
    .flatMap((a) => (a.region ? a.indicators : []))
    .find(
      (f) =>
        f.indicator &&
        f.period.end &&
        !f.period.end.startsWith(String(issueYear)) &&
        (f.period.start || (f.period.type !== 'year_to_date' && f.period.type !== 'multi_year')),
    );
  if (!figure) throw new Error('no linked dated figure in the seed');
  const written = decoded.slice(figure.start, figure.end);
  const number = String(figure.value);
  expect(written).toContain(number);
  const changed = written.replace(number, String(figure.value + 1));
  // The seed's text is the decoded text here (UTF-8, already normal), so its offsets are the text's.
  expect(text.slice(figure.start, figure.end)).toBe(written);
  return `${text.slice(0, figure.start)}${changed}${text.slice(figure.end)}`;
}

describe('folding a new source into period_values', () => {
  it('gives what regrouping every figure gives, import after import', async () => {
    const a = seed('kejiqingbao-2023-07');
    const b = seed('kejiqingbao-2024-07');
    const counts: number[] = [];
    for (const [k, text] of [a, b, a, b, a].entries()) {
      const report = await importText(issue(text, 1900 + k, 1), `kejiqingbao-${1900 + k}-01.txt`);
      expect(report.status).toBe('new');
      counts.push((await expectAsRegrouped()).length);
    }
    expect(counts[4]).toBeGreaterThan(0);
    // A later issue that disagrees with one group: a conflict, then more figures joining it.
    await importText(withOtherValue(issue(a, 1950, 1), 1950), 'kejiqingbao-1950-01.txt');
    const conflicts = (await expectAsRegrouped()) as Array<{ clusters: number; alternatives_total: number }>;
    expect(conflicts.some((g) => g.clusters > 1 && g.alternatives_total >= 2)).toBe(true);
    await importText(issue(a, 1951, 1), 'kejiqingbao-1951-01.txt');
    await expectAsRegrouped();
    // A new version of an issue replaces it (its figures deleted, then inserted): regrouped.
    const report = await importText(withOtherValue(issue(b, 1901, 1), 1901), 'kejiqingbao-1901-01.txt');
    expect(report.status).toBe('replaced');
    await expectAsRegrouped();
  });

  it('reads the old values when the new first figure does not agree as the kept one did', async () => {
    // Agreement is not transitive: a lower bound (突破…) agrees with every figure above it, and a
    // new first figure that agrees with the kept preferred one need not agree with the figures the
    // kept one gathered. A group kept whole (one cluster) around such a bound, then a later issue:
    // its figure ranks first, agrees with the bound, disagrees with one old figure — two clusters.
    const a = seed('kejiqingbao-2023-07');
    const sourceOf = async (year: number) => {
      const report = await importText(issue(a, year, 1), `kejiqingbao-${year}-01.txt`);
      expect(report.status).toBe('new');
      return report.sourceId;
    };
    await sourceOf(1960);
    const later = await sourceOf(1961);
    const group = handle.sqlite
      .prepare(
        `SELECT pv.key, pv.preferred_id, (SELECT o.id FROM observations o WHERE o.id <> pv.preferred_id
           AND o.indicator_id = pv.indicator_id AND o.region_code = pv.region_code AND o.kind = pv.kind
           AND o.period_type = pv.period_type AND o.period_end = pv.order_end ORDER BY o.id LIMIT 1) AS other
         FROM period_values pv JOIN observations p ON p.id = pv.preferred_id
         WHERE pv.clusters = 1 AND p.source_id = ? AND pv.order_end IS NOT NULL ORDER BY pv.key`,
      )
      .all(later) as Array<{ key: string; preferred_id: number; other: number | null }>;
    const target = group.find((g) => g.other !== null);
    if (!target) throw new Error('no kept group of the later issue with an older figure');
    await handle.engine.transaction(async (tx) => {
      await tx.run(
        query(`UPDATE observations SET value = 0, value_as_written = 0, flags = '["lower_bound"]' WHERE id = ?`),
        [target.preferred_id],
      );
      await tx.run(
        query(
          'UPDATE observations SET value = value * 1000 + 1000, value_as_written = value_as_written * 1000 + 1000 WHERE id = ?',
        ),
        [target.other],
      );
      await bumpDataVersion(tx);
    });
    const kept = handle.sqlite.prepare('SELECT clusters, preferred_id FROM period_values WHERE key = ?');
    expect(kept.get(target.key)).toEqual({ clusters: 1, preferred_id: target.preferred_id });
    await sourceOf(1962);
    expect((kept.get(target.key) as { clusters: number }).clusters).toBe(2);
    await expectAsRegrouped();
  });
});
