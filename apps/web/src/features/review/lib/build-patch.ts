/**
 * Turn the review form into the PATCH body the API accepts (MeasurePatchSchema or
 * ObservationPatchSchema), or say what is missing. Pure, so the rules are tested without a form.
 */
import type { MeasurePatch, ObservationPatch, ThemeId } from '@ipb/domain';

export interface CorrectionForm {
  reason: string;
  /** Measures: new title and themes; unchanged values are left out of the patch. */
  title?: string;
  themes?: ThemeId[];
  /** Figures: the corrected value as typed. */
  value?: string;
}

export type PatchResult<P> = { ok: true; patch: P } | { ok: false; error: 'reason' | 'changes' | 'value' };

export function rejectPatch(reason: string): PatchResult<MeasurePatch & ObservationPatch> {
  const r = reason.trim();
  return r ? { ok: true, patch: { action: 'reject', reason: r } } : { ok: false, error: 'reason' };
}

export function measureCorrection(
  form: CorrectionForm,
  current: { title: string; themes: readonly ThemeId[] },
): PatchResult<MeasurePatch> {
  const reason = form.reason.trim();
  if (!reason) return { ok: false, error: 'reason' };
  const changes: { title?: string; themes?: ThemeId[] } = {};
  const title = form.title?.trim();
  if (title && title !== current.title) changes.title = title;
  const themes = form.themes ?? [];
  const sameThemes = themes.length === current.themes.length && themes.every((t) => current.themes.includes(t));
  if (themes.length && !sameThemes) changes.themes = [...themes];
  if (!Object.keys(changes).length) return { ok: false, error: 'changes' };
  return { ok: true, patch: { action: 'correct', reason, changes } };
}

/** Accepts "1,234.5" and full-width digits as people paste them from the bulletin. */
export function observationCorrection(form: CorrectionForm): PatchResult<ObservationPatch> {
  const reason = form.reason.trim();
  if (!reason) return { ok: false, error: 'reason' };
  const raw = (form.value ?? '')
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  if (!raw) return { ok: false, error: 'changes' };
  const value = Number(raw);
  if (!Number.isFinite(value)) return { ok: false, error: 'value' };
  return { ok: true, patch: { action: 'correct', reason, changes: { value } } };
}
