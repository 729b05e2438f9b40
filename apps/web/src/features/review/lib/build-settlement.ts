/**
 * Turn the settlement form into the body of POST /api/conflicts/settlements, or say what is
 * missing. The reason rule is the API's own schema (at least 3 characters after trimming), so the
 * form never sends what the server would refuse.
 */
import { type SettleConflictBody, SettleConflictBodySchema } from '@ipb/domain';

export interface SettlementForm {
  key: string;
  /** The picked value's observation id, as the radio gives it. */
  observationId: string;
  reason: string;
}

export type SettlementResult = { ok: true; body: SettleConflictBody } | { ok: false; error: 'value' | 'reason' };

export function buildSettlement(form: SettlementForm): SettlementResult {
  const observationId = Number(form.observationId);
  if (!form.observationId || !Number.isInteger(observationId) || observationId <= 0)
    return { ok: false, error: 'value' };
  const parsed = SettleConflictBodySchema.safeParse({ key: form.key, observationId, reason: form.reason });
  if (!parsed.success) return { ok: false, error: 'reason' };
  return { ok: true, body: parsed.data };
}
