import { MeasurePatchSchema, ObservationPatchSchema } from '@ipb/domain';
import { describe, expect, it } from 'vitest';
import { type CorrectionForm, measureCorrection, observationCorrection, rejectPatch } from './build-patch';

describe('rejectPatch', () => {
  it.each([
    ['', { ok: false, error: 'reason' }],
    ['   ', { ok: false, error: 'reason' }],
    [' 重复 ', { ok: true, patch: { action: 'reject', reason: '重复' } }],
  ])('%j', (reason, expected) => {
    expect(rejectPatch(reason)).toEqual(expected);
  });
});

describe('measureCorrection', () => {
  const current = { title: '加强人才引育', themes: [] };
  it.each<[string, CorrectionForm, ReturnType<typeof measureCorrection>]>([
    ['no reason', { reason: '', title: '新标题' }, { ok: false, error: 'reason' }],
    ['nothing changed', { reason: '核对', title: '加强人才引育', themes: [] }, { ok: false, error: 'changes' }],
    [
      'a new title',
      { reason: '标题截断', title: ' 加强人才引育培养 ' },
      { ok: true, patch: { action: 'correct', reason: '标题截断', changes: { title: '加强人才引育培养' } } },
    ],
    [
      'new themes',
      { reason: '主题错误', title: '加强人才引育', themes: ['talent'] },
      { ok: true, patch: { action: 'correct', reason: '主题错误', changes: { themes: ['talent'] } } },
    ],
    ['an emptied title is not a change', { reason: '核对', title: '  ' }, { ok: false, error: 'changes' }],
  ])('%s', (_name, form, expected) => {
    const result = measureCorrection(form, current);
    expect(result).toEqual(expected);
    if (result.ok) expect(MeasurePatchSchema.parse(result.patch)).toEqual(result.patch);
  });
});

describe('observationCorrection', () => {
  it.each<[string, CorrectionForm, ReturnType<typeof observationCorrection>]>([
    ['no reason', { reason: '', value: '5' }, { ok: false, error: 'reason' }],
    ['no value', { reason: '原文为26.5', value: ' ' }, { ok: false, error: 'changes' }],
    ['not a number', { reason: '原文为26.5', value: '二十六' }, { ok: false, error: 'value' }],
    [
      'a plain number',
      { reason: '原文为26.5', value: '26.5' },
      { ok: true, patch: { action: 'correct', reason: '原文为26.5', changes: { value: 26.5 } } },
    ],
    [
      'thousands separators and full-width digits',
      { reason: '单位', value: '１，２３４．５' },
      { ok: true, patch: { action: 'correct', reason: '单位', changes: { value: 1234.5 } } },
    ],
  ])('%s', (_name, form, expected) => {
    const result = observationCorrection(form);
    expect(result).toEqual(expected);
    if (result.ok) expect(ObservationPatchSchema.parse(result.patch)).toEqual(result.patch);
  });
});
