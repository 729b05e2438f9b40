import { SettleConflictBodySchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { buildSettlement, type SettlementForm, type SettlementResult } from './build-settlement';

const KEY = '150100|rd_expenditure|actual|full_year|2022';

describe('buildSettlement', () => {
  it.each<[string, Omit<SettlementForm, 'key'>, SettlementResult]>([
    ['nothing picked', { observationId: '', reason: '统计公报口径' }, { ok: false, error: 'value' }],
    ['not an id', { observationId: 'abc', reason: '统计公报口径' }, { ok: false, error: 'value' }],
    ['no reason', { observationId: '808', reason: '' }, { ok: false, error: 'reason' }],
    ['a reason of two characters', { observationId: '808', reason: ' 口径 ' }, { ok: false, error: 'reason' }],
    [
      'a value and a reason (trimmed)',
      { observationId: '808', reason: ' 统计公报口径，与各市统计数据可比 ' },
      { ok: true, body: { key: KEY, observationId: 808, reason: '统计公报口径，与各市统计数据可比' } },
    ],
  ])('%s', (_name, form, expected) => {
    const result = buildSettlement({ key: KEY, ...form });
    expect(result).toEqual(expected);
    if (result.ok) expect(SettleConflictBodySchema.parse(result.body)).toEqual(result.body);
  });
});
