import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit-changes';
import { parseAuditFilters, withAuditFilters } from './audit-filters';

describe('auditChanges', () => {
  it('pairs each changed field with its value before', () => {
    expect(
      auditChanges({ value: 10, reviewStatus: 'extracted', quote: 'q' }, { value: 11, reviewStatus: 'corrected' }),
    ).toEqual([
      { field: 'value', before: '10', after: '11' },
      { field: 'reviewStatus', before: 'extracted', after: 'corrected' },
    ]);
  });

  it('shows what an import or a creation wrote, with nothing before', () => {
    expect(auditChanges(null, { added: 2, sourceIds: [7] })).toEqual([
      { field: 'added', before: null, after: '2' },
      { field: 'sourceIds', before: null, after: '[7]' },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
  });
});

describe('audit filters in the URL', () => {
  it('keeps known filters and drops the rest', () => {
    const filters = parseAuditFilters(
      new URLSearchParams('entity=csv&action=import&actor=wang&from=2026-01-01&to=bad&x=1'),
    );
    expect(filters).toEqual({ entity: 'csv', action: 'import', actor: 'wang', from: '2026-01-01' });
    expect(withAuditFilters(filters).toString()).toBe('entity=csv&action=import&actor=wang&from=2026-01-01');
    expect(parseAuditFilters(new URLSearchParams('entity=planet'))).toEqual({});
  });
});
