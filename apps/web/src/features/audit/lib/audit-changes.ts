/**
 * What an audit entry changed, field by field: for each field the entry's `after` names, the value
 * before and after. An import or a creation has no `before`: its `after` is shown as it is.
 */
export interface Change {
  field: string;
  before: string | null;
  after: string;
}

const show = (v: unknown): string =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

export function auditChanges(before: unknown, after: unknown): Change[] {
  if (after === null || typeof after !== 'object' || Array.isArray(after)) return [];
  const old = before !== null && typeof before === 'object' ? (before as Record<string, unknown>) : null;
  return Object.entries(after as Record<string, unknown>).map(([field, value]) => ({
    field,
    before: old ? show(old[field]) : null,
    after: show(value),
  }));
}
