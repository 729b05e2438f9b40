/**
 * Review of extracted records: accept, correct (with a reason), reject. Each change and its audit
 * entry (who, when, before, after, why) are written in one transaction, and the data version is
 * bumped so caches see the change.
 */
import { axesOfKind, kindOfAxes, type MeasurePatch, type ObservationPatch } from '@ipb/domain';
import { eq } from 'drizzle-orm';
import type { DbHandle, Drizzle } from '../create-db';
import { sqliteConnection } from '../engine/sqlite';
import { auditLog, measures, measureThemes, observations } from '../schema';
import { segmentForIndex } from '../segment';
import { bumpDataVersion } from './replace-source';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

const STATUS = { accept: 'accepted', reject: 'rejected', correct: 'corrected' } as const;

function audit(db: Drizzle, entry: typeof auditLog.$inferInsert): number {
  return db.insert(auditLog).values(entry).returning({ id: auditLog.id }).get().id;
}

export function reviewMeasure(handle: DbHandle, id: number, patch: MeasurePatch, actor: string) {
  return handle.engine.transaction(async (tx) => {
    const db = sqliteConnection(tx);
    const before = db.select().from(measures).where(eq(measures.id, id)).get();
    if (!before) throw new NotFoundError(`There is no measure ${id}.`);
    const themesBefore = db
      .select({ id: measureThemes.themeId })
      .from(measureThemes)
      .where(eq(measureThemes.measureId, id))
      .all()
      .map((t) => t.id);
    const reviewStatus = STATUS[patch.action];
    const changes = patch.action === 'correct' ? patch.changes : {};
    const { themes, ...columns } = changes;
    // A corrected title or text is searched by its new words.
    const searchTokens =
      columns.title !== undefined || columns.text !== undefined
        ? segmentForIndex(`${columns.title ?? before.title} ${columns.text ?? before.text}`)
        : undefined;
    db.update(measures)
      .set({ ...columns, reviewStatus, ...(searchTokens === undefined ? {} : { searchTokens }) })
      .where(eq(measures.id, id))
      .run();
    if (themes) {
      db.delete(measureThemes).where(eq(measureThemes.measureId, id)).run();
      for (const themeId of themes)
        db.insert(measureThemes)
          .values({ measureId: id, themeId, evidence: [`reviewer:${actor}`] })
          .run();
    }
    const { searchTokens: _s, ...shownBefore } = before;
    const auditId = audit(db, {
      actor,
      action: patch.action,
      entity: 'measure',
      entityId: String(id),
      before: { ...shownBefore, themes: themesBefore },
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
function correctedAxes(changes: ObservationChanges, before: typeof observations.$inferSelect) {
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

export function reviewObservation(handle: DbHandle, id: number, patch: ObservationPatch, actor: string) {
  return handle.engine.transaction(async (tx) => {
    const db = sqliteConnection(tx);
    const before = db.select().from(observations).where(eq(observations.id, id)).get();
    if (!before) throw new NotFoundError(`There is no observation ${id}.`);
    const reviewStatus = STATUS[patch.action];
    const changes = patch.action === 'correct' ? correctedAxes(patch.changes, before) : {};
    const year = changes.periodEnd ? Number(changes.periodEnd.slice(0, 4)) : undefined;
    db.update(observations)
      .set({
        ...changes,
        ...(year ? { year } : {}),
        reviewStatus,
        confidence: patch.action === 'reject' ? before.confidence : 1,
      })
      .where(eq(observations.id, id))
      .run();
    const auditId = audit(db, {
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
