/**
 * The bureau's own policy inventory: measures an editor enters through a form or a CSV, so that a
 * gap ("呼和浩特 has no measure under X") can become a finding rather than missing data. Each is a
 * `manual` source with authority bureau_entry, one article and its measures, in review status
 * "extracted": reviewed like extracted measures. A CSV is all or nothing, every problem reported
 * with its line and column, in one transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { BureauMeasureInput, FieldProblemCode, ProblemParams } from '@ipb/domain';
import type { Db } from '../engine/db';
import { audit } from './audit';
import { recordDigest } from './digest';
import { insertArticles, insertMeasures } from './insert-measures';
import { keepInstrumentTerms } from './instrument-terms';
import { bumpDataVersion, replaceSource } from './replace-source';

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

export interface MeasureCsvProblem {
  line: number | null;
  column: string;
  message: string;
  code?: FieldProblemCode;
  params?: ProblemParams;
}

export class BureauMeasureError extends Error {
  override name = 'BureauMeasureError';
  constructor(readonly problems: MeasureCsvProblem[]) {
    super(
      problems.length === 1 && problems[0]
        ? problems[0].message
        : `${problems.length} problem(s) in the measures; nothing was saved.`,
    );
  }
}

export interface Resolved extends BureauMeasureInput {
  regionCode: string;
}

/** One bureau entry (article + measure with its themes) inside the caller's transaction. */
export async function insertEntry(db: Db, sourceId: number, m: Resolved, at: number, rawText: string, actor: string) {
  const start = Math.max(0, rawText.indexOf(m.text, at));
  const end = start + m.text.length;
  const [articleId] = await insertArticles(db, [
    { sourceId, ordinal: 1, title: m.title, regionCode: m.regionCode, start, end },
  ]);
  const [id] = await insertMeasures(db, [
    {
      sourceId,
      articleId: articleId as number,
      regionCode: m.regionCode,
      ordinal: 1,
      title: m.title,
      text: m.text,
      programs: m.programs,
      start,
      end,
      confidence: 1,
      reviewStatus: 'extracted',
      themes: m.themes.map((themeId) => ({ id: themeId, evidence: [`entered by ${actor}`] })),
    },
  ]);
  await keepInstrumentTerms(db, [id as number]);
  return { id: id as number, end };
}

const entryText = (m: BureauMeasureInput) =>
  [m.document, m.title, m.text, m.url].filter((x): x is string => Boolean(x)).join('\n');

/** One measure from the form. */
export function createBureauMeasure(db: Db, m: Resolved, actor: string) {
  return db.transaction(async (tx) => {
    const rawText = entryText(m);
    const { id: sourceId } = await replaceSource(tx, {
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
    const { id } = await insertEntry(tx, sourceId, m, 0, rawText, actor);
    await audit(tx, { actor, action: 'create', entity: 'measure', entityId: String(id), after: { ...m, sourceId } });
    await bumpDataVersion(tx);
    await recordDigest(tx, { kind: 'manual', title: m.document ?? m.title, sourceId }, [sourceId]);
    return { id, sourceId, reviewStatus: 'extracted' as const };
  });
}
