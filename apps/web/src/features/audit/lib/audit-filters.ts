/** The audit page's filters in the URL (?entity=&action=&actor=&from=&to=); anything else is ignored. */
import { AUDIT_ENTITIES } from '@ipb/domain';
import type { AuditFilters } from '../api/get-audit';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEYS = ['entity', 'action', 'actor', 'from', 'to'] as const;

export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const out: AuditFilters = {};
  const entity = params.get('entity');
  if (entity && (AUDIT_ENTITIES as readonly string[]).includes(entity)) out.entity = entity;
  const action = params.get('action');
  if (action && /^[a-z_]{1,40}$/.test(action)) out.action = action;
  const actor = params.get('actor')?.trim();
  if (actor) out.actor = actor;
  for (const key of ['from', 'to'] as const) {
    const v = params.get(key);
    if (v && DAY.test(v)) out[key] = v;
  }
  return out;
}

export function withAuditFilters(filters: AuditFilters): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) next.set(key, filters[key] as string);
  return next;
}
