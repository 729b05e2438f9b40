/**
 * The bureau's own policy inventory: measures an editor enters through a form or a CSV, so that a
 * gap ("呼和浩特 has no measure under X") can become a finding rather than missing data. Each is a
 * `manual` source with authority bureau_entry, one article and its measures, in review status
 * "extracted": reviewed like extracted measures. A CSV is all or nothing, every problem reported
 * with its line and column, in one transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { type BureauMeasureInput, BureauMeasureInputSchema, type Region, THEME_IDS } from '@ipb/domain';
import type { DbHandle } from '../create-db';
import { articles, auditLog, measures, measureThemes } from '../schema';
import { segmentForIndex } from '../segment';
import { parseCsv } from './parse-csv';
import { bumpDataVersion, type ReplaceStatus, replaceSource } from './replace-source';

export const MEASURE_CSV_COLUMNS = [
  'region',
  'themes',
  'title',
  'text',
  'date',
  'programs',
  'document',
  'url',
] as const;
export const MEASURE_CSV_TEMPLATE = `\uFEFF${MEASURE_CSV_COLUMNS.join(',')}\r\n呼和浩特,tech_finance,设立科技成果转化贷款风险补偿资金池（示例）,"对合作银行向科技型中小企业发放的成果转化贷款，按实际损失的一定比例给予补偿。（示例，请替换）",2024-03-01,科技贷,呼政办发〔2024〕1号（示例）,\r\n`;

export class BureauMeasureError extends Error {
  override name = 'BureauMeasureError';
  constructor(readonly problems: Array<{ line: number | null; column: string; message: string }>) {
    super(
      problems.length === 1 && problems[0]
        ? problems[0].message
        : `${problems.length} problem(s) in the measures; nothing was saved.`,
    );
  }
}

interface Resolved extends BureauMeasureInput {
  regionCode: string;
}

function insertMeasure(handle: DbHandle, sourceId: number, m: Resolved, at: number, rawText: string, actor: string) {
  const { db } = handle;
  const start = Math.max(0, rawText.indexOf(m.text, at));
  const end = start + m.text.length;
  const { id: articleId } = db
    .insert(articles)
    .values({ sourceId, ordinal: 1, title: m.title, regionCode: m.regionCode, start, end })
    .returning({ id: articles.id })
    .get();
  const { id } = db
    .insert(measures)
    .values({
      sourceId,
      articleId,
      regionCode: m.regionCode,
      ordinal: 1,
      title: m.title,
      text: m.text,
      programs: m.programs,
      start,
      end,
      confidence: 1,
      reviewStatus: 'extracted',
      searchTokens: segmentForIndex(`${m.title} ${m.text}`),
    })
    .returning({ id: measures.id })
    .get();
  db.insert(measureThemes)
    .values(m.themes.map((themeId) => ({ measureId: id, themeId, evidence: [`entered by ${actor}`] })))
    .run();
  return { id, end };
}

const entryText = (m: BureauMeasureInput) =>
  [m.document, m.title, m.text, m.url].filter((x): x is string => Boolean(x)).join('\n');

/** One measure from the form. */
export function createBureauMeasure(handle: DbHandle, m: Resolved, actor: string) {
  return handle.sqlite.transaction(() => {
    const rawText = entryText(m);
    const { id: sourceId } = replaceSource(handle.db, {
      key: `bureau-measure:${randomUUID()}`,
      type: 'manual',
      title: m.document ?? m.title,
      year: Number(m.date.slice(0, 4)),
      date: m.date,
      url: m.url,
      publisher: null,
      description: `policy inventory entry by ${actor}`,
      sha256: createHash('sha256').update(rawText).digest('hex'),
      rawText,
      authority: 'bureau_entry',
      authorityReason: `entered by the bureau (${actor})`,
    });
    const { id } = insertMeasure(handle, sourceId, m, 0, rawText, actor);
    handle.db
      .insert(auditLog)
      .values({ actor, action: 'create', entity: 'measure', entityId: String(id), after: { ...m, sourceId } })
      .run();
    bumpDataVersion(handle.db);
    return { id, sourceId, reviewStatus: 'extracted' as const };
  })();
}

const list = (v: string) =>
  v
    .split(/[、;；,，|]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Parse and validate every row first; only a file without problems is written. */
export function importBureauMeasuresCsv(
  handle: DbHandle,
  input: { text: string; fileName: string | null; actor: string },
  resolveRegion: (q: string) => Region | undefined,
): { sourceId: number; status: ReplaceStatus; rows: number } {
  const records = parseCsv(input.text);
  const header = records[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const required = ['themes', 'title', 'text', 'date'];
  const missing = required.filter((c) => !header.includes(c));
  if (!records.length || missing.length)
    throw new BureauMeasureError([
      {
        line: 1,
        column: missing.join(', ') || 'header',
        message: `the header must contain ${required.join(', ')} (download the template)`,
      },
    ]);
  const problems: BureauMeasureError['problems'] = [];
  const rows: Resolved[] = [];
  for (const { line, cells } of records.slice(1)) {
    const cell = (c: string) => (cells[header.indexOf(c)] ?? '').trim();
    const regionText = cell('region') || '150100';
    const region = resolveRegion(regionText);
    if (!region) problems.push({ line, column: 'region', message: `unknown place "${regionText}"` });
    const themes = list(cell('themes'));
    const unknown = themes.filter((t) => !(THEME_IDS as readonly string[]).includes(t));
    if (unknown.length)
      problems.push({
        line,
        column: 'themes',
        message: `unknown theme ${unknown.join(', ')} (ids such as ${THEME_IDS.slice(0, 3).join(', ')})`,
      });
    const parsed = BureauMeasureInputSchema.safeParse({
      region: regionText,
      themes: unknown.length ? ['other'] : themes,
      title: cell('title'),
      text: cell('text'),
      date: cell('date'),
      programs: list(cell('programs')),
      document: cell('document') || null,
      url: cell('url') || null,
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        problems.push({ line, column: String(issue.path[0] ?? ''), message: issue.message });
    if (parsed.success && region) rows.push({ ...parsed.data, regionCode: region.code });
  }
  if (!rows.length && !problems.length)
    problems.push({ line: 2, column: '', message: 'the file has a header but no rows' });
  if (problems.length) throw new BureauMeasureError(problems);
  const sha256 = createHash('sha256').update(input.text).digest('hex');
  return handle.sqlite.transaction(() => {
    const { id: sourceId, status } = replaceSource(handle.db, {
      key: `bureau-measures:${input.fileName ?? sha256}`,
      type: 'manual',
      title: input.fileName ? `本局政策清单：${input.fileName}` : '本局政策清单（CSV）',
      sha256,
      rawText: input.text,
      fileName: input.fileName,
      description: `policy inventory imported by ${input.actor}`,
      authority: 'bureau_entry',
      authorityReason: `entered by the bureau (CSV imported by ${input.actor})`,
    });
    if (status !== 'unchanged') {
      let at = 0;
      for (const row of rows) at = insertMeasure(handle, sourceId, row, at, input.text, input.actor).end;
      handle.db
        .insert(auditLog)
        .values({
          actor: input.actor,
          action: 'import',
          entity: 'source',
          entityId: String(sourceId),
          after: { rows: rows.length, status },
        })
        .run();
      bumpDataVersion(handle.db);
    }
    return { sourceId, status, rows: rows.length };
  })();
}
