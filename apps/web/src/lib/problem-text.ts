/**
 * Words for what went wrong, in the reader's language: an API problem by its stable code and
 * params (i18n/messages/problems.ts), a field problem by its code, a lost connection as such. The
 * server's English `detail` is only a fallback for a code this build does not know.
 */
import { isMessageKey, type MessageKey, type Translate } from '@/i18n';
import { ApiError, ContractError, type FieldProblem } from './api-client';

type Params = Record<string, string | number>;

/** Params that are codes themselves (a role, a record kind) are worded too. */
function wordParams(t: Translate, params: Params): Params {
  const out: Params = { ...params };
  for (const key of ['role', 'userRole'] as const) {
    const k = `role.${params[key]}`;
    if (key in params && isMessageKey(k)) out[key] = t(k);
  }
  const entity = `review.entity.${params.entity}`;
  if ('entity' in params && isMessageKey(entity)) out.entity = t(entity);
  const reason = `password.${params.reason}`;
  if ('reason' in params && isMessageKey(reason)) out.reason = t(reason);
  return out;
}

function keyed(t: Translate, candidates: string[], params: Params): string | null {
  const key = candidates.find((k): k is MessageKey => isMessageKey(k));
  return key ? t(key, wordParams(t, params)) : null;
}

export function fieldProblemText(t: Translate, problem: FieldProblem): string {
  const params = (problem.params ?? {}) as Params;
  const { code } = problem;
  if (!code) return problem.message;
  const variant = params.origin ?? params.format;
  return keyed(t, [...(variant ? [`field.${code}.${variant}`] : []), `field.${code}`], params) ?? t('field.invalid');
}

export function problemText(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    const params = { status: error.status, ...error.params } as Params;
    const text = error.code ? keyed(t, [`problem.${error.code}`], params) : null;
    return text ?? t('problem.unknownCode', { status: error.status });
  }
  if (error instanceof ContractError) return t('problem.contract');
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return t('problem.network');
  return error instanceof Error ? error.message : String(error);
}
