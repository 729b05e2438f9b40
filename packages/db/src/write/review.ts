/**
 * Review of extracted records: accept, correct (with a reason), reject. Each change and its audit
 * entry (who, when, before, after, why) are written in one transaction, and the data version is
 * bumped so caches see the change.
 */
import { axesOfKind, kindOfAxes, type MeasurePatch, type ObservationPatch } from '@ipb/domain';
import type { Db } from '../engine/db';
import { query } from '../engine/query';
import { segmentForIndex } from '../segment';
import { audit } from './audit';
import { measureBefore, type ObservationBefore, observationBefore, observationColumns, updateRow } from './edited-rows';
import { keepInstrumentTerms } from './instrument-terms';
import { bumpDataVersion } from './replace-source';
import { setThemesJson } from './themes-json';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

const STATUS = { accept: 'accepted', reject: 'rejected', correct: 'corrected' } as const;

const THEMES = query('SELECT theme_id AS id FROM measure_themes WHERE measure_id = ? ORDER BY theme_id');
const DELETE_THEMES = query('DELETE FROM measure_themes WHERE measure_id = ?');
const INSERT_THEME = query('INSERT INTO measure_themes (measure_id, theme_id, evidence) VALUES (?, ?, ?)');
const MEASURE_OF = query('SELECT measure_id FROM observations WHERE id = ?');

/** Accept, correct or reject measure `id` on the two-engine Db, audited, in one transaction. */
export function reviewMeasure(db: Db, id: number, patch: MeasurePatch, actor: string) {
  return db.transaction(async (tx) => {
    const before = await measureBefore(tx, id);
    if (!before) throw new NotFoundError(`There is no measure ${id}.`);
    const themesBefore = (await tx.all<{ id: string }>(THEMES, [id])).map((t) => t.id);
    const reviewStatus = STATUS[patch.action];
    const changes = patch.action === 'correct' ? patch.changes : {};
    const { themes, ...columns } = changes;
    // A corrected title or text is searched by its new words.
    const searchTokens =
      columns.title !== undefined || columns.text !== undefined
        ? segmentForIndex(`${columns.title ?? before.title} ${columns.text ?? before.text}`)
        : undefined;
    await updateRow(tx, 'measures', id, {
      title: columns.title,
      text: columns.text,
      programs: columns.programs && JSON.stringify(columns.programs),
      review_status: reviewStatus,
      search_tokens: searchTokens,
    });
    if (themes) {
      await tx.run(DELETE_THEMES, [id]);
      const rows = themes.map((themeId) => ({ id: themeId, evidence: [`reviewer:${actor}`] }));
      for (const t of rows) await tx.run(INSERT_THEME, [id, t.id, JSON.stringify(t.evidence)]);
      await setThemesJson(tx, id, rows);
    }
    await keepInstrumentTerms(tx, [id]);
    const auditId = await audit(tx, {
      actor,
      action: patch.action,
      entity: 'measure',
      entityId: String(id),
      before: { ...before, themes: themesBefore },
      after: { ...changes, reviewStatus },
      reason: patch.reason ?? null,
    });
    await bumpDataVersion(tx);
    return { id, reviewStatus, auditId };
  });
}

type ObservationChanges = Extract<ObservationPatch, { action: 'correct' }>['changes'];

/**
 * The kind and the two axes stay consistent: a corrected axis sets the kind (kindOfAxes); a corrected
 * kind sets the axes, keeping what the number is when it only becomes, or stops being, a target.
 */
function correctedAxes(changes: ObservationChanges, before: ObservationBefore) {
  if (changes.measure || changes.status) {
    const measure = changes.measure ?? before.measure;
    const status = changes.status ?? before.status;
    return { ...changes, measure, status, kind: kindOfAxes(measure, status) };
  }
  if (!changes.kind) return { ...changes };
  if (changes.kind === 'target') return { ...changes, measure: before.measure, status: 'target' as const };
  if (before.status === 'target' && kindOfAxes(before.measure, 'actual') === changes.kind)
    return { ...changes, measure: before.measure, status: 'actual' as const };
  return { ...changes, ...axesOfKind(changes.kind, before.unit) };
}

/** Accept, correct or reject figure `id` on the two-engine Db, audited, in one transaction. */
export function reviewObservation(db: Db, id: number, patch: ObservationPatch, actor: string) {
  return db.transaction(async (tx) => {
    const before = await observationBefore(tx, id);
    if (!before) throw new NotFoundError(`There is no observation ${id}.`);
    const reviewStatus = STATUS[patch.action];
    const changes = patch.action === 'correct' ? correctedAxes(patch.changes, before) : {};
    const year = changes.periodEnd ? Number(changes.periodEnd.slice(0, 4)) : undefined;
    await updateRow(
      tx,
      'observations',
      id,
      observationColumns({
        ...changes,
        ...(year ? { year } : {}),
        reviewStatus,
        confidence: patch.action === 'reject' ? before.confidence : 1,
      }),
    );
    const measureId = (await tx.get<{ measure_id: number | null }>(MEASURE_OF, [id]))?.measure_id;
    if (measureId) await keepInstrumentTerms(tx, [measureId]);
    const auditId = await audit(tx, {
      actor,
      action: patch.action,
      entity: 'observation',
      entityId: String(id),
      before,
      after: { ...changes, reviewStatus },
      reason: patch.reason ?? null,
    });
    await bumpDataVersion(tx);
    return { id, reviewStatus, auditId };
  });
}
